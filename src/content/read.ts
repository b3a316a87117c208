import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isAlias, LineCounter, parseDocument, visit } from 'yaml';

/** The largest content file the build accepts; bigger ones are almost certainly a mistake. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** One entry as read from disk, before validation. */
export interface RawEntry {
  /** The entry's id (file name, or the `id` field in list files). */
  id: string;
  /** Path relative to the content folder, e.g. `targets/total-water-use-2022.yaml`. */
  file: string;
  /** How error messages name the entry: the file, plus `[id]` inside list files. */
  label: string;
  /** The parsed YAML. */
  data: unknown;
}

const isYaml = (name: string) => ['.yaml', '.yml'].includes(extname(name));
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, rejecting invalid bytes and oversize files; a leading BOM is dropped. */
export function readTextFile(path: string, label: string, problems: string[]): string | undefined {
  const stat = statSync(path);
  if (!stat.isFile()) {
    problems.push(`${label}: is not a file (a folder or link named like a content file); rename or remove it`);
    return undefined;
  }
  const { size } = stat;
  if (size > MAX_FILE_BYTES) {
    problems.push(`${label}: file is ${size} bytes; a content file must be at most ${MAX_FILE_BYTES} bytes`);
    return undefined;
  }
  try {
    return utf8.decode(readFileSync(path)).replace(/^\uFEFF/, '');
  } catch {
    problems.push(`${label}: file is not valid UTF-8 text (save it as UTF-8)`);
    return undefined;
  }
}

/** Reads every YAML file of one collection folder into raw entries, collecting problems. */
export function readCollectionFolder(contentDir: string, collection: string, list: boolean, problems: string[]): RawEntry[] {
  const dir = join(contentDir, collection);
  let names: string[];
  try {
    names = readdirSync(dir).filter(isYaml).sort();
  } catch {
    problems.push(`${collection}/: folder is missing`);
    return [];
  }
  const entries: RawEntry[] = [];
  for (const name of names) {
    const file = `${collection}/${name}`;
    const source = readTextFile(join(dir, name), file, problems);
    if (source === undefined) continue;
    const data = parseContentYaml(source, file, problems);
    if (data === undefined) continue;
    if (data === null) {
      problems.push(`${file}: file is empty or holds only comments; add ${list ? 'the list of entries' : 'the entry\'s fields'} or delete the file`);
      continue;
    }
    if (list) entries.push(...listEntries(data, file, problems));
    else entries.push({ id: basename(name, extname(name)), file, label: file, data });
  }
  return entries;
}

/**
 * Parses one YAML file as plain data: strings, numbers, booleans, null, lists and maps. Tags
 * (!!binary, !!set, !custom) and anchors with aliases (&a … *a) are refused, so that what a file
 * says is what an editor reads in it. Returns undefined after reporting a problem, null for a file
 * with no content.
 */
export function parseContentYaml(source: string, file: string, problems: string[]): unknown {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false });
  } catch (error) {
    // The parser reports its own errors below; this is for anything it throws instead (never a bare stack trace).
    problems.push(`${file}: is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return undefined;
  }
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    // Where the parser ran out of stack depends on the machine: say what it means instead.
    if (/call stack/i.test(error.message)) {
      problems.push(`${file}: is not valid YAML: lists or maps are nested too deeply`);
      return undefined;
    }
    const { line, col } = lineCounter.linePos(error.pos[0]);
    if (/multiple documents/.test(error.message)) {
      problems.push(`${file}: is not valid YAML: a line "---" at line ${line} starts a second document; a content file holds one`);
      return undefined;
    }
    const at = ` (line ${line}, column ${col})`;
    problems.push(`${file}: is not valid YAML: ${error.message.split('\n')[0]}${at}`);
    return undefined;
  }
  const refused: string[] = [];
  const line = (node: { range?: [number, number, number] | null }) => (node.range ? lineCounter.linePos(node.range[0]).line : '?');
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) refused.push(`an alias *${node.source} (line ${line(node)}); write the value out`);
      else if ('anchor' in node && node.anchor) refused.push(`an anchor &${node.anchor} (line ${line(node)}); write the value out`);
      if ('tag' in node && node.tag) refused.push(`the YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} (line ${line(node)}); content files hold plain values only`);
    },
  });
  if (refused.length > 0) {
    problems.push(`${file}: uses ${refused[0]}`);
    return undefined;
  }
  return doc.toJS({ maxAliasCount: 0 });
}

function listEntries(data: unknown, file: string, problems: string[]): RawEntry[] {
  if (!Array.isArray(data)) {
    problems.push(`${file}: must be a list of entries (each starting with "- id: …")`);
    return [];
  }
  if (data.length === 0) {
    problems.push(`${file}: list is empty; add entries or delete the file`);
    return [];
  }
  return data.map((item, index) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
    return { id, file, label: `${file} [${id}]`, data: item };
  });
}
