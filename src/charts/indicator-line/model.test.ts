import { describe, expect, it } from 'vitest';
import { lineChartModel, type LineInput } from './model';
import { forSnapshot } from '../shared/snapshot';
import { renderLineChart } from './render';
import { boxInside, boxesOverlap, overlappingPairs } from '../shared/text';
import { VARIANTS } from '../shared/variants';

const fixture: LineInput = {
  series: [
    { label: '全市', points: [2009, 2010, 2011, 2012, 2015, 2016].map((year, i) => ({ year, value: [22.2, 22.5, 19.0, 19.0, 18.6, 18.4][i], bound: 'exact' as const, label: year === 2016 ? '18.4' : null })) },
    { label: '某区', points: [{ year: 2016, value: 5, bound: 'below' as const, label: '低于5' }, { year: 2018, value: 6, bound: 'above' as const }] },
  ],
  // Two caps close in value and a few years apart: on a phone their labels meet (the total-water-use case).
  thresholds: [{ year: 2022, value: 20, kind: 'cap', label: '2022年上限20' }, { year: 2025, value: 21.5, kind: 'cap', label: '2025年上限21.5' }],
  width: 640,
  height: 300,
  unit: '亿m³',
};

/** Every text of a model inside the drawing and clear of every other text. */
function expectTidy(model: ReturnType<typeof lineChartModel>) {
  const frame = { x: 0, y: 0, width: model.width, height: model.height };
  expect(model.textBoxes.filter((box) => !boxInside(box, frame, 0.5))).toEqual([]);
  expect(overlappingPairs(model.textBoxes).map(([a, b]) => [model.textBoxes[a], model.textBoxes[b]])).toEqual([]);
}

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
    expect(below.arrow).toMatch(/^M0,5\.5L0,18M/);
    expect(above.arrow).toMatch(/^M0,-5\.5L0,-18M/);
    expect(model.series[0].points[0].arrow).toBeNull();
  });
  it('places each cap at its deadline year and starts the value axis at zero', () => {
    expect(model.yTicks.at(-1)!.label).not.toBe('0');
    expect(model.yTicks[0].label).toBe('0');
    const [cap2022] = model.thresholds;
    expect(cap2022.x1).toBeGreaterThan(model.series[0].points.at(-1)!.cx);
    expect(cap2022.x2).toBeLessThanOrEqual(640);
  });
  it('shows different series with different shapes', () => {
    expect(model.series[0].shape).not.toBe(model.series[1].shape);
  });
  it('keeps fewer year labels on a narrow chart', () => {
    expect(lineChartModel({ ...fixture, width: 320 }).xTicks.length).toBeLessThan(model.xTicks.length);
  });
  it('writes the point labels it is given beside their points', () => {
    expect(model.pointLabels.map((l) => l.text).sort()).toEqual(['18.4', '低于5']);
  });
  it('renders the same SVG as the reviewed snapshot', async () => {
    await expect(forSnapshot(renderLineChart(model, '测试图'))).toMatchFileSnapshot('./__snapshots__/fixture.svg');
  });
});

describe('line chart labels never collide or leave the drawing', () => {
  it.each(VARIANTS.map((v) => [v.key, v] as const))('in the %s layout', (_key, variant) => {
    const model = lineChartModel({ ...fixture, ...variant });
    expectTidy(model);
    // Both caps keep their labels, each on its own line's side: one moved instead of covering the other.
    const [a, b] = model.thresholds;
    expect(a.labelText.replace('\n', '')).toBe('2022年上限20');
    expect(b.labelText.replace('\n', '')).toBe('2025年上限21.5');
  });
  it('moves a cap label to the other side of its line when the usual side is taken (the phone case of /targets/total-water-use-2022/)', () => {
    const narrow = lineChartModel({ ...fixture, width: 320, height: 250 });
    const [cap2022, cap2025] = narrow.thresholds;
    // At 320 units the years are 17 px apart and the labels about 90 wide: they cannot both sit above.
    expect(cap2022.labelY > cap2022.y || cap2025.labelY < cap2025.y - 12).toBe(true);
    expectTidy(narrow);
  });
  it('pushes a target label at the first year inside the drawing instead of cutting it off (the /targets/urban-reclaimed-rate-2022/ case)', () => {
    const model = lineChartModel({
      series: [{ label: '某区', points: [{ year: 2023, value: 24.9, bound: 'exact' }, { year: 2024, value: 39.6, bound: 'exact' }] }],
      thresholds: [{ year: 2022, value: 18, kind: 'floor', label: '2022年全市目标18' }],
      width: 320,
      height: 250,
      unit: '%',
    });
    const [floor] = model.thresholds;
    expect(model.textBoxes.every((box) => box.x >= 0)).toBe(true);
    // The label starts at or right of the value axis, and a floor's label sits under its line.
    const labelBox = model.textBoxes.find((box) => box.y > floor.y && box.y < floor.y + 20 && box.x >= model.axis.x1 - 0.5);
    expect(labelBox).toBeDefined();
    expectTidy(model);
  });
  it('breaks a target label wider than the chart into two lines', () => {
    const model = lineChartModel({
      series: [{ label: '全市', points: [{ year: null, value: 5, bound: 'below', label: '低于5%' }] }],
      thresholds: [{ year: 2022, value: 10, kind: 'cap', label: '2022年诸暨市、新昌县上限10' }],
      width: 270,
      height: 320,
      fontSize: 18,
      unit: '%',
    });
    expect(model.thresholds[0].labelText.split('\n')).toHaveLength(2);
    expectTidy(model);
  });
  it('stacks labels of many thresholds at the same place instead of drawing them over each other', () => {
    const model = lineChartModel({
      ...fixture,
      thresholds: [18, 18.5, 19, 19.5].map((value, i) => ({ year: 2022, value, kind: 'cap' as const, label: `第${i + 1}个上限${value}` })),
      width: 320,
      height: 250,
    });
    expectTidy(model);
    expect(model.thresholds).toHaveLength(4);
  });
});

describe('figures without a year, single figures and bounds', () => {
  const model = lineChartModel({
    series: [{ label: '全市', points: [{ year: null, value: 5, bound: 'below', label: '低于5%' }] }],
    thresholds: [{ year: 2022, value: 10, kind: 'cap', label: '2022年上限10' }],
    width: 320,
    height: 250,
    unit: '%',
  });
  it('draws a figure without a year in its own column right of the years, under "年份未注明"', () => {
    const [point] = model.series[0].points;
    expect(model.slot).not.toBeNull();
    expect(point.cx).toBeGreaterThan(model.slot!.x1);
    expect(point.cx).toBeLessThan(model.slot!.x2);
    expect(model.slot!.label.text).toBe('年份未注明');
    expect(model.thresholds[0].x2).toBeLessThanOrEqual(model.slot!.x1);
  });
  it('draws a bound as an open marker with an arrow, labelled as a bound, never as an exact value', () => {
    const [point] = model.series[0].points;
    expect(point.bound).toBe('below');
    expect(point.arrow).not.toBeNull();
    expect(model.pointLabels.map((l) => l.text)).toEqual(['低于5%']);
    expect(renderLineChart(model, 't')).toContain('class="marker marker-bound"');
  });
  it('sets figures without a year from different series side by side in their column', () => {
    const two = lineChartModel({
      series: [
        { label: '全市', points: [{ year: null, value: 5000, bound: 'above', label: '超过5000' }] },
        { label: '园区', points: [{ year: null, value: 5500, bound: 'exact', label: '5500' }, { year: 2023, value: 4700, bound: 'above' }] },
      ],
      thresholds: [],
      width: 320,
      height: 250,
      unit: '万m³',
    });
    const [a, b] = [two.series[0].points[0], two.series[1].points.find((p) => p.cx > two.slot!.x1)!];
    expect(Math.abs(a.cx - b.cx)).toBeGreaterThanOrEqual(12);
    for (const p of [a, b]) expect(p.cx).toBeGreaterThan(two.slot!.x1);
    expectTidy(two);
  });
  it('labels a single dated figure with its value', () => {
    const single = lineChartModel({ series: [{ label: '嵊州市', points: [{ year: 2019, value: 19.04, bound: 'exact', label: '19.04' }] }], thresholds: [], width: 320, height: 250, unit: 'm³/万元' });
    expect(single.series[0].points).toHaveLength(1);
    expect(single.pointLabels.map((l) => l.text)).toEqual(['19.04']);
    expectTidy(single);
  });
  it('keeps the label clear of its own marker and arrow', () => {
    const [label] = model.pointLabels;
    const [point] = model.series[0].points;
    expect(boxesOverlap(label.box, { x: point.cx - 5, y: point.cy - 5, width: 10, height: 23 })).toBe(false);
  });
});
