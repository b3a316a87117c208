import { scaleLinear } from 'd3';

/** How a published figure relates to the true value (the observations' `bound`). */
export type SparkBound = 'exact' | 'below' | 'above' | 'at-least' | 'about';

/** One published figure of a series: the year it describes and its value. */
export interface SparkPoint {
  year: number;
  value: number;
  bound: SparkBound;
}

/** What the sparkline shows: the figures of one place, oldest first, and the target's value. */
export interface SparklineInput {
  points: readonly SparkPoint[];
  /** The unit printed in the label ("亿m³"). */
  unit: string;
  /** The target's value in the same unit, drawn as a dashed line; null where it has none. */
  reference: number | null;
}

/** Size in SVG user units; the component scales it with the text. */
export interface SparklineSize {
  width?: number;
  height?: number;
  /** Room around the line for the end dot and the stroke. */
  pad?: number;
}

/** A laid-out sparkline: the line, the last figure's dot and the target line. */
export interface SparklineModel {
  width: number;
  height: number;
  /** Path of the line through every figure, in year order. */
  path: string;
  /** The latest figure, marked with a dot. */
  last: { x: number; y: number };
  /** The target's value as a horizontal line, or null. */
  reference: { y: number } | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out a sparkline: years along x (so a gap in the years shows as a longer segment), values
 * along y from the lowest to the highest of the figures and the target. Null when there are
 * fewer than two figures: a single figure is a number, not a trend.
 */
export function sparklineModel(input: SparklineInput, size: SparklineSize = {}): SparklineModel | null {
  const { width = 80, height = 20, pad = 2.5 } = size;
  const points = [...input.points].sort((a, b) => a.year - b.year);
  if (points.length < 2) return null;
  const values = [...points.map((p) => p.value), ...(input.reference !== null ? [input.reference] : [])];
  const [low, high] = [Math.min(...values), Math.max(...values)];
  // A flat series sits in the middle rather than on an edge.
  const spread = high - low || Math.abs(high) || 1;
  const y = scaleLinear().domain(high === low ? [low - spread / 2, high + spread / 2] : [low, high]).range([height - pad, pad]);
  const x = scaleLinear().domain([points[0].year, points.at(-1)!.year]).range([pad, width - pad]);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(p.year))},${round(y(p.value))}`).join('');
  const end = points.at(-1)!;
  return {
    width,
    height,
    path,
    last: { x: round(x(end.year)), y: round(y(end.value)) },
    reference: input.reference !== null ? { y: round(y(input.reference)) } : null,
  };
}

const PREFIX: Record<SparkBound, string> = { exact: '', below: '低于', above: '超过', 'at-least': '至少', about: '约' };

/** The sparkline's text alternative, first and last figure: "趋势：2009年19.9亿m³至2016年18.3553亿m³，共6个数字；虚线为目标值20亿m³". */
export function sparklineLabel(input: SparklineInput): string {
  const points = [...input.points].sort((a, b) => a.year - b.year);
  if (points.length === 0) return '';
  const say = (p: SparkPoint) => `${p.year}年${PREFIX[p.bound]}${p.value}${input.unit}`;
  const trend = points.length === 1 ? say(points[0]) : `${say(points[0])}至${say(points.at(-1)!)}，共${points.length}个数字`;
  return `趋势：${trend}${input.reference !== null ? `；虚线为目标值${input.reference}${input.unit}` : ''}`;
}
