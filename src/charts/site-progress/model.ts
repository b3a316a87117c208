import { scaleLinear } from 'd3';

/** One bar: how many sourced sites count towards a target, against the target's number. */
export interface ProgressDatum {
  /** Stable key (the target id). */
  key: string;
  /** Row label, e.g. 节水示范酒店. */
  label: string;
  /** Sites in the directory that count towards the target. */
  count: number;
  /** The target's number, or null where the plan sets none. */
  goal: number | null;
}

/** Sizes and the words the chart prints; all in SVG user units. */
export interface ProgressOptions {
  width?: number;
  rowHeight?: number;
  barHeight?: number;
  /** Printed instead of a count where the directory holds nothing. */
  noData: string;
}

/** One laid-out row: where its label, bar and value text go. */
export interface ProgressRowModel {
  key: string;
  label: string;
  value: string;
  /** Baseline of the label and value text. */
  textY: number;
  barY: number;
  barHeight: number;
  /** Width of the whole track (the target), and of the filled part (the count, capped at the track). */
  trackWidth: number;
  fillWidth: number;
  /** True when the count reached the target. */
  reached: boolean;
  /** True when the directory holds nothing for this target. */
  empty: boolean;
}

export interface ProgressModel {
  width: number;
  height: number;
  rows: ProgressRowModel[];
}

/**
 * Lays out one bar per target: the track is the target, the fill the count so far. Each bar has
 * its own scale because the targets range from 1 to 300; the printed numbers carry the values.
 */
export function siteProgressModel(data: readonly ProgressDatum[], options: ProgressOptions): ProgressModel {
  const { width = 320, rowHeight = 42, barHeight = 10, noData } = options;
  const rows = data.map((datum, i): ProgressRowModel => {
    const top = i * rowHeight;
    const goal = datum.goal ?? 0;
    const x = scaleLinear().domain([0, Math.max(goal, 1)]).range([0, width]).clamp(true);
    const empty = datum.count === 0;
    return {
      key: datum.key,
      label: datum.label,
      value: empty ? noData : datum.goal === null ? String(datum.count) : `${datum.count} / ${datum.goal}`,
      textY: top + 16,
      barY: top + 23,
      barHeight,
      trackWidth: width,
      fillWidth: Math.round(x(datum.count) * 10) / 10,
      reached: datum.goal !== null && datum.count >= datum.goal,
      empty,
    };
  });
  return { width, height: Math.max(rowHeight, rows.length * rowHeight), rows };
}
