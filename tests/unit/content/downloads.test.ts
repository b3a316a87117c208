import { describe, expect, it } from 'vitest';
import { formatCsv, fromCsvCell, parseCsv, readCsv, splitList, toCsvCell, type CsvColumn } from '../../../src/domain/open-data/csv';
import { DATASETS, fromCsv, toCsv } from '../../../src/domain/open-data/datasets';
import { parseSitesCsv, sitesToCsv, toSiteRecord, type SourceInfo } from '../../../src/domain/sites/export';
import { readContent } from '../../../src/content/load';
import { collections } from '../../../src/schemas/index';
import { validateEntries } from '../../../src/content/validate';
import { CONTENT_DIR } from '../../helpers/content-copy';
import { siteTypes } from '../../../src/domain/sites/types';

const COLUMNS: CsvColumn[] = [{ name: 'id', type: 'text' }, { name: 'n', type: 'number' }, { name: 'ok', type: 'boolean' }, { name: 'tags', type: 'list' }, { name: 'extra', type: 'json' }];
type Row = Record<string, unknown>;
const roundTrip = (record: Row) => readCsv(COLUMNS, formatCsv(COLUMNS, [record], (r, c) => r[c]), 'test.csv')[0];

describe('the one CSV writer', () => {
  const csv = formatCsv<Row>(COLUMNS, [{ id: 'a', n: 1, ok: true, tags: ['x'], extra: { k: 1 } }, { id: 'b', n: null, ok: null, tags: [], extra: null }], (r, c) => r[c]);
  it('starts with a byte-order mark and ends every row with CRLF, never a bare LF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.slice(1).split('\r\n')[0]).toBe('id,n,ok,tags,extra');
  });
  it('quotes text, leaves numbers, booleans and missing values bare', () => {
    expect(csv.slice(1).split('\r\n')[1]).toBe('"a",1,true,"x","{""k"":1}"');
    expect(csv.slice(1).split('\r\n')[2]).toBe('"b",,,"",');
  });
  it.each([['=HYPERLINK("http://x","点")'], ['+SUM(A1)'], ['-2+3'], ['@SUM(A1)'], ['\tTAB'], ['\rCR'], ['＝1+1'], ['－1'], ["'=already quoted"]])(
    'puts a leading apostrophe before a text cell that starts a formula: %j',
    (text) => {
      expect(toCsvCell(text, 'text')).toBe(`"'${text.replace(/"/g, '""')}"`);
      expect(roundTrip({ id: text }).id).toBe(text);
    },
  );
  it('guards list and JSON cells too, and leaves text that starts otherwise alone', () => {
    expect(toCsvCell(['-a', 'b'], 'list')).toBe(`"'-a|b"`);
    expect(toCsvCell("it's", 'text')).toBe(`"it's"`);
    expect(toCsvCell("'quoted'", 'text')).toBe(`"'quoted'"`);
    expect(roundTrip({ id: "'quoted'" }).id).toBe("'quoted'");
  });
  it('keeps negative numbers as numbers, never guarded', () => {
    expect(toCsvCell(-5, 'number')).toBe('-5');
    expect(roundTrip({ id: 'x', n: -0.601 }).n).toBe(-0.601);
  });
  it('refuses a number that is not finite instead of writing it', () => {
    expect(() => toCsvCell(Number.NaN, 'number')).toThrow(/number column got NaN/);
  });
  it('escapes the list separator and the escape character inside items', () => {
    expect(toCsvCell(['a|b', 'c\\d'], 'list')).toBe('"a\\|b|c\\\\d"');
    expect(splitList('a\\|b|c\\\\d')).toEqual(['a|b', 'c\\d']);
    expect(roundTrip({ id: 'x', tags: ['a|b', 'c\\d', '|', '\\'] }).tags).toEqual(['a|b', 'c\\d', '|', '\\']);
  });
  it('keeps commas, quotes and line breaks inside a cell (RFC 4180)', () => {
    const text = '甲,乙“丙”"丁"\n第二行';
    expect(roundTrip({ id: text }).id).toBe(text);
    expect(parseCsv(formatCsv<Row>(COLUMNS, [{ id: text }], (r, c) => r[c]))).toHaveLength(2);
  });
  it('reads back whatever text it wrote (a deterministic sample of awkward strings)', () => {
    const pieces = ['=', '+', '-', '@', '\t', "'", '"', ',', '|', '\\', '\n', '，', '＝', ' ', '水', 'a', '1', '<', '&'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 300; n += 1) {
      const text = Array.from({ length: 1 + (n % 6) }, () => pieces[next()]).join('');
      const back = roundTrip({ id: text, tags: [text, text] });
      expect(back.id, JSON.stringify(text)).toBe(text);
      expect(back.tags).toEqual([text, text]);
    }
  });
  it('tells a missing value from empty text', () => {
    expect(fromCsvCell(null, 'text')).toBeNull();
    expect(fromCsvCell('', 'text')).toBe('');
  });
});

describe('every download is written by it and reads back through the schemas', () => {
  const { content } = readContent(CONTENT_DIR);
  it.each(DATASETS.map((d) => [d.id, d]))('%s.csv', (id, dataset) => {
    const rows = dataset.rows(content);
    const { schema, list } = collections[id];
    const problems: string[] = [];
    const back = fromCsv(dataset, toCsv(dataset, rows)).map(({ id: rowId, ...data }) => ({ id: String(rowId), file: id, label: `${id}/${rowId}`, data: list ? { id: rowId, ...data } : data }));
    const valid = validateEntries(back, schema, problems);
    expect(problems).toEqual([]);
    expect(valid.map((entry) => entry.id)).toEqual(content[id].map((entry) => entry.id));
  });
  it('sites.csv guards a hostile name and reads it back unchanged', () => {
    const terms = { counties: content.counties.map(({ id, name, order }) => ({ id, name, order })), types: siteTypes(content) };
    const sources = new Map<string, SourceInfo>(content.sources.map((s) => [s.id, s]));
    const hostile = { ...content.sites[0], name: '=HYPERLINK("https://evil.example/","点我")', note: '@SUM(1+1)', alsoSources: ['-x', 'y|z'] };
    const csv = sitesToCsv([toSiteRecord(hostile, terms, sources)]);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""点我"")"`);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    const [row] = parseSitesCsv(csv);
    expect(row).toMatchObject({ name: hostile.name, note: hostile.note, also_sources: ['-x', 'y|z'] });
  });
});
