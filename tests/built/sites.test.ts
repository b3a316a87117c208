import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST } from '../helpers/dist';
import { readContent } from '../../src/content/load';
import { siteSchema } from '../../src/schemas/sites';
import { parseSitesCsv, siteFieldsFromRecord } from '../../src/domain/sites/export';
import { CONTENT_DIR } from '../helpers/content-copy';
import { realSite } from '../helpers/site';
import { directoryCount } from '../../src/domain/targets/directory-count';

const { content } = readContent(CONTENT_DIR);
const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));
const sitePages = content.sites.map((site) => ({ site, page: byUrl.get(`/sites/${site.id}/`) }));
const countyNames = new Map(content.counties.map((county) => [county.id, county.name]));

describe('every site page', () => {
  it('exists, one per site', () => {
    expect(sitePages.filter(({ page }) => !page).map(({ site }) => site.id)).toEqual([]);
  });
  it.each(sitePages.map(({ site, page }) => [site.id, site, page!]))('%s names its source and its county, and carries the Pagefind filters', (_id, site, page) => {
    const source = page.doc.querySelector('section[data-source] ol li');
    expect(source?.text).toContain(content.sources.find((s) => s.id === site.source)!.title);
    const county = countyNames.get(site.county)!;
    expect(page.doc.querySelector(`.site-facts a[href="/sites/county/${site.county}/"]`)?.text).toBe(county);
    expect(page.doc.querySelector('[data-pagefind-filter="地区"]')?.text).toBe(county);
    expect(page.doc.querySelectorAll('[data-pagefind-filter="示范点类型"]').map((el) => el.text)).toContain(page.doc.querySelector('.site-facts a[href^="/sites/type/"]')?.text);
  });
  it('links a source only to the address its source entry holds', () => {
    for (const { site, page } of sitePages) {
      const links = page!.doc.querySelectorAll('section[data-source] a[href]').map((a) => a.getAttribute('href'));
      const allowed = [site.source, ...site.alsoSources].map((id) => content.sources.find((s) => s.id === id)!.url).filter(Boolean);
      expect(links.every((href) => allowed.includes(href!))).toBe(true);
    }
  });
});

describe('the directory', () => {
  it('lists every site once across its pages', () => {
    const listed = pages.filter((page) => /^\/sites\/(page\/\d+\/)?$/.test(page.url)).flatMap((page) => page.doc.querySelectorAll('tbody[data-rows] tr[data-id]').map((tr) => tr.getAttribute('data-id')));
    expect(listed.sort()).toEqual(content.sites.map((site) => site.id).sort());
  });
  it('has a plain filter page for every type and every county, listing exactly the matching sites', () => {
    for (const type of content['site-types'].map((entry) => entry.id)) {
      const page = byUrl.get(`/sites/type/${type}/`);
      expect(page, type).toBeDefined();
      const rows = page!.doc.querySelectorAll('tbody[data-rows] tr[data-id]').map((tr) => tr.getAttribute('data-id'));
      expect(rows.sort()).toEqual(content.sites.filter((site) => site.type === type).map((site) => site.id).sort());
      if (rows.length === 0) expect(page!.doc.querySelector('main')?.text).toContain('暂无公开数据');
    }
    for (const county of content.counties) {
      const rows = byUrl.get(`/sites/county/${county.id}/`)!.doc.querySelectorAll('tbody[data-rows] tr[data-id]');
      expect(rows.every((tr) => tr.getAttribute('data-county') === county.id)).toBe(true);
      expect(rows).toHaveLength(content.sites.filter((site) => site.county === county.id).length);
    }
  });
  it('shows the progress chart as an SVG image with its data table', () => {
    const page = byUrl.get('/sites/progress/')!;
    expect(page.doc.querySelector('figure svg[role="img"]')?.getAttribute('aria-label')).toContain('方案目标');
    expect(page.doc.querySelectorAll('figure details table tbody tr').length).toBeGreaterThanOrEqual(16);
    expect(page.doc.querySelector('main')?.text).toContain('暂无公开数据');
  });
  it('draws every target without a sourced entry as unknown, never as an empty bar that reads 0, in every layout', () => {
    const page = byUrl.get('/sites/progress/')!;
    // The plain drawing and 关怀模式's two.
    expect(page.doc.querySelectorAll('svg.site-progress')).toHaveLength(3);
    const rows = page.doc.querySelectorAll('svg.site-progress g.row');
    expect(rows.length).toBeGreaterThanOrEqual(3 * 16);
    const unknown = rows.filter((row) => row.classList.contains('unknown'));
    expect(unknown.length).toBeGreaterThan(0);
    for (const row of rows) {
      const value = row.querySelector('text.value')!.text;
      if (row.classList.contains('unknown')) {
        expect(value).toBe('暂无公开数据');
        expect(row.querySelector('rect.fill')).toBeNull();
        expect(row.querySelector('rect.track')).toBeNull();
        expect(row.querySelector('rect.track-unknown')?.getAttribute('fill')).toMatch(/^url\(#/);
      } else {
        expect(value).not.toMatch(/^0( |$)/);
      }
    }
  });
  it('shows the directory-count explanation of a target whose status rests on a report, word for word (src/domain/targets/directory-count.ts)', () => {
    const site = realSite();
    const explained = site.content.targets.map((t) => directoryCount(site, t.id)).filter((d) => d?.differsFromStatus);
    expect(explained.map((d) => d!.targetId)).toContain('county-water-saving-city-2022');
    const doc = byUrl.get('/sites/progress/')!.doc;
    for (const d of explained) {
      const shown = doc.querySelector(`#note-${d!.targetId} .explanation`)?.text;
      expect(shown, d!.targetId).toBe(d!.explanation);
    }
    expect(doc.querySelector('#note-county-water-saving-city-2022 .explanation')?.text).toContain('3 / 6');
  });
  it('ships the filter island under 10 KB gzipped, only on the directory', () => {
    // Every page also loads the site-wide care-mode controls; this test is about the directory's own island.
    const scripts = (url: string) => byUrl.get(url)!.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!).filter((src) => !/CareTools/.test(src));
    const island = scripts('/sites/');
    expect(island.length).toBeGreaterThan(0);
    // The loader imports the element's code dynamically: follow every /_astro/ chunk a script names.
    const files = new Set<string>();
    const visit = (src: string) => {
      if (files.has(src)) return;
      files.add(src);
      for (const [, name] of readFileSync(join(DIST, src), 'utf8').matchAll(/["'`(/]([\w.-]+\.js)["'`]/g)) visit(`/_astro/${name}`);
    };
    island.forEach(visit);
    expect(files.size).toBeGreaterThan(1);
    const bytes = [...files].reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    expect(bytes).toBeLessThan(10 * 1024);
    // A site's own page has no filter (it may carry the 分享 control's island).
    expect(scripts('/sites/keqiao-reclaimed-water-project/').filter((src) => island.includes(src))).toEqual([]);
    expect(byUrl.get('/sites/keqiao-reclaimed-water-project/')!.doc.querySelector('site-filter')).toBeNull();
  });
  it('keeps each directory page under 40 KB gzipped', () => {
    for (const page of pages.filter((p) => p.url.startsWith('/sites/'))) expect(gzipSync(page.html).length, page.url).toBeLessThan(40 * 1024);
  });
});

describe('downloads', () => {
  it('the filter index lists every site in directory order', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'sites', 'filter-index.json'), 'utf8'));
    expect(index.rows).toHaveLength(content.sites.length);
    expect(statSync(join(DIST, 'sites', 'filter-index.json')).size).toBeLessThan(content.sites.length * 400 + 500);
  });
});
