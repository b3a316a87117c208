import { describe, expect, it } from 'vitest';
import { sectorBarsModel } from './model';
import { forSnapshot } from '../shared/snapshot';
import { renderSectorBars } from './render';
import { boxInside, overlappingPairs } from '../shared/text';
import { VARIANTS } from '../shared/variants';

const sectors = [{ key: 'a', label: '农田灌溉' }, { key: 'b', label: '林牧渔畜' }, { key: 'c', label: '工业' }, { key: 'd', label: '城镇公共、生活、生态' }];
const input = {
  years: [
    { year: 2012, total: 19, parts: [{ key: 'a', value: 7 }, { key: 'b', value: 2 }, { key: 'c', value: 6 }, { key: 'd', value: 4 }] },
    { year: 2016, total: 18, parts: [{ key: 'a', value: 7 }, { key: 'b', value: 1.5 }, { key: 'c', value: 5 }, { key: 'd', value: null }] },
  ],
  sectors, width: 640, unit: '亿m³',
};
const model = sectorBarsModel(input);

describe('sector bars model', () => {
  it('stacks published sectors end to end', () => {
    const [bar] = model.bars;
    expect(bar.segments).toHaveLength(4);
    for (let i = 1; i < bar.segments.length; i += 1) expect(bar.segments[i].x).toBeCloseTo(bar.segments[i - 1].x + bar.segments[i - 1].width, 0);
    expect(bar.unpublished).toBeNull();
  });
  it('leaves an unpublished sector out and marks the rest of the total as unpublished, without a number', () => {
    const bar = model.bars[1];
    expect(bar.segments.map((s) => s.key)).toEqual(['a', 'b', 'c']);
    expect(bar.unpublished).not.toBeNull();
    expect(bar.unpublished!.x + bar.unpublished!.width).toBeCloseTo(bar.totalX!, 0);
  });
  it('gives sectors textures as well as colours', () => {
    expect(new Set(model.legend.map((l) => `${l.fill}${l.pattern}`)).size).toBe(4);
  });
  it.each(VARIANTS.map((v) => [v.key, v] as const))('keeps every text inside the drawing and clear of the others in the %s layout (the unit no longer sits on the last value label)', (_key, variant) => {
    const m = sectorBarsModel({ ...input, width: variant.width, fontSize: variant.fontSize });
    expect(m.textBoxes.filter((box) => !boxInside(box, { x: 0, y: 0, width: m.width, height: m.height }, 0.5))).toEqual([]);
    expect(overlappingPairs(m.textBoxes)).toEqual([]);
    expect(m.ticks.length).toBeGreaterThanOrEqual(2);
  });
  it('renders the same SVG as the reviewed snapshot', async () => {
    await expect(forSnapshot(renderSectorBars(model, '测试图', 'test'))).toMatchFileSnapshot('./__snapshots__/fixture.svg');
  });
});
