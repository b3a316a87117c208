import { scaleLinear } from 'd3';
import { markerPath, type Shape } from '../shared/markers';
import { PALETTE } from '../shared/palette';
import { boxesOverlap, textBox, textWidth, type Box } from '../shared/text';
import { placeThresholdLabels, placePointLabels, type PlacedText } from './labels';

export interface LinePoint {
  /** The year the figure describes; null when the source does not say (drawn in a column of its own). */
  year: number | null;
  value: number;
  /** exact, or a bound: the true value is below / above / about this number. */
  bound: 'exact' | 'below' | 'above' | 'at-least' | 'about';
  /** Text written beside the point ("18.3553", "低于5%"); null or absent for none. */
  label?: string | null;
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
  /** Text size in user units (12 unless a layout asks for more). */
  fontSize?: number;
  /** Axis label of the column for figures without a year. */
  undatedLabel?: string;
}

const SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond'];
const round = (n: number) => Math.round(n * 10) / 10;
const BOUND_WORD = { exact: '', below: '低于', above: '超过', 'at-least': '至少', about: '约' } as const;

/**
 * Lays out a line chart of published figures: one run of line per stretch of consecutive years
 * (a missing year is a gap, never zero), markers that show bounds as arrows, figures without a
 * year in a column of their own right of the years, thresholds at their deadline and, where
 * given, the straight path from baseline to target. Every text is placed by its estimated box:
 * labels that would collide move to the other side of their line or further off, and labels near
 * an edge are pushed inside the drawing rather than cut off.
 */
export function lineChartModel(input: LineInput) {
  const { width, height } = input;
  const fs = input.fontSize ?? 12;
  const undatedLabel = input.undatedLabel ?? '年份未注明';
  const all = input.series.flatMap((s) => s.points);
  const hasUndated = all.some((p) => p.year === null);
  const years = [...all.flatMap((p) => (p.year === null ? [] : [p.year])), ...input.thresholds.map((t) => t.year), ...(input.path ? [input.path.from.year, input.path.to.year] : [])];
  const values = [...all.map((p) => p.value), ...input.thresholds.map((t) => t.value), ...(input.path ? [input.path.from.value, input.path.to.value] : [])];

  // Vertical: the unit on a line of its own at the top, the year labels under the axis.
  const unitLabel = { x: 0, y: round(fs), text: input.unit };
  const top = round(fs * 2.6);
  const axisY = round(height - fs * 2);
  const y = scaleLinear().domain([0, Math.max(...values, 0) * 1.12 || 1]).nice().range([axisY, top]);
  const yTickValues = y.ticks(Math.max(2, Math.floor((axisY - top) / (fs * 2.6))));
  const yTickText = yTickValues.map(String);
  // Horizontal: room for the widest value label on the left.
  const left = round(Math.max(fs * 2, ...yTickText.map((t) => textWidth(t, fs))) + fs * 0.6);
  const right = round(width - fs * 0.5);
  const slotWidth = !hasUndated ? 0 : years.length === 0 ? right - left : round(Math.max(textWidth(undatedLabel, fs) + fs, (right - left) * 0.22));
  const yearsRight = right - slotWidth;
  const minYear = years.length ? Math.min(...years) : 0;
  const maxYear = years.length ? Math.max(...years) : 0;
  const x = scaleLinear().domain([minYear - 0.5, maxYear + 0.5]).range([left, yearsRight]);
  const slotX = round(yearsRight + slotWidth / 2);
  // Figures without a year stand side by side in their column, one place per series, so none hides another.
  const undatedSeries = input.series.map((s, i) => (s.points.some((p) => p.year === null) ? i : -1)).filter((i) => i >= 0);
  const spread = Math.min(fs * 1.4, slotWidth / Math.max(1, undatedSeries.length));
  const slotXOf = (series: number) => round(slotX + (undatedSeries.indexOf(series) - (undatedSeries.length - 1) / 2) * spread);
  const xOf = (year: number | null, series = -1) => round(year === null ? (series >= 0 ? slotXOf(series) : slotX) : x(year));

  const yTicks = yTickValues.map((value, i) => ({ y: round(y(value)), label: yTickText[i], x: round(left - fs * 0.5) }));
  // As many year labels as fit side by side, first year first.
  const perYear = years.length ? (yearsRight - left) / (maxYear - minYear + 1) : 0;
  const yearStep = Math.max(1, Math.ceil((textWidth('2000', fs) + fs) / Math.max(perYear, 1)));
  const xTicks: Array<{ x: number; y: number; label: string; anchor: 'middle' | 'start' | 'end' }> = [];
  const tickY = round(axisY + fs * 1.6);
  if (years.length) for (let year = minYear; year <= maxYear; year += yearStep) xTicks.push({ x: round(x(year)), y: tickY, label: String(year), anchor: 'middle' });
  const slot = hasUndated
    ? { x1: round(yearsRight), x2: right, label: { x: Math.min(slotX, round(right - textWidth(undatedLabel, fs) / 2)), y: tickY, text: undatedLabel }, divider: years.length > 0 }
    : null;
  // A year label that would run into the edge or the undated column is left out.
  const slotBox = slot ? textBox(slot.label.text, slot.label.x, slot.label.y, fs, 'middle') : null;
  const yTickBoxes = yTicks.map((t) => textBox(t.label, t.x, t.y + fs * 0.35, fs, 'end'));
  const fitsX = (t: (typeof xTicks)[number]) => {
    const box = textBox(t.label, t.x, t.y, fs, 'middle');
    return box.x >= 0 && box.x + box.width <= width && (!slotBox || box.x + box.width + fs * 0.5 <= slotBox.x) && !yTickBoxes.some((b) => boxesOverlap(b, box));
  };
  const shownXTicks = xTicks.filter(fitsX);

  const r = fs * 0.375;
  const arrowLength = fs * 1.5;
  const series = input.series.map((s, i) => {
    const sorted = [...s.points].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
    const runs: LinePoint[][] = [];
    for (const point of sorted.filter((p) => p.year !== null)) {
      const run = runs.at(-1);
      if (run && point.year! - run.at(-1)!.year! === 1) run.push(point);
      else runs.push([point]);
    }
    const shape = SHAPES[i % SHAPES.length];
    return {
      label: s.label,
      /** Palette slot: colour comes from the stylesheet (.series-N), never an inline style. */
      index: i % PALETTE.length,
      colour: PALETTE[i % PALETTE.length],
      shape,
      marker: markerPath(shape, r),
      lines: runs.filter((run) => run.length > 1).map((run) => run.map((p, j) => `${j ? 'L' : 'M'}${xOf(p.year)},${round(y(p.value))}`).join('')),
      points: sorted.map((p) => ({
        cx: xOf(p.year, i),
        cy: round(y(p.value)),
        bound: p.bound,
        label: p.label ?? null,
        // Bounds point the way the true value lies: down for "below", up for "above".
        arrow: p.bound === 'below' ? arrowPath(1, r, arrowLength) : p.bound === 'above' || p.bound === 'at-least' ? arrowPath(-1, r, arrowLength) : null,
        title: `${p.year === null ? undatedLabel : `${p.year}年`}：${BOUND_WORD[p.bound]}${p.value}${input.unit}`,
      })),
    };
  });

  const thresholdLines = input.thresholds.map((t) => {
    const half = Math.max(fs * 0.7, Math.min(fs * 1.2, perYear * 0.9));
    return { x1: round(Math.max(left, x(t.year) - half)), x2: round(Math.min(yearsRight, x(t.year) + half)), y: round(y(t.value)), kind: t.kind, label: t.label };
  });

  // Everything already drawn that a label must not cover.
  const fixed: Box[] = [
    textBox(unitLabel.text, unitLabel.x, unitLabel.y, fs),
    ...yTickBoxes,
    ...shownXTicks.map((t) => textBox(t.label, t.x, t.y, fs, 'middle')),
    ...(slotBox ? [slotBox] : []),
  ];
  const markers: Box[] = series.flatMap((s) =>
    s.points.map((p) => {
      const up = p.arrow && p.bound !== 'below' ? arrowLength : r;
      const down = p.arrow && p.bound === 'below' ? arrowLength : r;
      return { x: p.cx - r - 1, y: p.cy - up - 1, width: 2 * r + 2, height: up + down + 2 };
    }),
  );
  const segments: Box[] = [
    ...thresholdLines.map((t) => ({ x: t.x1, y: t.y - 2, width: t.x2 - t.x1, height: 4 })),
    ...(slot?.divider ? [{ x: slot.x1 - 1, y: top, width: 2, height: axisY - top }] : []),
  ];
  const frame: Box = { x: left, y: 0, width: width - left - 1, height: axisY };
  const thresholdLabels = placeThresholdLabels(thresholdLines, { fs, frame, fixed, markers, segments });
  const pointLabels = placePointLabels(
    series.flatMap((s, i) => s.points.filter((p) => p.label).map((p) => ({ series: i, cx: p.cx, cy: p.cy, bound: p.bound, text: p.label!, r }))),
    { fs, frame, fixed: [...fixed, ...thresholdLabels.map((l) => l.box)], markers, segments },
  );
  const thresholds = thresholdLines.map((t, i) => ({ ...t, labelText: thresholdLabels[i].text, labelX: thresholdLabels[i].x, labelY: thresholdLabels[i].y, anchor: thresholdLabels[i].anchor }));
  const path = input.path ? `M${xOf(input.path.from.year)},${round(y(input.path.from.value))}L${xOf(input.path.to.year)},${round(y(input.path.to.value))}` : null;
  return {
    width,
    height,
    fontSize: fs,
    xTicks: shownXTicks,
    yTicks,
    series,
    thresholds,
    pointLabels: pointLabels as PlacedText[],
    path,
    slot,
    axis: { x1: left, x2: right, y: axisY, top },
    unit: input.unit,
    unitLabel,
    /** Every text's estimated box, for tests: none may overlap another or leave the drawing. */
    textBoxes: [...fixed, ...thresholdLabels.map((l) => l.box), ...pointLabels.map((l) => l.box)],
  };
}

/** An arrow from the marker's edge in direction `dir` (1 down, -1 up). */
function arrowPath(dir: 1 | -1, r: number, length: number): string {
  const f = (n: number) => round(n * dir);
  const head = r * 0.9;
  return `M0,${f(r + 1)}L0,${f(length)}M${round(-head)},${f(length - head * 1.2)}L0,${f(length)}L${round(head)},${f(length - head * 1.2)}`;
}

export type LineChartModel = ReturnType<typeof lineChartModel>;
