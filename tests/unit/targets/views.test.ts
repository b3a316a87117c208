import { describe, expect, it } from 'vitest';
import { figuresView, targetDashboardView, targetFilterKeys, targetTableRows } from '../../../src/domain/targets/views';
import { NO_DATA, targetFigures } from '../../../src/domain/targets/latest';
import { STATUSES } from '../../../src/domain/targets/status';
import { realSite } from '../../helpers/site';

const site = realSite();
const target = (id: string) => site.content.targets.find((t) => t.id === id)!;

describe('the latest figure beside a target, with its trend', () => {
  it('gives the one-line summary and a trend against the cap where there are several figures', () => {
    const view = figuresView(site, target('total-water-use-2022'));
    expect(view.summary).toBe(targetFigures(site, target('total-water-use-2022')).summary);
    expect(view.none).toBe(false);
    expect(view.trend?.points.length).toBeGreaterThanOrEqual(2);
    expect(view.trend?.points.map((p) => p.year)).toEqual([...view.trend!.points.map((p) => p.year)].sort((a, b) => a - b));
    expect(view.trend).toMatchObject({ unit: '亿m³', reference: 20 });
  });
  it('draws no target line for a target that is not one number in the figures’ unit', () => {
    const reduce = { ...target('total-water-use-2022'), comparator: 'reduce-by' as const, baseline: { year: 2015 } };
    expect(figuresView(site, reduce).trend?.reference).toBeNull();
  });
  it('counts bounds and directory counts as figures, and says 暂无公开数据 only where there is none', () => {
    expect(figuresView(site, target('city-leakage-best-2022'))).toMatchObject({ none: false, trend: null });
    expect(figuresView(site, target('city-leakage-best-2022')).summary).toContain('低于5%');
    expect(figuresView(site, target('education-bases-2022')).summary).toMatch(/^最新 至少\d+个/);
    for (const t of site.content.targets) {
      const view = figuresView(site, t);
      expect(view.none, t.id).toBe(targetFigures(site, t).latest === null);
      expect(view.summary.startsWith(NO_DATA), t.id).toBe(view.none);
    }
  });
});

describe('the targets dashboard', () => {
  const all = targetDashboardView(site);
  const ids = (view: ReturnType<typeof targetDashboardView>) => view.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.map((r) => r.id)));

  it('lists every target once, with its latest figure, status and lead units', () => {
    expect(ids(all).sort()).toEqual(site.content.targets.map((t) => t.id).sort());
    expect(all.shown).toBe(site.content.targets.length);
    const row = all.groups.flatMap((g) => g.sections.flatMap((s) => s.rows)).find((r) => r.id === 'total-water-use-2022')!;
    expect(row).toMatchObject({ href: '/targets/total-water-use-2022/', scope: '绍兴市（全市）' });
    expect(row.figures.summary).toBe('最新 18.3553亿m³（2016年）· 目标 ≤20亿m³（2022年）');
    expect(row.result).toBe(site.statuses.get('total-water-use-2022'));
    expect(all.groups.flatMap((g) => g.sections.flatMap((s) => s.rows)).every((r) => r.lead.length > 0)).toBe(true);
  });
  it('offers every filter with its count, the counts of each facet adding up to all targets', () => {
    expect(all.overview?.id).toBe('targets-status');
    expect(all.allHref).toBeNull();
    expect(all.filtered).toBeNull();
    expect(all.facets.map((f) => f.facet)).toEqual(['deadline', 'section', 'status']);
    for (const facet of all.facets) expect(facet.filters.reduce((n, f) => n + f.count, 0), facet.facet).toBe(site.content.targets.length);
    expect(all.facets.flatMap((f) => f.filters).some((f) => f.current)).toBe(false);
  });
  it('keeps only the targets a filter matches, marks the filter and links back to all', () => {
    const view = targetDashboardView(site, { facet: 'status', key: 'achieved' });
    const achieved = site.content.targets.filter((t) => site.statuses.get(t.id)!.status === 'achieved').map((t) => t.id);
    expect(ids(view).sort()).toEqual(achieved.sort());
    expect(view.shown).toBe(achieved.length);
    expect(view.title).toBe('目标：已达成');
    expect(view.filtered).toBe(`方案 ${site.content.targets.length} 项目标中，“已达成”的有 ${achieved.length} 项。`);
    expect(view.overview).toBeNull();
    expect(view.allHref).toBe('/targets/');
    expect(view.breadcrumbs).toEqual([{ label: '目标', href: '/targets/' }, { label: '已达成' }]);
    expect(view.facets.find((f) => f.facet === 'status')!.filters.filter((f) => f.current).map((f) => f.href)).toEqual(['/targets/status/achieved/']);
    expect(view.groups.every((g) => g.sections.every((s) => s.rows.length > 0))).toBe(true);
  });
  it('refuses a filter that does not exist', () => {
    expect(() => targetDashboardView(site, { facet: 'status', key: 'nonsense' })).toThrow(/status\/nonsense/);
  });
  it('names the filter pages to build, one per status that some target has', () => {
    const present = STATUSES.filter((s) => site.content.targets.some((t) => site.statuses.get(t.id)!.status === s));
    expect(targetFilterKeys(site, 'status')).toEqual(present);
    expect(targetFilterKeys(site, 'deadline')).toContain('2022');
  });
});

describe('the targets table of a plan entity', () => {
  it('links each target and the clause it comes from, with its latest figure', () => {
    const targets = site.index.targetsOf({ kind: 'task', id: 'leakage-control' });
    const rows = targetTableRows(site, targets);
    expect(rows.map((r) => r.id)).toEqual(targets.map((t) => t.id));
    for (const row of rows) {
      expect(row.clause.href).toBe(`/plan/#${target(row.id).clause}`);
      expect(row.clause.label.length).toBeGreaterThan(0);
      expect(row.figures.summary).toContain('目标 ');
    }
  });
});
