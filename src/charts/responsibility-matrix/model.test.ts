import { describe, expect, it } from 'vitest';
import { matrixModel, type MatrixItemInput, type MatrixUnitInput } from './model';
import { matrixPlotSvg, matrixSnapshotSvg } from './render';
import { routes } from '../../routes';
import { emWidth } from '../shared/text';

// A small fixture in the shape of the annex: two parts, one with a project, three parents.
const part = (key: string, label: string) => ({ key, label, href: `#group-${key}` });
const measures = part('measure', '二、刚性约束');
const tasks = part('task', '三、五大工程');
const urban = { key: 'urban', label: '城镇节水降损工程', href: '/projects/urban/' };
const dual = { key: 'dual-control', label: '实行总量强度双控', href: '/measures/dual-control/' };
const leakage = { key: 'leakage-control', label: '控制供水管网漏损', href: '/tasks/leakage-control/' };
const item = (id: string, ordinal: number, parentRef: typeof dual, partRef: typeof measures, section: typeof urban | null, lead: string[], participants: string[]): MatrixItemInput => ({
  id,
  href: `#row-${id}`,
  label: `${parentRef.label}（${ordinal}）`,
  ordinal,
  part: partRef,
  section,
  parent: parentRef,
  lead,
  participants,
});
const items: MatrixItemInput[] = [
  item('measure-dual-control-1', 1, dual, measures, null, ['water', 'drc'], ['statistics']),
  item('measure-dual-control-2', 2, dual, measures, null, ['water'], ['drc', 'construction']),
  item('task-leakage-control-1', 1, leakage, tasks, urban, ['construction'], ['drc', 'water']),
  item('task-leakage-control-2', 2, leakage, tasks, urban, ['law-enforcement'], ['water']),
];
const units: MatrixUnitInput[] = [
  ['construction', '建设局'],
  ['drc', '发改委'],
  ['law-enforcement', '综合行政执法局'],
  ['statistics', '统计局'],
  ['water', '水利局'],
  ['tax', '税务局'],
].map(([id, label]) => ({ id, label, href: routes.department(id) }));
const size = { step: 44, fontSize: 14, labelWidth: 120 };

describe('responsibility matrix model', () => {
  const model = matrixModel(items, units, size);

  it('draws one mark per (unit, item) pair: filled for lead, outlined for participation', () => {
    const pairs = items.flatMap((i) => [...i.lead.map((u) => `${u} ${i.id} lead`), ...i.participants.map((u) => `${u} ${i.id} join`)]);
    expect(model.marks.map((m) => `${m.unit} ${m.item} ${m.role}`).sort()).toEqual(pairs.sort());
    expect(model.marks.filter((m) => m.role === 'lead')).toHaveLength(5);
    expect(model.marks.filter((m) => m.role === 'join')).toHaveLength(6);
  });

  it('puts the busiest units first: most led, then most joined; units with no work stay, last', () => {
    expect(model.units.map((u) => u.id)).toEqual(['water', 'drc', 'construction', 'law-enforcement', 'statistics', 'tax']);
    expect(model.units[0]).toMatchObject({ lead: 2, join: 2, y: 0, height: 44 });
    expect(model.units.at(-1)).toMatchObject({ id: 'tax', lead: 0, join: 0, y: 5 * 44 });
  });

  it('centres each mark in its unit row and item column', () => {
    const mark = model.marks.find((m) => m.unit === 'law-enforcement' && m.item === 'task-leakage-control-2')!;
    expect(mark).toMatchObject({ role: 'lead', row: 3, col: 3, cx: 3 * 44 + 22, cy: 3 * 44 + 22 });
    expect(model.width).toBe(4 * 44);
    expect(model.height).toBe(6 * 44);
  });

  it('spans each header band over its run of columns, and lets a parent without a project reach up into the project row', () => {
    const band = (level: string, key: string) => model.bands.find((b) => b.level === level && b.key === key)!;
    expect(band('part', 'measure')).toMatchObject({ x: 0, width: 88, y: 0, height: 44, first: 0, last: 1 });
    expect(band('part', 'task')).toMatchObject({ x: 88, width: 88, first: 2, last: 3 });
    expect(band('section', 'urban')).toMatchObject({ x: 88, width: 88, y: 44, height: 44 });
    const parentHeight = Math.ceil(emWidth('实行总量强度双控') * 14 + 2 * 14 * 0.6);
    expect(band('parent', 'leakage-control')).toMatchObject({ y: 88, height: parentHeight });
    expect(band('parent', 'dual-control')).toMatchObject({ y: 44, height: 44 + parentHeight });
    expect(model.itemRow).toEqual({ y: 88 + parentHeight, height: 44 });
    expect(model.headerHeight).toBe(88 + parentHeight + 44);
    expect(model.bands.filter((b) => b.level === 'section')).toHaveLength(1);
  });

  it('separates parts with strong rules and parents with lighter ones', () => {
    expect(model.rules.map((r) => r.weight)).toEqual([2, 0, 2, 0, 2]);
  });

  it('is deterministic', () => {
    expect(matrixModel(items, units, size)).toEqual(model);
  });

  it('refuses an item that names a unit it was not given, naming both', () => {
    expect(() => matrixModel([item('x-1', 1, dual, measures, null, ['nobody'], [])], units, size)).toThrow(/item "x-1" names unit "nobody"/);
  });

  it('writes as many lead and participation circles as the model has marks', () => {
    const svg = matrixPlotSvg(model);
    const count = (group: string) => (svg.split(`class="${group}"`)[1]!.split('</g>')[0]!.match(/<circle /g) ?? []).length;
    expect(count('marks-lead')).toBe(5);
    expect(count('marks-join')).toBe(6);
  });

  it('renders the fixture to the SVG snapshot a reviewer can open', async () => {
    await expect(matrixSnapshotSvg(model, '责任矩阵示例：6个单位 × 4项工作')).toMatchFileSnapshot('./__snapshots__/matrix-fixture.svg');
  });
});
