import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse, stringify } from 'yaml';
import { copyProject, removeProject } from '../../../scripts/lib/temp-project.mjs';
import { fromCsv, DATASETS } from '../../../src/domain/open-data/datasets';
import { parseSitesCsv } from '../../../src/domain/sites/export';

/**
 * Hostile text that the content checks let through (markup, quotes, a formula) must reach every
 * output as text: builds one copy of the project whose content carries it in a target, a clause,
 * a source, an indicator (SVG label, search data), a county (SVG titles), a site (HTML and CSV),
 * and reads the HTML, the inline SVG, the JSON in data-* attributes and the CSV downloads.
 */
const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)><b>粗体</b>&amp;'"]]></svg>`;
const FORMULA = '=HYPERLINK("https://evil.example/","点我")';
const TERM = `"}</jieshui-search><script>alert(2)</script>`;
let dir: string;
const built = (file: string) => readFileSync(join(dir, 'dist', file), 'utf8');

function editYaml(file: string, change: (data: any) => void) {
  const path = join(dir, 'content', file);
  const data = parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, stringify(data));
}

/**
 * What must never become markup: a script that runs the payload, an image with its handler, bold
 * text, or a closed custom element. Parsed as a browser would, so text inside a quoted attribute
 * (where < is harmless) is not mistaken for markup.
 */
function expectNoHostileMarkup(markup: string) {
  const doc = parseHtml(markup);
  expect(doc.querySelectorAll('script').filter((s) => s.textContent.includes('alert('))).toHaveLength(0);
  expect(doc.querySelectorAll('img').filter((img) => img.getAttribute('src') === 'x' || img.hasAttribute('onerror'))).toHaveLength(0);
  expect(doc.querySelectorAll('b').filter((b) => b.textContent.includes('粗体'))).toHaveLength(0);
  expect(doc.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name)))).toHaveLength(0);
}

beforeAll(() => {
  dir = copyProject('jieshui-fault-');
  editYaml('targets/total-water-use-2022.yaml', (t) => { t.note = HOSTILE; });
  editYaml('plan/clauses.yaml', (clauses) => { clauses[0].paragraphs.push(HOSTILE); });
  editYaml('sources/bulletin-2016.yaml', (s) => { s.note = HOSTILE; });
  editYaml('indicators/total-water-use.yaml', (i) => { i.name = `用水总量${HOSTILE}`; i.searchTerms = [TERM]; });
  editYaml('counties/shaoxing.yaml', (c) => { c.name = `绍兴市${HOSTILE}`; });
  editYaml('sites/yuecheng-xixiaolu-education-base.yaml', (s) => { s.name = `${FORMULA}${HOSTILE}`; s.note = '@SUM(1+1)'; });
  execFileSync(join(dir, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}, 300_000);
afterAll(() => dir && !process.env.KEEP_HOSTILE_BUILD && removeProject(dir));

describe('hostile text is rendered as text in HTML', () => {
  it.each([
    ['a target note', 'targets/total-water-use-2022/index.html'],
    ['a clause of the plan', 'plan/index.html'],
    ['a source note', 'about/index.html'],
    ['an indicator name', 'indicators/total-water-use/index.html'],
    ['a site name', 'sites/yuecheng-xixiaolu-education-base/index.html'],
  ])('%s', (_where, file) => {
    const html = built(file);
    expectNoHostileMarkup(html);
    // Read as a browser would, the page shows the text exactly as the editor wrote it.
    expect(parseHtml(html).querySelector('main')!.textContent).toContain('<script>alert("x")</script><img src=x onerror=alert(1)><b>粗体</b>');
  });
});

describe('hostile text stays text inside inline SVG', () => {
  it('the chart of the indicator: label in aria-label, county in <title>', () => {
    const html = built('indicators/total-water-use/index.html');
    expectNoHostileMarkup(html);
    const charts = parseHtml(html).querySelectorAll('svg[role="img"]').filter((svg) => svg.getAttribute('aria-label')?.startsWith('用水总量'));
    expect(charts.length).toBeGreaterThan(0);
    for (const svg of charts) {
      expect(svg.getAttribute('aria-label')).toContain(`用水总量${HOSTILE}`);
      // The hostile "</svg>" did not close the chart early: its data points are still inside it.
      expect(svg.querySelectorAll('title').some((t) => t.textContent.includes(`绍兴市${HOSTILE}`))).toBe(true);
      expect(svg.outerHTML).not.toMatch(/<svg[^>]*>[\s\S]*<svg/);
    }
  });
});

describe('hostile text stays data in JSON data-* attributes', () => {
  it('the search synonyms on /search/', () => {
    const html = built('search/index.html');
    expectNoHostileMarkup(html);
    expect(parseHtml(html).querySelectorAll('site-search')).toHaveLength(1);
    const element = parseHtml(html).querySelector('site-search')!;
    const { synonyms } = JSON.parse(element.getAttribute('data-config')!);
    expect(synonyms[TERM]).toBe(`用水总量${HOSTILE}`);
  });
});

describe('hostile text is guarded and intact in the CSV downloads', () => {
  it('sites.csv: a name starting with "=" gets a leading apostrophe and reads back unchanged', () => {
    const csv = built('data/sites.csv');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""点我"")`);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    const row = parseSitesCsv(csv).find((r) => r.id === 'yuecheng-xixiaolu-education-base')!;
    expect(row.name).toBe(`${FORMULA}${HOSTILE}`);
    expect(row.note).toBe('@SUM(1+1)');
  });
  it('targets.csv and indicators.csv read back the hostile text exactly', () => {
    const targets = fromCsv(DATASETS.find((d) => d.id === 'targets')!, built('data/targets.csv'));
    expect(targets.find((t) => t.id === 'total-water-use-2022')!.note).toBe(HOSTILE);
    const indicators = fromCsv(DATASETS.find((d) => d.id === 'indicators')!, built('data/indicators.csv'));
    expect(indicators.find((i) => i.id === 'total-water-use')).toMatchObject({ name: `用水总量${HOSTILE}`, searchTerms: [TERM] });
  });
});
