import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../helpers/weights';
import { builtPages } from '../helpers/dist';
import { CONTENT_DIR } from '../helpers/content-copy';
import { loadContent } from '../../src/content/load';
import { countRoles } from '../../src/domain/responsibilities/stats';

const content = loadContent(CONTENT_DIR);
const pages = new Map(builtPages().map((page) => [page.url, page]));
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`dist has no page ${url}`);
  return found;
};
const unitHref = (id: string) => `/departments/${id}/`;
const hrefs = (url: string, selector = 'a[href]') => new Set(page(url).doc.querySelectorAll(selector).map((a) => a.getAttribute('href')!));
const rows = content.responsibilities;
const counts = countRoles(rows);

describe('/responsibilities/: the matrix', () => {
  const doc = page('/responsibilities/').doc;
  const svg = doc.querySelector('figure.matrix svg.plot')!;

  it('links every unit page, and the matrix labels each unit once', () => {
    const linked = hrefs('/responsibilities/');
    expect(content.departments.map((unit) => unitHref(unit.id)).filter((href) => !linked.has(href))).toEqual([]);
    const labels = doc.querySelectorAll('figure.matrix .units a').map((a) => a.getAttribute('href'));
    expect([...labels].sort()).toEqual(content.departments.map((unit) => unitHref(unit.id)).sort());
  });

  it('draws one filled mark per lead pair and one outlined mark per participation pair in the annex', () => {
    const lead = rows.reduce((sum, row) => sum + row.lead.length, 0);
    const join = rows.reduce((sum, row) => sum + row.participants.length, 0);
    expect(svg.querySelectorAll('.marks-lead circle')).toHaveLength(lead);
    expect(svg.querySelectorAll('.marks-join circle')).toHaveLength(join);
    // Which unit and which work item a mark stands for, read from where it is drawn: its row among
    // the unit labels and its column among the item heads (each links to its annex row).
    const step = Number(svg.getAttribute('data-step'));
    const unitIds = doc.querySelectorAll('figure.matrix .units a').map((a) => a.getAttribute('href')!.split('/')[2]!);
    const itemIds = doc.querySelectorAll('figure.matrix .heads a.col').map((a) => a.getAttribute('href')!.split('#row-')[1]!);
    expect(itemIds).toHaveLength(rows.length);
    const at = (c: { getAttribute: (name: string) => string | undefined }) =>
      `${unitIds[Math.floor(Number(c.getAttribute('cy')) / step)]} ${itemIds[Math.floor(Number(c.getAttribute('cx')) / step)]}`;
    const pairs = (selector: string) => svg.querySelectorAll(selector).map(at).sort();
    expect(pairs('.marks-lead circle')).toEqual(rows.flatMap((row) => row.lead.map((id) => `${id} ${row.id}`)).sort());
    expect(pairs('.marks-join circle')).toEqual(rows.flatMap((row) => row.participants.map((id) => `${id} ${row.id}`)).sort());
    // Filled versus outlined: the shape differs, not only the colour.
    expect(svg.querySelector('.marks-lead')!.getAttribute('fill')).not.toBe('#ffffff');
    expect(svg.querySelector('.marks-join')!.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelector('.marks-join')!.getAttribute('stroke')).toBeTruthy();
  });

  it('puts the busiest units first', () => {
    const order = doc.querySelectorAll('figure.matrix .units a').map((a) => a.getAttribute('href')!.split('/')[2]!);
    const score = order.map((id) => counts.get(id) ?? { lead: 0, join: 0 });
    score.slice(1).forEach((s, i) => {
      const before = score[i]!;
      expect(before.lead > s.lead || (before.lead === s.lead && before.join >= s.join)).toBe(true);
    });
  });

  it('links every column to its annex row, and every parent title to its page', () => {
    const cols = doc.querySelectorAll('figure.matrix .heads a.col').map((a) => a.getAttribute('href'));
    expect(cols.sort()).toEqual(rows.map((row) => `/plan/annex/#row-${row.id}`).sort());
    const parents = new Set(doc.querySelectorAll('figure.matrix .heads a.band-parent').map((a) => a.getAttribute('href')));
    expect(parents).toEqual(new Set(rows.map((row) => `/${row.parent.kind}s/${row.parent.id}/`)));
  });

  it('is a figure with a title, a takeaway, a labelled image, a source line and its data in a table', () => {
    const figure = doc.querySelector('figure.matrix')!;
    expect(figure.querySelector('figcaption h2')?.text).toContain(`${rows.length} 项具体工作`);
    expect(figure.querySelector('figcaption p')?.text.length).toBeGreaterThan(10);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/实心圆.*牵头.*空心圆.*参与/);
    expect(figure.querySelector('.source-line')?.text).toContain('征求意见稿');
    const table = figure.querySelector('details table')!;
    expect(table.querySelector('caption')).not.toBeNull();
    expect(table.querySelectorAll('tbody tr')).toHaveLength(content.departments.length);
  });
});

describe('/responsibilities/: the same data by unit, for narrow screens', () => {
  const doc = page('/responsibilities/').doc;
  const entries = doc.querySelectorAll('section.roster .roster-list > li');
  it('has one entry per unit, each closed by default and opening to what it leads and joins', () => {
    expect(entries).toHaveLength(content.departments.length);
    for (const entry of entries) expect(entry.querySelector('details')?.hasAttribute('open')).toBe(false);
  });
  it('states each role in words and links each item to its annex row', () => {
    for (const unit of content.departments) {
      const entry = doc.querySelector(`#unit-${unit.id}`)!;
      const { lead, join } = counts.get(unit.id) ?? { lead: 0, join: 0 };
      expect(entry.querySelector('summary')?.text).toContain(`牵头 ${lead} 项 · 参与 ${join} 项`);
      const roles = entry.querySelectorAll('.role');
      const byRole = (word: string) => roles.find((r) => r.querySelector('.role-title')!.text.includes(`${word}（`))?.querySelectorAll('a').map((a) => a.getAttribute('href')).sort() ?? [];
      expect(byRole('牵头'), unit.id).toEqual(rows.filter((row) => row.lead.includes(unit.id)).map((row) => `/plan/annex/#row-${row.id}`).sort());
      expect(byRole('参与'), unit.id).toEqual(rows.filter((row) => row.participants.includes(unit.id)).map((row) => `/plan/annex/#row-${row.id}`).sort());
    }
  });
});

describe('every unit page is reachable', () => {
  it("from the plan's annex", () => {
    const linked = hrefs('/plan/annex/');
    expect(content.departments.map((unit) => unitHref(unit.id)).filter((href) => !linked.has(href))).toEqual([]);
  });

  it('from the page of every measure, task, mechanism and safeguard it works on, and from the project of every task', () => {
    const missing: string[] = [];
    for (const row of rows) {
      const urls = [`/${row.parent.kind}s/${row.parent.id}/`];
      if (row.parent.kind === 'task') urls.push(`/projects/${content.tasks.find((task) => task.id === row.parent.id)!.project}/`);
      for (const url of urls) {
        const linked = hrefs(url);
        for (const id of [...row.lead, ...row.participants]) if (!linked.has(unitHref(id))) missing.push(`${url} → ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('unit pages', () => {
  it.each(content.departments.map((unit) => [unit.id, unit] as const))('/departments/%s/ lists every item it leads and joins, with counts', (id, unit) => {
    const doc = page(unitHref(id)).doc;
    const { lead, join } = counts.get(id) ?? { lead: 0, join: 0 };
    expect(doc.querySelector('h1')?.text).toBe(unit.name);
    expect(doc.querySelector('#role-lead')?.text).toContain(`（${lead}项）`);
    expect(doc.querySelector('#role-join')?.text).toContain(`（${join}项）`);
    const section = (role: string) => doc.querySelector(`section[aria-labelledby="role-${role}"]`)!;
    expect(section('lead').querySelectorAll('.work-item')).toHaveLength(lead);
    expect(section('join').querySelectorAll('.work-item')).toHaveLength(join);
    // Each item's title leads to the page of its measure, task, mechanism or safeguard, which shows its annex rows and clause.
    const titles = doc.querySelectorAll('.work-item .item-title a').map((a) => a.getAttribute('href'));
    const expected = rows.filter((row) => row.lead.includes(id) || row.participants.includes(id)).map((row) => `/${row.parent.kind}s/${row.parent.id}/`);
    expect([...titles].sort()).toEqual(expected.sort());
  });

  it('show both wordings where the annex differs from the body, and the annex title of a retitled mechanism', () => {
    for (const row of rows.filter((r) => r.differences.length > 0)) {
      for (const id of [...row.lead, ...row.participants]) {
        const html = page(unitHref(id)).doc.text;
        for (const d of row.differences) expect(html, `${id} ${row.id}`).toContain(`正文“${d.body}”；附件“${d.annex}”`);
      }
    }
    for (const mechanism of content.mechanisms.filter((m) => m.annexTitle)) {
      const units = rows.filter((r) => r.parent.kind === 'mechanism' && r.parent.id === mechanism.id).flatMap((r) => [...r.lead, ...r.participants]);
      for (const id of units) expect(page(unitHref(id)).doc.text).toContain(`附件把本条称为“${mechanism.annexTitle}”`);
    }
  });

  it('start with contents, and sum up the targets the unit leads by status, each with its latest figure', () => {
    const doc = page('/departments/water/').doc;
    const contents = doc.querySelectorAll('nav.contents a').map((a) => a.getAttribute('href'));
    expect(contents.slice(0, 3)).toEqual(['#led-targets', '#role-lead', '#lead-measure']);
    const ids = new Set(doc.querySelectorAll('[id]').map((el) => el.id));
    expect(contents.filter((href) => !ids.has(href!.slice(1)))).toEqual([]);
    const led = new Set(rows.filter((r) => r.lead.includes('water')).flatMap((r) => r.targets));
    const section = doc.querySelector('section.targets-by-status')!;
    expect(section.querySelector('h2')?.text).toContain(`（${led.size}项）`);
    const listed = section.querySelectorAll('[data-target-status]').map((el) => el.getAttribute('data-target-status'));
    expect(new Set(listed)).toEqual(led);
    expect(listed).toHaveLength(led.size);
    for (const li of section.querySelectorAll('li')) expect(li.querySelector('.figures')?.text).toMatch(/^(最新 |暂无公开数据 · )/);
  });

  it('keep long lists collapsible: parts with many items start closed', () => {
    const parts = page('/departments/water/').doc.querySelectorAll('details.work-part');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.some((d) => !d.hasAttribute('open'))).toBe(true);
  });

  it('link each target concerned to its page, with its computed status', () => {
    const doc = page('/departments/water/').doc;
    const targetIds = new Set(rows.filter((r) => r.lead.includes('water') || r.participants.includes('water')).flatMap((r) => r.targets));
    const slots = new Set(doc.querySelectorAll('[data-target-status]').map((el) => el.getAttribute('data-target-status')));
    expect(slots).toEqual(targetIds);
    for (const id of targetIds) expect(hrefs('/departments/water/').has(`/targets/${id}/`)).toBe(true);
    for (const slot of doc.querySelectorAll('[data-target-status]')) expect(slot.querySelector('.status-badge')?.text.trim()).not.toBe('');
    expect(doc.text).toContain('正文未写明负责单位');
  });
});

describe('/departments/: the summary chart', () => {
  it('draws a filled bar for every unit that leads and an outlined bar for every unit that joins', () => {
    const svg = page('/departments/').doc.querySelector('figure.unit-roles svg.chart-roles')!;
    expect(svg.getAttribute('role')).toBe('img');
    const values = [...counts.values()];
    expect(svg.querySelectorAll('.bar-lead')).toHaveLength(values.filter((c) => c.lead > 0).length);
    expect(svg.querySelectorAll('.bar-join')).toHaveLength(values.filter((c) => c.join > 0).length);
    expect(page('/departments/').doc.querySelectorAll('figure.unit-roles details tbody tr')).toHaveLength(content.departments.length);
  });
});

describe('weight', () => {
  it('keeps /responsibilities/ under 60 KB and a unit page under 30 KB of gzipped HTML, and the matrix script under 10 KB', () => {
    const gz = (url: string) => gzipSync(page(url).html).length;
    expect(gz('/responsibilities/')).toBeLessThan(60_000);
    expect(gz('/departments/water/')).toBeLessThan(30_000);
    // Everything the page can load (matrix highlight and the site-wide care-mode controls), gzipped.
    const { bytes, files } = pageScripts(page('/responsibilities/').doc);
    expect(files.some((file) => file.includes('enhance'))).toBe(true);
    expect(bytes).toBeLessThan(10_000);
  });
});
