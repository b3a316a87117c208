import { describe, expect, it } from 'vitest';
import { statusOverviewModel } from './model';
import { forSnapshot } from '../shared/snapshot';
import { renderStatusOverview } from './render';
import { STATUS_STYLE, STATUSES } from '../../domain/targets/status';

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
  it('renders the same SVG as the reviewed snapshot', async () => {
    await expect(forSnapshot(renderStatusOverview(statusOverviewModel(groups, 340), '测试图'))).toMatchFileSnapshot('./__snapshots__/fixture.svg');
  });
});

describe('the stylesheet and the model agree on colours', () => {
  it('each status class in charts.css carries the colour the legend uses', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../shared/charts.css', import.meta.url), 'utf8');
    for (const status of STATUSES) {
      expect(css).toContain(`.chart .mark-${status} { --status: ${STATUS_STYLE[status].colour}; }`);
    }
  });
});
