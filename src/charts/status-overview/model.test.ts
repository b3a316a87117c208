import { describe, expect, it } from 'vitest';
import { statusOverviewModel } from './model';
import { forSnapshot } from '../shared/snapshot';
import { renderStatusOverview } from './render';
import { STATUS_STYLE, STATUSES } from '../../domain/targets/status';
import { VARIANTS } from '../shared/variants';
import { overlappingPairs } from '../shared/text';

const items = (n: number, status: (typeof STATUSES)[number]) => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, title: `目标${i}`, status, href: `/targets/t${i}/` }));
const groups = [
  { key: '2022', title: '2022年', items: [...items(30, 'overdue-no-data'), ...items(2, 'achieved')] },
  { key: '2035', title: '2035年', items: items(1, 'not-measurable') },
];

describe('status overview model', () => {
  it('every status has its own shape, so colour is never the only signal', () => {
    expect(new Set(STATUSES.map((s) => STATUS_STYLE[s].shape)).size).toBe(STATUSES.length);
  });
  it('draws one mark per target', () => {
    const model = statusOverviewModel(groups, 640);
    expect(model.rows.map((r) => r.marks.length)).toEqual([32, 1]);
  });
  it('wraps long rows on a narrow screen and grows taller instead of overflowing', () => {
    const wide = statusOverviewModel(groups, 640);
    const narrow = statusOverviewModel(groups, 340);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(Math.max(...narrow.rows.flatMap((r) => r.marks.map((m) => m.cx)))).toBeLessThan(340);
  });
  it.each(VARIANTS.map((v) => [v.key, v] as const))('fits its row labels and marks in the %s layout', (_key, variant) => {
    const model = statusOverviewModel(groups, variant.width, variant.fontSize);
    expect(model.textBoxes.every((box) => box.x + box.width <= model.labelWidth)).toBe(true);
    expect(Math.max(...model.rows.flatMap((r) => r.marks.map((m) => m.cx)))).toBeLessThan(variant.width - 7);
    expect(overlappingPairs(model.textBoxes)).toEqual([]);
    expect(model.height).toBeGreaterThanOrEqual(Math.max(...model.rows.flatMap((r) => r.marks.map((m) => m.cy))));
  });
  it('renders the same SVG as the reviewed snapshot', async () => {
    await expect(forSnapshot(renderStatusOverview(statusOverviewModel(groups, 340), '测试图'))).toMatchFileSnapshot('./__snapshots__/fixture.svg');
  });
});
