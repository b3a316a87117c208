import { describe, expect, it } from 'vitest';
import { realSite } from '../../helpers/site';
import { INDICATOR_CHART_COLUMNS, hasIndicatorChart, indicatorChartView, missingFigureNote } from '../../../src/domain/targets/chart-views/indicator';
import { readCsv } from '../../../src/domain/open-data/csv';
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
    expect(view.legend).toMatchObject({ bound: true, undated: true });
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
