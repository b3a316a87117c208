import { describe, expect, it } from 'vitest';
import { unitRolesModel } from './model';
import { unitRolesSvg } from './render';
import { boxInside, overlappingPairs, textWidth } from '../shared/text';
import { ROLES_LAYOUTS } from './variants';
import { forSnapshot } from '../shared/snapshot';

// Counts in the shape of the annex's: one unit leads most, some only join, one does nothing, one has a long name.
const units = [
  { id: 'drc', label: '发改委', lead: 7, join: 34 },
  { id: 'water', label: '水利局', lead: 26, join: 27 },
  { id: 'statistics', label: '统计局', lead: 0, join: 5 },
  { id: 'law-enforcement', label: '综合行政执法局', lead: 9, join: 25 },
  { id: 'county-party', label: '县（市、区）党委政府', lead: 1, join: 0 },
  { id: 'tax', label: '税务局', lead: 0, join: 0 },
];
const size = { width: 360, rowHeight: 28, fontSize: 15 };
const fontSizeOf = (m: { fontSize: number }) => m.fontSize;

describe('unit roles chart model', () => {
  const model = unitRolesModel(units, size);

  it('orders units busiest first: most led, then most joined', () => {
    expect(model.rows.map((row) => row.id)).toEqual(['water', 'law-enforcement', 'drc', 'county-party', 'statistics', 'tax']);
  });

  it('makes the name column as wide as the longest name, so no name is cut off at the left', () => {
    expect(model.plotX).toBeGreaterThanOrEqual(textWidth('县（市、区）党委政府', 15));
    for (const row of model.rows) expect(row.labelX - textWidth(row.label, 15)).toBeGreaterThanOrEqual(0);
  });

  it('stacks the participation bar right after the lead bar, on one scale', () => {
    const water = model.rows[0]!;
    expect(water.lead.x).toBe(model.plotX);
    expect(water.join.x).toBeCloseTo(water.lead.x + water.lead.width, 1);
    // The busiest unit's 53 items fill the plot; the others are drawn to the same scale.
    expect(water.lead.width + water.join.width).toBeCloseTo(model.plotWidth, 0);
    const drc = model.rows.find((row) => row.id === 'drc')!;
    expect(drc.lead.width).toBeCloseTo((7 / 53) * model.plotWidth, 0);
    expect(drc.join.width).toBeCloseTo((34 / 53) * model.plotWidth, 0);
  });

  it('gives a unit with no work empty bars, and says so in numbers', () => {
    const tax = model.rows.at(-1)!;
    expect(tax.lead.width + tax.join.width).toBe(0);
    expect(tax.valueText).toBe('0 / 0');
  });

  it.each(Object.entries(ROLES_LAYOUTS))('keeps every text inside the chart and apart in the %s layout', (_name, layout) => {
    const m = unitRolesModel(units, layout);
    expect(m.textBoxes.filter((box) => !boxInside(box, { x: 0, y: 0, width: m.width, height: m.height }, 0.5))).toEqual([]);
    expect(overlappingPairs(m.textBoxes)).toEqual([]);
  });

  it('in 关怀模式 on a phone writes each name on its own line above its bar', () => {
    const m = unitRolesModel(units, ROLES_LAYOUTS.careNarrow);
    expect(m.plotX).toBeLessThan(fontSizeOf(m));
    for (const row of m.rows) expect(row.labelY).toBeLessThan(row.barY);
  });

  it('labels the axis with whole numbers', () => {
    expect(model.ticks.map((tick) => tick.label)).toEqual(['0', '20', '40']);
    expect(model.height).toBe(30 + 6 * 28);
  });

  it('is deterministic', () => {
    expect(unitRolesModel([...units].reverse(), size)).toEqual(model);
  });

  it('draws filled lead bars and outlined participation bars, and renders to the SVG snapshot', async () => {
    const svg = unitRolesSvg(model, '各单位牵头和参与的工作数');
    expect(svg.match(/class="bar-lead"/g)).toHaveLength(4);
    expect(svg.match(/class="bar-join"/g)).toHaveLength(4);
    await expect(forSnapshot(svg)).toMatchFileSnapshot('./__snapshots__/unit-roles-fixture.svg');
  });
});
