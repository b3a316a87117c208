import { describe, expect, it } from 'vitest';
import { lineChartModel } from './model';
import { forSnapshot } from '../shared/snapshot';
import { renderLineChart } from './render';

const fixture = {
  series: [
    { label: '全市', points: [2009, 2010, 2011, 2012, 2015, 2016].map((year, i) => ({ year, value: [22.2, 22.5, 19.0, 19.0, 18.6, 18.4][i], bound: 'exact' as const })) },
    { label: '某区', points: [{ year: 2016, value: 5, bound: 'below' as const }, { year: 2018, value: 6, bound: 'above' as const }] },
  ],
  thresholds: [{ year: 2022, value: 20, kind: 'cap' as const, label: '2022年上限20' }],
  width: 640,
  height: 300,
  unit: '亿m³',
};

describe('line chart model', () => {
  const model = lineChartModel(fixture);
  it('draws a missing year as a gap: 2009–2012 and 2015–2016 are separate runs, never joined through 2013–2014', () => {
    expect(model.series[0].lines).toHaveLength(2);
    expect(model.series[0].points).toHaveLength(6);
  });
  it('never draws a lone point as a line', () => {
    expect(model.series[1].lines).toHaveLength(0);
  });
  it('draws bounds as arrows pointing where the true value lies', () => {
    const [below, above] = model.series[1].points;
    expect(below.arrow).toMatch(/^M0,6L0,18/);
    expect(above.arrow).toMatch(/^M0,-6L0,-18/);
    expect(model.series[0].points[0].arrow).toBeNull();
  });
  it('places the cap at its deadline year and starts the value axis at zero', () => {
    expect(model.yTicks[0].label).toBe('0');
    const x2022 = model.thresholds[0];
    expect(x2022.x1).toBeGreaterThan(model.series[0].points.at(-1)!.cx);
    expect(x2022.x2).toBeLessThanOrEqual(640);
  });
  it('shows different series with different shapes', () => {
    expect(model.series[0].shape).not.toBe(model.series[1].shape);
  });
  it('keeps fewer year labels on a narrow chart', () => {
    expect(lineChartModel({ ...fixture, width: 340 }).xTicks.length).toBeLessThan(model.xTicks.length);
  });
  it('renders the same SVG as the reviewed snapshot', async () => {
    await expect(forSnapshot(renderLineChart(model, '测试图'))).toMatchFileSnapshot('./__snapshots__/fixture.svg');
  });
});
