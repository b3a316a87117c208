import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { parseMdx, readMdxFolder } from '../../../src/content/read-mdx';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR, problemsAfter } from '../../helpers/content-copy';

const parse = (source: string) => {
  const problems: string[] = [];
  const result = parseMdx(source, 'pages/x.mdx', problems);
  return { result, problems };
};

describe('parseMdx: frontmatter and body as Astro reads them', () => {
  it('splits frontmatter from the body', () => {
    const { result, problems } = parse('---\ntitle: 标题\nupdated: "2026-11-29"\n---\n\n正文。\n');
    expect(problems).toEqual([]);
    expect(result).toEqual({ data: { title: '标题', updated: '2026-11-29' }, body: '\n正文。\n' });
  });
  it('reads CRLF files the same way', () => {
    const { result } = parse('---\r\ntitle: 标题\r\n---\r\n正文。');
    expect(result?.data).toEqual({ title: '标题' });
    expect(result?.body).toBe('正文。');
  });
  it('refuses a file without frontmatter', () => {
    expect(parse('正文。').problems).toEqual(['pages/x.mdx: must start with frontmatter between two "---" lines (title, date …)']);
  });
  it('refuses invalid YAML, naming the file', () => {
    expect(parse('---\ntitle: [\n---\n正文').problems[0]).toMatch(/^pages\/x\.mdx: frontmatter is not valid YAML: /);
  });
  it('refuses a date without quotes, which Astro would read as a time', () => {
    expect(parse('---\nupdated: 2026-11-29\n---\n正文').problems).toEqual(['pages/x.mdx: updated must be written in quotes ("2026-11-29"), or it is read as a time, not a date']);
  });
  it('refuses an empty body', () => {
    expect(parse('---\ntitle: 标题\n---\n  \n').problems).toEqual(['pages/x.mdx: has no text after the frontmatter; write the prose below the closing "---"']);
  });
  it('refuses import and export statements: prose gets components and numbers from the page', () => {
    expect(parse("---\ntitle: 标题\n---\nimport X from '../../src/components/X.astro';\n\n正文").problems).toEqual([
      'pages/x.mdx: must not import or export anything; the page passes components and numbers in (see content/README.md)',
    ]);
    expect(parse('---\ntitle: 标题\n---\nexport const n = 3;\n\n正文').problems).toHaveLength(1);
  });
});

describe('readMdxFolder', () => {
  it('reads every MDX entry of content/pages with its id and label', () => {
    const problems: string[] = [];
    const entries = readMdxFolder(CONTENT_DIR, 'pages', problems);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.id).sort()).toEqual(readdirSync(join(CONTENT_DIR, 'pages')).filter((n) => n.endsWith('.mdx')).map((n) => n.replace('.mdx', '')).sort());
    expect(entries.find((e) => e.id === 'about')?.label).toBe('pages/about.mdx');
  });
  it('points a YAML file left in an MDX folder to its new form', () => {
    const problems = problemsAfter((c) => c.write('updates/2026-12-03.yaml', 'date: "2026-12-03"\nsummary: x\n'));
    expect(problems).toContain('updates/2026-12-03.yaml: entries of updates/ are MDX files; rename it to 2026-12-03.mdx and put its fields in frontmatter');
  });
});

describe('the pre-build check reads the MDX collections', () => {
  it('loads the prose pages from content/pages', () => {
    const { content, problems } = readContent(CONTENT_DIR);
    expect(problems).toEqual([]);
    expect(content.pages.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['about', 'accessibility', 'methods', 'open-data', 'teachers']));
  });
  it('reports a broken page frontmatter with file and field', () => {
    const problems = problemsAfter((c) => c.write('pages/about.mdx', c.read('pages/about.mdx').replace('updated: "2026-11-29"', 'updated: "2026-11-31"')));
    expect(problems).toEqual(['pages/about.mdx: updated must be a real calendar date: 2026-11 has 30 days (got "2026-11-31")']);
  });
  it('reports a misspelt frontmatter field', () => {
    const problems = problemsAfter((c) => c.write('pages/about.mdx', c.read('pages/about.mdx').replace('description:', 'descripton:')));
    expect(problems).toContain('pages/about.mdx: descripton is not a known field (check its spelling)');
  });
});

describe('prose bodies take their numbers from the page', () => {
  // A count typed into prose goes stale; the pages pass them in (props.x). Years and fixed facts of the text are fine.
  it.each(['about', 'methods', 'open-data', 'teachers'])('%s.mdx reads its live counts from props', (id) => {
    const body = readFileSync(join(CONTENT_DIR, 'pages', `${id}.mdx`), 'utf8');
    expect(body).toMatch(/\{props\.[a-zA-Z]+/);
    expect(body).not.toMatch(/共 \d+ 课|有 \d+ 处写法不同|数据核对截至 \d{4}-/);
  });
});
