/**
 * The one CSV writer (and reader) for every download under /data/.
 *
 * - UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text;
 * - CRLF after every row, fields quoted as RFC 4180 says (a quote inside is doubled);
 * - text cells always quoted, so empty text ("") and a missing value (nothing) differ;
 *   numbers and booleans unquoted, so they stay numbers;
 * - list items joined with "|"; a "|" or "\" inside an item is escaped as "\|" or "\\";
 * - OWASP's rule against formula injection: a text cell that starts with =, +, -, @, tab or CR
 *   (or their full-width forms) gets a leading "'", so a spreadsheet shows it as text instead of
 *   running it. The reader removes that "'" again, so every download reads back exactly.
 */

/** How a column's value is written and read back. */
export type CellType = 'text' | 'number' | 'boolean' | 'list' | 'json';

/** A column: its name in the header row and its type. */
export interface CsvColumn {
  name: string;
  type: CellType;
}

/** Separates the items of a list cell. */
export const LIST_SEPARATOR = '|';

const FORMULA_START = /^'*[=+\-@\t\r＝＋－＠]/u;
const GUARDED = /^'+[=+\-@\t\r＝＋－＠]/u;

/** Text as a spreadsheet must show it: a leading ' where the text would otherwise start a formula. */
export const guardFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
/** The text a guarded cell stood for. */
export const unguardFormula = (text: string) => (GUARDED.test(text) ? text.slice(1) : text);

const escapeItem = (item: string) => item.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Splits a list cell on unescaped separators and unescapes each item. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i += 1) {
    const ch = cell[i];
    if (ch === '\\' && i + 1 < cell.length) item += cell[++i];
    else if (ch === LIST_SEPARATOR) { items.push(item); item = ''; }
    else item += ch;
  }
  items.push(item);
  return items;
}

/** One value as a CSV field. */
export function toCsvCell(value: unknown, type: CellType): string {
  if (value === null || value === undefined) return '';
  if (type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`CSV: a number column got ${String(value)}`);
    return String(value);
  }
  if (type === 'boolean') return value ? 'true' : 'false';
  const text = type === 'list' ? (value as unknown[]).map((item) => escapeItem(String(item))).join(LIST_SEPARATOR)
    : type === 'json' ? JSON.stringify(value) : String(value);
  return `"${guardFormula(text).replace(/"/g, '""')}"`;
}

/** A whole CSV file: BOM, header row, one row per record, CRLF line ends. `get` reads a column's value from a record. */
export function formatCsv<R>(columns: readonly CsvColumn[], records: readonly R[], get: (record: R, column: string) => unknown): string {
  // Header names are plain identifiers; anything else is quoted like a text cell.
  const lines = [columns.map((column) => (/^[\w.]+$/.test(column.name) ? column.name : toCsvCell(column.name, 'text'))).join(',')];
  for (const record of records) lines.push(columns.map((column) => toCsvCell(get(record, column.name), column.type)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Parses CSV text (RFC 4180 quoting, BOM dropped) into rows; an unquoted empty field is null (missing). */
export function parseCsv(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const end = () => { row.push(field === '' && !wasQuoted ? null : field); field = ''; wasQuoted = false; };
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') { quoted = true; wasQuoted = true; }
    else if (ch === ',') end();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      end(); rows.push(row); row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { end(); rows.push(row); }
  return rows;
}

/** One CSV field back as the value it was written from. */
export function fromCsvCell(raw: string | null, type: CellType): unknown {
  if (raw === null) return null;
  if (type === 'number') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  const text = unguardFormula(raw);
  return type === 'list' ? splitList(text) : type === 'json' ? JSON.parse(text) : text;
}

/** Reads a CSV file written by formatCsv back into records keyed by column name; `file` names it in errors. */
export function readCsv(columns: readonly CsvColumn[], text: string, file: string): Array<Record<string, unknown>> {
  const [header, ...body] = parseCsv(text);
  const typed = header.map((name) => {
    const column = columns.find((c) => c.name === name);
    if (!column) throw new Error(`${file}: unknown column "${name}"`);
    return column;
  });
  return body.map((cells, line) => {
    if (cells.length !== typed.length) throw new Error(`${file}: row ${line + 2} has ${cells.length} fields, the header ${typed.length}`);
    return Object.fromEntries(typed.map((column, i) => [column.name, fromCsvCell(cells[i], column.type)]));
  });
}
