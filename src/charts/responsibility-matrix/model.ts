import { scaleBand } from 'd3';
import { rankUnits } from '../../domain/responsibilities/stats';
import { emWidth } from '../shared/text';

/** Something a header band or label points at. */
export interface MatrixRef {
  key: string;
  label: string;
  href: string;
}

/** One work item (an annex row): one column of the matrix. */
export interface MatrixItemInput {
  /** Annex row id. */
  id: string;
  /** Where the row is described (its annex table row). */
  href: string;
  /** A name that tells the item apart from its neighbours, e.g. "控制供水管网漏损（1）". */
  label: string;
  /** Its position among its parent's rows, printed above the column. */
  ordinal: number;
  /** The part of the plan (top header band). */
  part: MatrixRef;
  /** The project, for tasks (middle band); null for the other kinds. */
  section: MatrixRef | null;
  /** The measure, task, mechanism or safeguard (vertical label). */
  parent: MatrixRef;
  /** Lead and participating unit ids. */
  lead: readonly string[];
  participants: readonly string[];
}

/** One unit: one row of the matrix. */
export interface MatrixUnitInput {
  id: string;
  label: string;
  href: string;
}

/** Sizes in CSS pixels at the default 16 px root size; the component converts them to rem. */
export interface MatrixSize {
  /** Width of a column and height of a row; 44 keeps every link a 44 × 44 px target. */
  step: number;
  /** Size of label text. */
  fontSize: number;
  /** Width of the unit label column. */
  labelWidth: number;
}

export type Role = 'lead' | 'join';
export type BandLevel = 'part' | 'section' | 'parent';

export interface MatrixBand extends MatrixRef {
  level: BandLevel;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Index of the first and last column the band covers. */
  first: number;
  last: number;
}

export interface MatrixModel {
  step: number;
  fontSize: number;
  labelWidth: number;
  /** The plot (marks) area, below the header and right of the labels. */
  width: number;
  height: number;
  /** Height of the column header, and the top and height of its item-number row. */
  headerHeight: number;
  itemRow: { y: number; height: number };
  bands: MatrixBand[];
  columns: Array<{ id: string; href: string; label: string; ordinal: number; index: number; x: number; width: number }>;
  /** Units busiest first (most rows led, then joined), with their counts. */
  units: Array<{ id: string; label: string; href: string; index: number; y: number; height: number; lead: number; join: number }>;
  /** One mark per (unit, item) pair: filled for lead, outlined for participation. */
  marks: Array<{ unit: string; item: string; role: Role; row: number; col: number; cx: number; cy: number; r: number }>;
  /** Vertical rules at column edges: 0 between items, 1 between parents, 2 between parts. */
  rules: Array<{ x: number; weight: 0 | 1 | 2 }>;
}


/** Builds the matrix: positions of bands, labels and marks. Pure and deterministic. */
export function matrixModel(items: readonly MatrixItemInput[], units: readonly MatrixUnitInput[], size: MatrixSize): MatrixModel {
  const { step, fontSize, labelWidth } = size;
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  for (const item of items) {
    for (const id of [...item.lead, ...item.participants]) {
      if (!unitById.has(id)) throw new Error(`responsibility matrix: item "${item.id}" names unit "${id}", which is not in the unit list`);
    }
  }
  const ranked = rankUnits(items, units.map((unit) => unit.id));
  const x = scaleBand<string>().domain(items.map((item) => item.id)).range([0, items.length * step]);
  const y = scaleBand<string>().domain(ranked.map((unit) => unit.id)).range([0, ranked.length * step]);

  // Header rows, top to bottom: parts, projects (only if any item has one), vertical parent titles, item numbers.
  const pad = fontSize * 0.6;
  const sectionHeight = items.some((item) => item.section) ? step : 0;
  const parentHeight = Math.ceil(Math.max(0, ...items.map((item) => emWidth(item.parent.label))) * fontSize + 2 * pad);
  const itemRow = { y: step + sectionHeight + parentHeight, height: step };
  const headerHeight = itemRow.y + itemRow.height;

  const bands: MatrixBand[] = [];
  const addBands = (level: BandLevel, refOf: (item: MatrixItemInput) => MatrixRef | null, place: (ref: MatrixRef, item: MatrixItemInput) => { y: number; height: number }) => {
    items.forEach((item, index) => {
      const ref = refOf(item);
      if (!ref) return;
      const last = bands.at(-1);
      const left = x(item.id)!;
      if (last && last.level === level && last.key === ref.key && last.last === index - 1) {
        last.last = index;
        last.width = left + x.bandwidth() - last.x;
      } else {
        bands.push({ ...ref, level, x: left, width: x.bandwidth(), first: index, last: index, ...place(ref, item) });
      }
    });
  };
  addBands('part', (item) => item.part, () => ({ y: 0, height: step }));
  addBands('section', (item) => item.section, () => ({ y: step, height: sectionHeight }));
  // A parent without a project above it reaches up into the project row.
  addBands('parent', (item) => item.parent, (_ref, item) => (item.section ? { y: step + sectionHeight, height: parentHeight } : { y: step, height: sectionHeight + parentHeight }));

  const columns = items.map((item, index) => ({ id: item.id, href: item.href, label: item.label, ordinal: item.ordinal, index, x: x(item.id)!, width: x.bandwidth() }));
  const rankedUnits = ranked.map((entry, index) => {
    const unit = unitById.get(entry.id)!;
    return { id: unit.id, label: unit.label, href: unit.href, index, y: y(unit.id)!, height: y.bandwidth(), lead: entry.lead, join: entry.join };
  });
  const rowOf = new Map(rankedUnits.map((unit) => [unit.id, unit.index]));

  const marks: MatrixModel['marks'] = [];
  items.forEach((item, col) => {
    const cx = x(item.id)! + x.bandwidth() / 2;
    const add = (ids: readonly string[], role: Role) =>
      ids.forEach((unit) => marks.push({ unit, item: item.id, role, row: rowOf.get(unit)!, col, cx, cy: y(unit)! + y.bandwidth() / 2, r: round(step * (role === 'lead' ? 0.3 : 0.25)) }));
    add(item.lead, 'lead');
    add(item.participants, 'join');
  });
  // Row by row, then column by column, so the markup reads like the table does.
  marks.sort((a, b) => a.row - b.row || a.col - b.col);

  const rules: MatrixModel['rules'] = items.map((item, index) => {
    const before = items[index - 1];
    const weight = !before ? 2 : before.part.key !== item.part.key ? 2 : before.parent.key !== item.parent.key ? 1 : 0;
    return { x: x(item.id)!, weight };
  });
  rules.push({ x: items.length * step, weight: 2 });

  return { step, fontSize, labelWidth, width: items.length * step, height: ranked.length * step, headerHeight, itemRow, bands, columns, units: rankedUnits, marks, rules };
}

const round = (value: number) => Math.round(value * 100) / 100;
