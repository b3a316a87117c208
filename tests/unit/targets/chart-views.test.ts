import { describe, expect, it } from 'vitest';
import { realSite } from '../../helpers/site';
import { INDICATOR_CHART_COLUMNS, hasIndicatorChart, indicatorChartView, missingFigureNote } from '../../../src/domain/targets/chart-views/indicator';
import { parseCsv, readCsv } from '../../../src/domain/open-data/csv';
import { sectorChartView, showsSectorChart } from '../../../src/domain/targets/chart-views/sectors';
import { statusOverviewView } from '../../../src/domain/targets/chart-views/overview';
import { indicatorLineModel } from '../../../src/charts/indicator-line/variants';
import { VARIANTS } from '../../../src/charts/shared/variants';
import { boxInside, overlappingPairs } from '../../../src/charts/shared/text';

const site = realSite();
const { content } = site;
const withNumber = (indicatorId: string) => content.observations.some((o) => o.indicator === indicatorId && o.value !== null);

describe('indicatorChartView', () => {
  it('gives a chart to every target whose indicator has at least one published number, and to no other', () => {
    for (const target of content.targets) {
      const view = indicatorChartView(site, target.indicator);
      expect(view !== null, target.id).toBe(withNumber(target.indicator));
      expect(hasIndicatorChart(site, target.indicator)).toBe(view !== null);
    }
    expect(content.targets.filter((t) => indicatorChartView(site, t.indicator)).map((t) => t.id).sort()).toEqual(
      expect.arrayContaining(['county-leakage-2022', 'total-water-use-2022', 'total-water-use-2025', 'urban-reclaimed-rate-2022']),
    );
  });

  it('draws the leakage rate "低于5%" (no year given) as a labelled bound in the undated column, never as an exact value', () => {
    const view = indicatorChartView(site, 'public-supply-leakage-rate')!;
    const [point] = view.series[0].points;
    expect(point).toMatchObject({ year: null, value: 5, bound: 'below', label: '低于5%' });
    expect(view.legend).toMatchObject({ bound: true });
    expect(view.takeaway).toContain('未注明年份');
  });

  it('keeps figures of different places (and of a park inside a district) as separate series, never one line', () => {
    const view = indicatorChartView(site, 'urban-reclaimed-water-use-rate')!;
    expect(view.series.map((s) => s.label)).toEqual(['柯桥区', '柯桥区·滨海工业园区（柯桥滨海供水）']);
    expect(view.series.every((s) => s.points.length === 1)).toBe(true);
  });

  it('says so when a district series is drawn against a city-wide target: in the target label, the legend and a note', () => {
    const view = indicatorChartView(site, 'urban-reclaimed-water-use-rate')!;
    expect(view.thresholds.map((t) => t.label)).toEqual(['2022年全市目标18']);
    expect(view.legend.threshold).toContain('全市');
    expect(view.scopeNote).toMatch(/柯桥区.*全市.*范围不同/);
    const leakage = indicatorChartView(site, 'public-supply-leakage-rate')!;
    expect(leakage.thresholds.map((t) => t.label)).toEqual(['2022年诸暨市、新昌县上限10']);
    expect(leakage.scopeNote).toMatch(/绍兴市（全市）.*诸暨市、新昌县/);
  });

  it('adds no scope note where the figures and the targets cover the same place', () => {
    const view = indicatorChartView(site, 'total-water-use')!;
    expect(view.scopeNote).toBeNull();
    expect(view.thresholds.map((t) => t.label)).toEqual(['2022年上限20', '2025年上限21.5']);
    // Only the latest figure is written beside its point; the rest are in the table.
    expect(view.series[0].points.filter((p) => p.label).map((p) => p.label)).toEqual(['18.3553']);
  });

  it('offers the chart data as CSV that reads back: every figure and every target drawn', () => {
    const view = indicatorChartView(site, 'total-water-use')!;
    const rows = readCsv(INDICATOR_CHART_COLUMNS, view.csv, 'indicator-total-water-use.csv');
    expect(rows.filter((r) => r.kind === 'figure')).toHaveLength(view.series.flatMap((s) => s.points).length);
    expect(rows.filter((r) => r.kind === 'target').map((r) => [r.year, r.value, r.relation])).toEqual([[2022, 20, 'at-most'], [2025, 21.5, 'at-most']]);
    expect(view.csv.startsWith('\uFEFF')).toBe(true);
  });

  it('is null without a published number, and the chart area then says once which figure would settle it', () => {
    expect(indicatorChartView(site, 'demo-hotels-count')).toBeNull();
    const note = missingFigureNote(site, 'demo-hotels-count');
    expect(note).toContain(content.indicators.find((i) => i.id === 'demo-hotels-count')!.dataNeeded!);
  });
});

describe('every real indicator chart, in every layout', () => {
  const charts = content.indicators.map((i) => indicatorChartView(site, i.id)).filter((v) => v !== null);
  it.each(charts.flatMap((view) => VARIANTS.map((variant) => [`${view.id} ${variant.key}`, view, variant] as const)))('%s: texts inside the drawing, none over another', (_name, view, variant) => {
    const model = indicatorLineModel(view, variant);
    const frame = { x: 0, y: 0, width: model.width, height: model.height };
    expect(model.textBoxes.filter((box) => !boxInside(box, frame, 0.5))).toEqual([]);
    expect(overlappingPairs(model.textBoxes)).toEqual([]);
    expect(model.thresholds).toHaveLength(view.thresholds.length);
  });
});

describe('sectorChartView', () => {
  const view = sectorChartView(site)!;
  it('draws the sectors the content relates to the total, named without "用水量", in content order', () => {
    expect(view.sectors.map((s) => s.label)).toEqual(['农田灌溉', '林牧渔畜', '工业', '城镇公共、居民生活和生态环境']);
  });
  it('keeps a sector a bulletin does not publish as null, never 0, and says so in the takeaway', () => {
    const y2016 = view.years.find((y) => y.year === 2016)!;
    expect(y2016.parts.find((p) => p.key === 'water-use-urban-domestic-ecological')!.value).toBeNull();
    expect(view.takeaway).toContain('2016年“城镇公共、居民生活和生态环境”一项没有找到公开数字');
  });
  it('words the largest sector from the numbers', () => {
    for (const year of view.years) {
      const largest = [...year.parts].filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!)[0];
      expect(view.takeaway).toContain(`${view.sectors.find((s) => s.key === largest.key)!.label}每年都是最大的用水项`);
    }
  });
  it('shows on the total’s page and its sectors’ pages only', () => {
    expect(showsSectorChart(site, 'total-water-use')).toBe(true);
    expect(showsSectorChart(site, 'water-use-industry')).toBe(true);
    expect(showsSectorChart(site, 'public-supply-leakage-rate')).toBe(false);
  });
  it('offers its data as CSV, an empty cell where a sector is not published', () => {
    const [header, ...rows] = parseCsv(view.csv);
    expect(header[0]).toBe('year');
    expect(rows).toHaveLength(view.years.length);
    const y2016 = rows.find((r) => r[0] === '2016')!;
    expect(y2016[header.indexOf('water-use-urban-domestic-ecological')]).toBeNull();
  });
});

describe('statusOverviewView', () => {
  const view = statusOverviewView(site);
  it('draws every target once, with its computed status', () => {
    const items = view.groups.flatMap((g) => g.items);
    expect(items.map((i) => i.id).sort()).toEqual(content.targets.map((t) => t.id).sort());
    for (const item of items) expect(item.status).toBe(site.statuses.get(item.id)!.status);
  });
  it('counts per deadline in the table add up to the targets, and the takeaway states the tally as of the data date', () => {
    expect(view.table.rows.flatMap((r) => r.counts).reduce((a, b) => a + b, 0)).toBe(content.targets.length);
    expect(view.takeaway).toContain(`截至${site.asOf}`);
  });
  it('names the plan from its source entry and offers one CSV row per target', () => {
    expect(view.source).toContain(content.sources.find((s) => s.id === 'plan-draft')!.title);
    expect(parseCsv(view.csv)).toHaveLength(content.targets.length + 1);
  });
});
