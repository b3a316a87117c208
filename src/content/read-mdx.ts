import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readTextFile, type RawEntry } from './read';

/** One MDX entry as read from disk: its frontmatter as `data`, and the prose after it. */
export interface MdxEntry extends RawEntry {
  /** The MDX body: everything after the closing `---`. */
  body: string;
}

// The same frontmatter block Astro's glob loader reads: `---` lines at the very top of the file.
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---[ \t]*(?:\r?\n|$)/;
// An MDX module statement: content files hold prose only; components and data come from the page.
const MODULE_STATEMENT = /^(import|export)\s/m;

/**
 * Splits an MDX file into its frontmatter (parsed as YAML) and its body, reporting what would make
 * Astro read it differently: no frontmatter, invalid YAML, a date written without quotes (Astro's
 * parser would turn it into a Date), or import/export statements in the body.
 */
export function parseMdx(source: string, file: string, problems: string[]): { data: unknown; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push(`${file}: must start with frontmatter between two "---" lines (title, date …)`);
    return undefined;
  }
  let data: unknown;
  try {
    // `timestamp` makes unquoted dates Date objects here too, as in Astro, so the check below sees them.
    data = parseYaml(match[1], { customTags: ['timestamp'] });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push(`${file}: frontmatter is not valid YAML: ${reason}`);
    return undefined;
  }
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (value instanceof Date) problems.push(`${file}: ${key} must be written in quotes ("${value.toISOString().slice(0, 10)}"), or it is read as a time, not a date`);
    }
  }
  const body = source.slice(match[0].length);
  if (body.trim() === '') problems.push(`${file}: has no text after the frontmatter; write the prose below the closing "---"`);
  if (MODULE_STATEMENT.test(body)) problems.push(`${file}: must not import or export anything; the page passes components and numbers in (see content/README.md)`);
  return { data, body };
}

/** Reads every `.mdx` file of one collection folder into raw entries (id = file name), collecting problems. */
export function readMdxFolder(contentDir: string, collection: string, problems: string[]): MdxEntry[] {
  const dir = join(contentDir, collection);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    problems.push(`${collection}/: folder is missing`);
    return [];
  }
  const entries: MdxEntry[] = [];
  for (const name of names) {
    const file = `${collection}/${name}`;
    if (['.yaml', '.yml', '.md'].includes(extname(name)) && name !== 'README.md') {
      problems.push(`${file}: entries of ${collection}/ are MDX files; rename it to ${basename(name, extname(name))}.mdx and put its fields in frontmatter`);
      continue;
    }
    if (extname(name) !== '.mdx') continue;
    const source = readTextFile(join(dir, name), file, problems);
    if (source === undefined) continue;
    const parsed = parseMdx(source, file, problems);
    if (parsed) entries.push({ id: basename(name, '.mdx'), file, label: file, data: parsed.data, body: parsed.body });
  }
  return entries;
}
