import { scaleLinear } from 'd3';
import { LINE_HEIGHT, splitToFit, textBox, textWidth, type Box } from '../shared/text';

/** Text size of the 关怀模式 drawing (SiteProgress.astro's stylesheet repeats it): about the body text on a phone. */
export const CARE_FONT_SIZE = 20;

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
  /** False when the directory holds no sourced entry: the row is drawn as unknown, never as a zero bar. */
  known: boolean;
  /** The number of the note under the chart that explains this row, or null. */
  note: number | null;
}

/** Sizes and the words the chart prints; all in SVG user units. */
export interface ProgressOptions {
  width?: number;
  rowHeight?: number;
  barHeight?: number;
  /** Printed instead of a count where the directory holds nothing (暂无公开数据). */
  noData: string;
  /** Written after a label whose row has a note: "注" gives "节水型城市（注1）". */
  noteMark?: string;
  /** Text size; with `stacked`, every value gets a line of its own under its label (关怀模式's large text on a phone). */
  fontSize?: number;
  stacked?: boolean;
}

/** One laid-out row: where its label, bar and value text go. */
export interface ProgressRowModel {
  key: string;
  label: string;
  value: string;
  /** Baseline of the label text, and of the value (the same line unless stacked). */
  textY: number;
  valueY: number;
  /** Where the value text ends (right-aligned) or, stacked, starts. */
  valueX: number;
  valueAnchor: 'start' | 'end';
  barY: number;
  barHeight: number;
  /** Width of the whole track (the target), and of the filled part (the count, capped at the track). */
  trackWidth: number;
  fillWidth: number;
  /** True when the count reached the target. */
  reached: boolean;
  /** True when nothing is known: drawn hatched and outlined, with the words instead of a number. */
  unknown: boolean;
}

export interface ProgressModel {
  width: number;
  height: number;
  fontSize: number;
  rows: ProgressRowModel[];
  /** Every text's estimated box (label, value), for tests: none may overlap another or leave the drawing. */
  textBoxes: Box[];
}

/**
 * Lays out one bar per target: the track is the target, the fill the count so far. Each bar has
 * its own scale because the targets range from 1 to 300; the printed numbers carry the values.
 * A row without any sourced entry gets no fill and no track of known length: it is unknown.
 * A label too long for the width takes two lines, and a row whose label and count do not fit on
 * one line puts the count on a line of its own; each row holds its own texts, so rows never overlap.
 */
export function siteProgressModel(data: readonly ProgressDatum[], options: ProgressOptions): ProgressModel {
  const { width = 320, barHeight = 10, noData, noteMark = '注', fontSize = 14, stacked = false } = options;
  const line = Math.round(fontSize * 1.3);
  const plainHeight = options.rowHeight ?? Math.max(42, Math.round(fontSize * 2.2 + barHeight));
  let top = 0;
  const rows = data.map((datum): ProgressRowModel => {
    const unknown = !datum.known;
    const label = splitToFit(datum.note === null ? datum.label : `${datum.label}（${noteMark}${datum.note}）`, fontSize, width);
    const value = unknown ? noData : datum.goal === null ? String(datum.count) : `${datum.count} / ${datum.goal}`;
    const lines = label.split('\n').length;
    const ownLine = stacked || lines > 1 || textWidth(label, fontSize) + fontSize * 0.8 + textWidth(value, fontSize, !unknown) > width;
    const textY = top + Math.round(fontSize * 1.15);
    const valueY = ownLine ? textY + (lines - 1) * Math.round(fontSize * LINE_HEIGHT) + line : textY;
    const barY = valueY + Math.round(fontSize * 0.5);
    const goal = datum.goal ?? 0;
    const x = scaleLinear().domain([0, Math.max(goal, 1)]).range([0, width]).clamp(true);
    top = ownLine ? barY + barHeight + Math.round(fontSize * 0.55) : top + plainHeight;
    return {
      key: datum.key,
      label,
      value,
      textY,
      valueY,
      valueX: ownLine ? 0 : width,
      valueAnchor: ownLine ? 'start' : 'end',
      barY,
      barHeight,
      trackWidth: width,
      fillWidth: unknown ? 0 : Math.round(x(datum.count) * 10) / 10,
      reached: !unknown && datum.goal !== null && datum.count >= datum.goal,
      unknown,
    };
  });
  const textBoxes = rows.flatMap((row) => [
    textBox(row.label, 0, row.textY, fontSize),
    textBox(row.value, row.valueX, row.valueY, fontSize, row.valueAnchor, !row.unknown),
  ]);
  return { width, height: Math.max(plainHeight, top), fontSize, rows, textBoxes };
}
