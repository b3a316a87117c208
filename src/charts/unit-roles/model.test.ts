import { describe, expect, it } from 'vitest';
import { unitRolesModel } from './model';
import { unitRolesSvg } from './render';

// Counts in the shape of the annex's: one unit leads most, some only join, one does nothing.
const units = [
  { id: 'drc', label: '发改委', lead: 7, join: 34 },
  { id: 'water', label: '水利局', lead: 26, join: 27 },
  { id: 'statistics', label: '统计局', lead: 0, join: 5 },
  { id: 'law-enforcement', label: '综合行政执法局', lead: 9, join: 25 },
  { id: 'tax', label: '税务局', lead: 0, join: 0 },
];
const size = { width: 360, rowHeight: 28, labelWidth: 158, fontSize: 15 };

describe('unit roles chart model', () => {
  const model = unitRolesModel(units, size);

  it('orders units busiest first: most led, then most joined', () => {
    expect(model.rows.map((row) => row.id)).toEqual(['water', 'law-enforcement', 'drc', 'statistics', 'tax']);
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

  it('keeps every value label inside the chart and labels the axis with whole numbers', () => {
    for (const row of model.rows) expect(row.valueX + 7 * 0.6 * size.fontSize).toBeLessThanOrEqual(size.width);
    expect(model.ticks.map((tick) => tick.label)).toEqual(['0', '20', '40']);
    expect(model.height).toBe(30 + 5 * 28);
  });

  it('is deterministic', () => {
    expect(unitRolesModel([...units].reverse(), size)).toEqual(model);
  });

  it('draws filled lead bars and outlined participation bars, and renders to the SVG snapshot', async () => {
    const svg = unitRolesSvg(model, '各单位牵头和参与的工作数');
    expect(svg.match(/class="bar-lead"/g)).toHaveLength(3);
    expect(svg.match(/class="bar-join"/g)).toHaveLength(4);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/unit-roles-fixture.svg');
  });
});
