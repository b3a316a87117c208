import { describe, expect, it } from 'vitest';
import { sparklineLabel, sparklineModel, type SparklineInput } from './model';
import { renderSparkline } from './render';
import { forSnapshot } from '../shared/snapshot';

// A yearly total in the shape of the city's published water use, with a gap in the years and a cap above it.
const series: SparklineInput = {
  points: [
    { year: 2009, value: 19.9, bound: 'exact' },
    { year: 2010, value: 22.5, bound: 'exact' },
    { year: 2011, value: 21.2, bound: 'exact' },
    { year: 2015, value: 18.9, bound: 'exact' },
    { year: 2016, value: 18.4, bound: 'exact' },
  ],
  unit: '亿m³',
  reference: 20,
};

describe('sparkline model', () => {
  const model = sparklineModel(series)!;

  it('puts years along x, so a gap in the years is a longer segment', () => {
    const xs = [...model.path.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBe(2.5);
    expect(xs.at(-1)).toBe(77.5);
    expect(xs[3] - xs[2]).toBeCloseTo(4 * (xs[1] - xs[0]), 0);
  });

  it('spans the highest and lowest figure, highest at the top, and draws the target inside that range', () => {
    const ys = [...model.path.matchAll(/,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBe(2.5);
    expect(Math.max(...ys)).toBe(17.5);
    expect(ys[1]).toBe(2.5);
    expect(model.reference!.y).toBeGreaterThan(2.5);
    expect(model.reference!.y).toBeLessThan(17.5);
    expect(model.last).toEqual({ x: 77.5, y: 17.5 });
  });

  it('widens the range to include a target outside the figures', () => {
    const low = sparklineModel({ ...series, reference: 10 })!;
    expect(low.reference!.y).toBe(17.5);
    expect(low.last.y).toBeLessThan(17.5);
  });

  it('draws nothing for fewer than two figures, and a flat series in the middle', () => {
    expect(sparklineModel({ ...series, points: series.points.slice(0, 1) })).toBeNull();
    const flat = sparklineModel({ points: [{ year: 2020, value: 5, bound: 'exact' }, { year: 2021, value: 5, bound: 'exact' }], unit: '%', reference: null })!;
    expect(flat.last.y).toBe(10);
    expect(flat.reference).toBeNull();
  });

  it('is deterministic and does not depend on the order it is given', () => {
    expect(sparklineModel({ ...series, points: [...series.points].reverse() })).toEqual(model);
  });

  it('says the first and last figures and the target in its label, bounds kept', () => {
    expect(sparklineLabel(series)).toBe('趋势：2009年19.9亿m³至2016年18.4亿m³，共5个数字；虚线为目标值20亿m³');
    const bounded = { points: [{ year: 2023, value: 5, bound: 'below' as const }, { year: 2024, value: 4, bound: 'about' as const }], unit: '%', reference: null };
    expect(sparklineLabel(bounded)).toBe('趋势：2023年低于5%至2024年约4%，共2个数字');
  });

  it('renders an SVG image with its label and no text inside, safe for any label', async () => {
    const svg = renderSparkline(model, sparklineLabel(series));
    expect(svg).toMatch(/^<svg class="sparkline" viewBox="0 0 80 20" role="img" aria-label="趋势：2009年/);
    expect(svg).not.toMatch(/<text/);
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(svg).toContain('stroke-dasharray');
    expect(renderSparkline(model, '"><script>x</script>')).not.toContain('<script>');
    await expect(forSnapshot(svg)).toMatchFileSnapshot('./__snapshots__/sparkline-fixture.svg');
  });
});
