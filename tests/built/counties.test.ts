import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { realSite } from '../helpers/site';
import { countyVerdict } from '../../src/domain/counties/status';
import { STATUS_STYLE } from '../../src/domain/targets/status';

const site = realSite();
const { content } = site;
const pages = new Map(builtPages().map((page) => [page.url, page]));
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`dist has no page ${url}`);
  return found;
};
const divisions = content.counties.filter((c) => c.id !== 'shaoxing');

describe('a page for the city and for each of its six divisions', () => {
  it('seven county pages and an index', () => {
    expect(content.counties).toHaveLength(7);
    for (const county of content.counties) expect(page(`/counties/${county.id}/`).doc.querySelector('h1')?.text).toBe(`${county.name}节水概况`);
    expect(page('/counties/').doc.querySelector('h1')?.text).toBe('各县（市、区）');
  });

  it.each(divisions.map((c) => [c.id, c] as const))('/counties/%s/ shows the targets that name it or cover every division, each with its own status', (id, county) => {
    const doc = page(`/counties/${id}/`).doc;
    const shown = doc.querySelectorAll('li.county-target').map((li) => li.getAttribute('id')!.replace(/^target-/, ''));
    const expected = content.targets.filter((t) => t.scope.includes(id)).map((t) => t.id);
    expect(shown.sort()).toEqual(expected.sort());
    for (const targetId of expected) {
      const card = doc.querySelector(`#target-${targetId}`)!;
      const verdict = countyVerdict(site, content.targets.find((t) => t.id === targetId)!, id);
      expect(card.querySelector('[data-own-status]')?.getAttribute('data-own-status'), `${id} ${targetId}`).toBe(verdict.status);
      expect(card.querySelector('[data-own-status]')?.text).toContain(STATUS_STYLE[verdict.status].label);
      expect(card.querySelector(`a[href="/targets/${targetId}/"]`)).not.toBeNull();
    }
    expect(doc.querySelector('main')?.text).toContain(county.name);
  });

  it('a division counts as reached only on a sourced directory entry of its own', () => {
    const reached = (id: string) => page(`/counties/${id}/`).doc.querySelector('#target-county-water-saving-city-2022 [data-own-status]')?.getAttribute('data-own-status');
    expect(['zhuji', 'shengzhou', 'xinchang'].map(reached)).toEqual(['achieved', 'achieved', 'achieved']);
    expect(['yuecheng', 'keqiao', 'shangyu'].map(reached)).toEqual(['overdue-no-data', 'overdue-no-data', 'overdue-no-data']);
    const card = page('/counties/shengzhou/').doc.querySelector('#target-county-water-saving-city-2022')!;
    expect(card.querySelector('a[href="/sites/shengzhou-water-saving-city/"]')).not.toBeNull();
    expect(card.querySelector('a[href^="/about/#source-"]')).not.toBeNull();
  });

  it.each(content.counties.map((c) => [c.id] as const))('/counties/%s/ lists every published figure with that scope, latest first, each with its source, and the sites there', (id) => {
    const doc = page(`/counties/${id}/`).doc;
    const rows = doc.querySelectorAll('table.place-figures tbody tr');
    const expected = content.observations.filter((o) => o.scope === id);
    expect(rows.map((tr) => tr.getAttribute('data-observation')).sort()).toEqual(expected.map((o) => o.id).sort());
    // Latest first: by the year described, else the year published; the years never rise down the table.
    const yearOf = (o: (typeof expected)[number]) => o.year ?? Number(/^\d{4}/.exec(String(o.published ?? ''))?.[0] ?? -Infinity);
    const years = rows.map((tr) => yearOf(expected.find((o) => o.id === tr.getAttribute('data-observation'))!));
    expect(years, `${id}: figures latest first`).toEqual([...years].sort((a, b) => b - a));
    for (const tr of rows) expect(tr.querySelector('td[data-label="来源"] a')?.getAttribute('href')).toMatch(/^\/about\/#source-/);
    if (expected.length === 0) expect(doc.querySelector('#figures')?.parentNode.text).toContain('尚未收录');
    const sites = doc.querySelectorAll('#sites ~ div tbody[data-rows] tr[data-id], section[aria-labelledby="sites"] tbody[data-rows] tr[data-id]').map((tr) => tr.getAttribute('data-id'));
    expect([...new Set(sites)].sort()).toEqual(content.sites.filter((s) => s.county === id).map((s) => s.id).sort());
  });

  it.each(divisions.map((c) => [c.id] as const))('/counties/%s/ gives its share of the directory, counted from the directory', (id) => {
    const text = page(`/counties/${id}/`).doc.querySelector('#share')?.parentNode.text ?? '';
    const own = content.sites.filter((s) => s.county === id).length;
    expect(text, id).toContain(`${own} / ${content.sites.length} 条`);
  });

  it('the city page lists the city-wide targets with their latest figures, and the every-division targets', () => {
    const doc = page('/counties/shaoxing/').doc;
    const listed = doc.querySelectorAll('section.targets-by-status [data-target-status]').map((el) => el.getAttribute('data-target-status'));
    expect(listed.sort()).toEqual(content.targets.filter((t) => t.scope.join() === 'shaoxing').map((t) => t.id).sort());
    expect(doc.querySelectorAll('section.targets-by-status .figures').every((el) => /^(最新 |暂无公开数据 · )/.test(el.text))).toBe(true);
    expect(doc.querySelector('#every-county')?.parentNode.text).toContain('3 个有只针对本地的公开来源证明已达到');
  });
});

describe('the schematic map', () => {
  const maps = ['/counties/', '/sites/', '/counties/keqiao/'];
  it.each(maps)('on %s: every tile links a county page, names are text, there is a table, and no boundary is drawn', (url) => {
    const doc = page(url).doc;
    const svg = doc.querySelector('svg.county-map')!;
    expect(svg).not.toBeNull();
    const links = svg.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(content.counties.map((c) => `/counties/${c.id}/`).sort());
    for (const county of content.counties) expect(svg.querySelectorAll('text').map((t) => t.text)).toContain(county.name);
    expect(svg.querySelectorAll('path, polygon, polyline')).toHaveLength(0);
    const figure = svg.closest('figure')!;
    expect(figure.querySelectorAll('details table tbody tr')).toHaveLength(content.counties.length);
    expect(figure.text).toContain('审图号');
    expect(figure.text).toContain('示意图');
  });
  it('marks the current county on its page', () => {
    expect(page('/counties/keqiao/').doc.querySelector('svg.county-map a[aria-current="page"]')?.getAttribute('href')).toBe('/counties/keqiao/');
  });
});

describe('links to the county pages', () => {
  it('from every site page and from /sites/', () => {
    for (const entry of content.sites) {
      expect(page(`/sites/${entry.id}/`).doc.querySelector(`main a[href="/counties/${entry.county}/"]`), entry.id).not.toBeNull();
    }
    expect(page('/sites/').doc.querySelector('main a[href="/counties/"]')).not.toBeNull();
  });
});
