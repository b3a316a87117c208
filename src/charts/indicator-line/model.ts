import { scaleLinear } from 'd3';
import { markerPath, PALETTE, type Shape } from '../shared/markers';

export interface LinePoint {
  year: number;
  value: number;
  /** exact, or a bound: the true value is below / above / about this number. */
  bound: 'exact' | 'below' | 'above' | 'at-least' | 'about';
}
export interface LineSeries {
  /** Legend label, e.g. 绍兴市（全市）. */
  label: string;
  points: LinePoint[];
}
export interface Threshold {
  year: number;
  value: number;
  kind: 'cap' | 'floor';
  label: string;
}
export interface LineInput {
  series: LineSeries[];
  thresholds: Threshold[];
  /** Straight path from a baseline to a target, where the target is defined against one. */
  path?: { from: { year: number; value: number }; to: { year: number; value: number } } | null;
  width: number;
  height: number;
  unit: string;
}

const SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond'];
const MARGIN = { top: 16, right: 16, bottom: 36, left: 52 };
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out a line chart of published figures: one run of line per stretch of consecutive years
 * (a missing year is a gap, never zero), markers that show bounds as arrows, thresholds at their
 * deadline and, where given, the straight path from baseline to target.
 */
export function lineChartModel(input: LineInput) {
  const { width, height } = input;
  const all = input.series.flatMap((s) => s.points);
  const years = [...all.map((p) => p.year), ...input.thresholds.map((t) => t.year), ...(input.path ? [input.path.from.year, input.path.to.year] : [])];
  const values = [...all.map((p) => p.value), ...input.thresholds.map((t) => t.value), ...(input.path ? [input.path.from.value, input.path.to.value] : [])];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const x = scaleLinear().domain([minYear - 0.5, maxYear + 0.5]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, Math.max(...values) * 1.12]).nice().range([height - MARGIN.bottom, MARGIN.top]);
  const yearStep = Math.max(1, Math.ceil((maxYear - minYear + 1) / Math.max(2, Math.floor((width - 70) / 46))));
  const xTicks = [];
  for (let year = minYear; year <= maxYear; year += yearStep) xTicks.push({ x: round(x(year)), label: String(year) });
  const yTicks = y.ticks(5).map((value) => ({ y: round(y(value)), label: String(value) }));

  const series = input.series.map((s, i) => {
    const sorted = [...s.points].sort((a, b) => a.year - b.year);
    const runs: LinePoint[][] = [];
    for (const point of sorted) {
      const run = runs.at(-1);
      if (run && point.year - run.at(-1)!.year === 1) run.push(point);
      else runs.push([point]);
    }
    const shape = SHAPES[i % SHAPES.length];
    return {
      label: s.label,
      /** Palette slot: colour comes from the stylesheet (.series-N), never an inline style. */
      index: i % PALETTE.length,
      colour: PALETTE[i % PALETTE.length],
      shape,
      marker: markerPath(shape, 4.5),
      lines: runs.filter((run) => run.length > 1).map((run) => run.map((p, j) => `${j ? 'L' : 'M'}${round(x(p.year))},${round(y(p.value))}`).join('')),
      points: sorted.map((p) => ({
        cx: round(x(p.year)),
        cy: round(y(p.value)),
        bound: p.bound,
        // Bounds point the way the true value lies: down for "below", up for "above".
        arrow: p.bound === 'below' ? `M0,6L0,18M-4,13L0,18L4,13` : p.bound === 'above' || p.bound === 'at-least' ? `M0,-6L0,-18M-4,-13L0,-18L4,-13` : null,
        title: `${p.year}年：${p.bound === 'below' ? '低于' : p.bound === 'above' ? '超过' : p.bound === 'at-least' ? '至少' : p.bound === 'about' ? '约' : ''}${p.value}${input.unit}`,
      })),
    };
  });
  const thresholds = input.thresholds.map((t) => ({
    x1: round(x(t.year) - 14), x2: round(x(t.year) + 14), y: round(y(t.value)), kind: t.kind, label: t.label,
    labelX: round(x(t.year) - 16), labelY: round(y(t.value) + (t.kind === 'cap' ? -6 : 14)),
  }));
  const path = input.path ? `M${round(x(input.path.from.year))},${round(y(input.path.from.value))}L${round(x(input.path.to.year))},${round(y(input.path.to.value))}` : null;
  return { width, height, xTicks, yTicks, series, thresholds, path, axis: { x1: MARGIN.left, x2: width - MARGIN.right, y: height - MARGIN.bottom, top: MARGIN.top }, unit: input.unit };
}

export type LineChartModel = ReturnType<typeof lineChartModel>;
