import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load';
import { ContentCopy, problemsAfter } from '../../helpers/content-copy';

/**
 * Damages a copy of the real content in one way at a time and checks that the build's content
 * check stops with a message naming the file and the field (or, where the damage is harmless,
 * that the content still loads with the text intact). Rendering of hostile text is checked in
 * fault-injection-render.test.ts.
 */

const TARGET = 'targets/total-water-use-2022.yaml';
const OBS = 'observations/total-water-use.yaml';
const ANNEX = 'responsibilities/annex.yaml';
const SOURCE = 'sources/bulletin-2016.yaml';
const SITE = 'sites/yuecheng-xixiaolu-education-base.yaml';

type Case = [name: string, damage: (c: ContentCopy) => void, file: string, field: string | RegExp];
const cases: Case[] = [
  ['missing required field', (c) => c.edit(TARGET, (t) => { delete t.title; }), TARGET, 'title is missing'],
  ['wrong type', (c) => c.edit(TARGET, (t) => { t.value = 'twenty'; }), TARGET, 'value must be a number or null (got "twenty")'],
  ['value of the wrong kind in a list', (c) => c.edit(TARGET, (t) => { t.scope = 'shaoxing'; }), TARGET, 'scope must be a list of county ids'],
  ['unknown department', (c) => c.edit(ANNEX, (rows) => { rows[3].participants[0] = 'forestry'; }), ANNEX, 'participants[0] names unknown department "forestry"'],
  ['lead cell and lead ids disagree', (c) => c.edit(ANNEX, (rows) => { rows[3].leadText = '发改委'; }), ANNEX, 'lead must list the units of leadText'],
  ['annex row without a lead unit', (c) => c.edit(ANNEX, (rows) => { rows[0].lead = []; rows[0].leadText = '—'; }), ANNEX, 'lead must name at least one lead unit'],
  ['unknown source', (c) => c.edit(OBS, (list) => { list[0].source = 'hearsay'; }), OBS, 'source names unknown source "hearsay"'],
  ['observation without a source', (c) => c.edit(OBS, (list) => { delete list[0].source; }), OBS, 'source is missing'],
  ['unknown indicator', (c) => c.edit(OBS, (list) => { list[0].indicator = 'water-use-total'; }), OBS, 'indicator names unknown indicator "water-use-total"'],
  ['duplicate id', (c) => c.edit(OBS, (list) => { list[1].id = list[0].id; }), OBS, 'is used twice'],
  ['percentage of 150', (c) => c.edit('targets/industrial-water-reuse-2022.yaml', (t) => { t.value = 150; }), 'targets/industrial-water-reuse-2022.yaml', 'value must be a percentage between 0 and 100 (got 150)'],
  ['observed percentage of 150', (c) => c.edit('observations/reclaimed-water.yaml', (list) => { list.find((o: { unit: string }) => o.unit === '%').value = 150; }), 'observations/reclaimed-water.yaml', 'value must be a percentage between 0 and 100'],
  ['deadline before baseline', (c) => c.edit('targets/gdp-water-intensity-2025.yaml', (t) => { t.deadline = 2014; }), 'targets/gdp-water-intensity-2025.yaml', 'deadline must come after baseline.year 2015'],
  ['malformed year', (c) => c.edit(OBS, (list) => { list[0].year = '二〇〇九'; }), OBS, 'year must be a year between 1949 and 2100 (got "二〇〇九")'],
  ['year out of range', (c) => c.edit(TARGET, (t) => { t.deadline = 20222; }), TARGET, 'deadline must be a year between 1949 and 2100 (got 20222)'],
  ['empty title', (c) => c.edit(TARGET, (t) => { t.title = ''; }), TARGET, 'title must not be empty'],
  ['value outside a closed list', (c) => c.edit(TARGET, (t) => { t.kind = 'goal'; }), TARGET, 'kind must be quantitative, milestone or vision (got "goal")'],
  ['misspelt field', (c) => c.edit(TARGET, (t) => { t.dealine = t.deadline; }), TARGET, 'dealine is not a known field'],
  ['site without a county', (c) => c.edit(SITE, (s) => { delete s.county; }), SITE, 'county is missing'],
  ['site in an unknown county', (c) => c.edit(SITE, (s) => { s.county = 'hangzhou'; }), SITE, /county.*hangzhou/],
  ['unknown clause', (c) => c.edit(TARGET, (t) => { t.clause = 'goals-2023'; }), TARGET, 'clause names unknown clause "goals-2023"'],
  ['unknown target in an annex row', (c) => c.edit(ANNEX, (rows) => { rows[2].targets = ['all-counties-2022']; }), ANNEX, 'targets[0] names unknown target "all-counties-2022"'],
  ['broken YAML', (c) => c.write(TARGET, 'title: [unclosed\nvalue: 20\n'), TARGET, 'is not valid YAML'],
  ['duplicate key', (c) => c.write(SOURCE, `${c.read(SOURCE)}title: again\n`), SOURCE, 'is not valid YAML'],
  ['tab-indented YAML', (c) => c.write(TARGET, c.read(TARGET).replace('parent: { kind: "goal", id: "goals-2022" }', 'parent:\n\tkind: goal')), TARGET, 'is not valid YAML'],
  ['a list file that is not a list', (c) => c.write(ANNEX, 'id: measure-dual-control-1\n'), ANNEX, 'must be a list of entries'],
  ['an empty file', (c) => c.write(TARGET, ''), TARGET, 'file is empty or holds only comments'],
  ['invalid UTF-8 byte', (c) => c.write(TARGET, Buffer.concat([Buffer.from('title: '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')])), TARGET, 'is not valid UTF-8'],
  ['huge file', (c) => c.write(TARGET, `${c.read(TARGET)}note: "${'水'.repeat(400_000)}"\n`), TARGET, /file is \d+ bytes; a content file must be at most/],
  ['javascript: link', (c) => c.edit(SOURCE, (s) => { s.url = 'javascript:alert(document.cookie)'; }), SOURCE, 'url must be an http(s) address'],
  ['data: link', (c) => c.edit(SOURCE, (s) => { s.url = 'data:text/html,<script>alert(1)</script>'; }), SOURCE, 'url must be an http(s) address'],
  ['link to a document-sharing mirror', (c) => c.edit(SOURCE, (s) => { s.url = 'https://www.gcs66.com/document_detail/78688.html'; }), SOURCE, 'url points to a copy on a document-sharing site'],
  ['file name that cannot be a URL', (c) => c.write('targets/Total Water.yaml', c.read(TARGET)), 'targets/Total Water.yaml', 'file name must be a lowercase slug'],
  ['milestone carrying a number', (c) => c.edit('targets/caoe-river-allocation-2022.yaml', (t) => { t.value = 1; }), 'targets/caoe-river-allocation-2022.yaml', 'value and comparator must be null for a milestone'],
];

describe('each kind of damage stops the build with the file and the field', () => {
  it(`covers at least 25 kinds of damage (has ${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(25));
  it.each(cases)('%s', (_name, damage, file, field) => {
    const problems = problemsAfter(damage);
    const hit = problems.find((p) => p.startsWith(file) && (typeof field === 'string' ? p.includes(field) : field.test(p)));
    expect(hit, `no problem for ${file} matching ${field}; got:\n${problems.join('\n')}`).toBeDefined();
  });
});

const copies: ContentCopy[] = [];
afterEach(() => copies.splice(0).forEach((c) => c.remove()));

describe('harmless damage loads, and nothing is silently dropped', () => {
  it('a byte-order mark at the start of a file is ignored', () => {
    const copy = new ContentCopy();
    copies.push(copy);
    copy.write(TARGET, `\uFEFF${copy.read(TARGET)}`);
    const content = loadContent(copy.dir);
    const target = content.targets.find((t) => t.id === 'total-water-use-2022')!;
    expect(target.title.startsWith('\uFEFF')).toBe(false);
    expect(content.targets).toHaveLength(loadContent(copy.dir).targets.length);
  });
  it('Windows line endings load the same text', () => {
    const copy = new ContentCopy();
    copies.push(copy);
    copy.write(TARGET, copy.read(TARGET).replace(/\n/g, '\r\n'));
    expect(loadContent(copy.dir).targets.find((t) => t.id === 'total-water-use-2022')!.wording).not.toContain('\r');
  });
  it('raw HTML in a text field loads as text, unchanged (it is escaped when rendered)', () => {
    const copy = new ContentCopy();
    copies.push(copy);
    copy.edit(TARGET, (t) => { t.note = '<script>alert(1)</script><b>粗体</b>'; });
    expect(loadContent(copy.dir).targets.find((t) => t.id === 'total-water-use-2022')!.note).toBe('<script>alert(1)</script><b>粗体</b>');
  });
});
