import { describe, expect, it } from 'vitest';
import { overdueSummary, tellingFigures, verdictSummary, VERDICTS } from '../../../src/domain/targets/story';
import { targetFigures } from '../../../src/domain/targets/latest';
import { buildSiteModel } from '../../../src/domain/site-model';
import type { SiteContent } from '../../../src/schemas/index';
import { realSite } from '../../helpers/site';

const site = realSite();
const statusOf = (id: string) => site.statuses.get(id)!.status;

/** The real content with one more published figure, as an editor would append it. */
function withFigure(figure: Partial<SiteContent['observations'][number]> & { id: string; indicator: string; value: number; unit: string }) {
  const observation = {
    year: null, yearNote: null, bound: 'exact', finding: null, reached: null, scope: 'shaoxing', scopeNote: null, quantity: 'use', priceBasis: null,
    signal: 'outcome', source: 'plan-draft', retrievedFrom: null, published: null, excerpt: null, note: null, ...figure,
  } as SiteContent['observations'][number];
  return buildSiteModel({ ...site.content, observations: [...site.content.observations, observation] });
}

describe('how many targets have a verdict, and which', () => {
  const summary = verdictSummary(site);
  it('counts only the statuses that are a verdict, computed by the published rules', () => {
    const verdictIds = site.content.targets.filter((t) => VERDICTS.includes(statusOf(t.id))).map((t) => t.id);
    expect(summary.withVerdict).toBe(verdictIds.length);
    expect(summary.verdicts.flatMap((v) => v.targets.map((t) => t.href)).sort()).toEqual(verdictIds.map((id) => `/targets/${id}/`).sort());
    expect(summary.withVerdict + summary.open.reduce((n, o) => n + o.count, 0)).toBe(summary.total);
    expect(summary.total).toBe(site.content.targets.length);
    expect(summary.asOf).toBe(site.asOf);
  });
  it('names the achieved targets, linked, and says when it is not known whether they were on time', () => {
    const achieved = summary.verdicts.find((v) => v.status === 'achieved')!;
    expect(achieved.href).toBe('/targets/status/achieved/');
    const water = achieved.targets.find((t) => t.href === '/targets/county-water-saving-city-2022/')!;
    expect(water.title).toBe(site.content.targets.find((t) => t.id === 'county-water-saving-city-2022')!.title);
    expect(water.late).toBe(site.statuses.get('county-water-saving-city-2022')!.onTime !== true);
  });
  it('lists the statuses without a verdict with their filter pages', () => {
    expect(summary.open.map((o) => o.status)).not.toContain('achieved');
    for (const open of summary.open) expect(open.href).toBe(`/targets/status/${open.status}/`);
  });
});

describe('overdue targets without any published figure', () => {
  it('splits the overdue targets into those with no figure at all and those with an older one', () => {
    const overdue = site.content.targets.filter((t) => statusOf(t.id) === 'overdue-no-data');
    const none = overdue.filter((t) => targetFigures(site, t).latest === null);
    const summary = overdueSummary(site);
    expect(summary.withoutAnyFigure).toBe(none.length);
    expect(summary.withOlderFigure).toBe(overdue.length - none.length);
    expect(summary.withOlderFigure).toBeGreaterThan(0);
    expect(summary).toMatchObject({ href: '/targets/status/overdue-no-data/', methodsHref: '/methods/', requestHref: '/request/' });
  });
});

describe('the most telling known figures (the documented rule)', () => {
  const telling = tellingFigures(site);
  const target = (id: string) => site.content.targets.find((t) => t.id === id)!;

  it('takes at most three, each a published number against a numeric target, one per indicator', () => {
    expect(telling.length).toBeGreaterThan(0);
    expect(telling.length).toBeLessThanOrEqual(3);
    for (const figure of telling) {
      const latest = targetFigures(site, target(figure.id)).latest!;
      expect(latest.via, figure.id).toBeNull();
      expect(site.evidence.find((o) => o.id === latest.id)!.value, figure.id).not.toBeNull();
      expect(['at-most', 'at-least', 'equal', 'between', 'reduce-by']).toContain(target(figure.id).comparator);
    }
    expect(new Set(telling.map((f) => target(f.id).indicator)).size).toBe(telling.length);
  });
  it('puts the plan’s headline targets first, the earliest deadline of an indicator standing for it', () => {
    expect(telling[0].id).toBe('total-water-use-2022');
    expect(telling.map((f) => f.id)).not.toContain('total-water-use-2025');
    expect(telling[0]).toMatchObject({ value: '18.3553亿m³', when: '2016年', target: '≤20亿m³（2022年）', href: '/targets/total-water-use-2022/' });
    expect(telling[0].trend?.reference).toBe(20);
  });
  it('leaves out claims in words, figures from the directory and targets without a number', () => {
    const ids = telling.map((f) => f.id);
    expect(ids).not.toContain('county-water-saving-city-2022');
    expect(ids).not.toContain('education-bases-2022');
    expect(ids).not.toContain('city-leakage-best-2022');
  });
  it('orders the rest by the most recent figure and names a place other than the target’s', () => {
    const rest = telling.filter((f) => target(f.id).parent.kind !== 'goal');
    const years = rest.map((f) => targetFigures(site, target(f.id)).latest!.yearNumber ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const keqiao = telling.find((f) => f.id === 'urban-reclaimed-rate-2022');
    if (keqiao) expect(keqiao.when).toContain('柯桥区');
  });
  it('follows the data: a newer figure moves a target up, but never above a headline target', () => {
    const rural = tellingFigures(withFigure({ id: 'test-rural-2026', indicator: 'rural-water-supply-guarantee-rate', year: 2026, value: 96, unit: '%' })).map((f) => f.id);
    expect(rural.slice(0, 2)).toEqual(['total-water-use-2022', 'rural-water-supply-guarantee-2022']);
    const reuse = tellingFigures(withFigure({ id: 'test-reuse-2026', indicator: 'industrial-water-reuse-rate', year: 2026, value: 92, unit: '%' })).map((f) => f.id);
    expect(reuse.slice(0, 2)).toEqual(['industrial-water-reuse-2022', 'total-water-use-2022']);
  });
  it('finds nothing to tell when no target has a published number', () => {
    const bare = buildSiteModel({ ...site.content, observations: [] });
    expect(tellingFigures(bare)).toEqual([]);
  });
});
