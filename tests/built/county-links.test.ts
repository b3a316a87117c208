import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { realSite } from '../helpers/site';

/**
 * A resident who sees a county named reaches its page: any page whose main content shows a target
 * or a published figure of particular counties links those counties' pages (/counties/<id>/).
 */
const site = realSite();
const pages = builtPages().filter((p) => p.doc.querySelector('main'));
const CITY = 'shaoxing';
const divisions = site.content.counties.filter((c) => c.id !== CITY).length;
const countyHref = (id: string) => `/counties/${id}/`;

// Targets of particular counties; a target of every county-level division is written 全部县（市、区） and names none.
const countyTargets = new Map(
  site.content.targets
    .map((t) => [t.id, t.scope.filter((id) => id !== CITY)] as const)
    .filter(([, named]) => named.length > 0 && named.length < divisions)
    .map(([id, named]) => [`/targets/${id}/`, named]),
);
const countyFigures = new Map(site.content.observations.filter((o) => o.scope !== CITY).map((o) => [`/indicators/${o.indicator}/#obs-${o.id}`, [o.scope]]));

it('there are targets and figures of particular counties to check', () => {
  expect(countyTargets.size).toBeGreaterThan(0);
  expect(countyFigures.size).toBeGreaterThan(0);
});

it('every page that shows a target or figure of particular counties links those counties’ pages', () => {
  const missing: string[] = [];
  for (const page of pages) {
    const hrefs = new Set(page.doc.querySelector('main')!.querySelectorAll('a').map((a) => a.getAttribute('href')));
    for (const [href, counties] of [...countyTargets, ...countyFigures]) {
      if (!hrefs.has(href)) continue;
      for (const id of counties) if (!hrefs.has(countyHref(id))) missing.push(`${page.url} shows ${href} but does not link ${countyHref(id)}`);
    }
  }
  expect(missing).toEqual([]);
});

describe.each(site.content.targets.map((t) => [t.id, t.scope] as const))('/targets/%s/', (id, scope) => {
  it('links every place of its scope in the 范围 line', () => {
    const doc = pages.find((p) => p.url === `/targets/${id}/`)!.doc;
    const dd = doc.querySelectorAll('dl.facts dt').find((dt) => dt.text.trim() === '范围')!.nextElementSibling!;
    expect(dd.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(scope.map(countyHref));
  });
});

it('every published figure on an indicator page links the page of the place it covers', () => {
  for (const o of site.content.observations) {
    const doc = pages.find((p) => p.url === `/indicators/${o.indicator}/`)!.doc;
    const cell = doc.getElementById(`obs-${o.id}`)!.querySelector('td[data-label="范围"]')!;
    expect(cell.querySelector('a')?.getAttribute('href'), o.id).toBe(countyHref(o.scope));
  }
});

it('the 地区 of every "向谁申请" section links the places wanted', () => {
  for (const page of pages) {
    for (const section of page.doc.querySelectorAll('.request-section')) {
      const dd = section.querySelectorAll('dt').find((dt) => dt.text.trim() === '地区')!.nextElementSibling!;
      const links = dd.querySelectorAll('a');
      expect(links.length, page.url).toBeGreaterThan(0);
      expect(links.every((a) => a.getAttribute('href')!.startsWith('/counties/')), page.url).toBe(true);
    }
  }
});
