import { ASCENT, DESCENT, LINE_HEIGHT, placeLabel, clampSpot, splitToFit, textBox, type Box, type LabelSpot, type PlacedLabel } from '../shared/text';

/** A label the line chart draws, with its box. */
export interface PlacedText extends PlacedLabel {
  /** The series it belongs to (point labels). */
  series?: number;
}

/** What a label must stay clear of, and where it may go. */
export interface LabelContext {
  fs: number;
  /** The drawing area labels may use (right of the value axis, above the year axis). */
  frame: Box;
  /** Texts already drawn (axis labels, unit, earlier labels): never covered. */
  fixed: Box[];
  /** Markers with their bound arrows, and threshold segments: avoided where possible. */
  markers: Box[];
  segments: Box[];
}

/** Line spacing when a label moves away from its line to make room. */
const STEP = 1.25;

/**
 * Places each threshold label ("2022年上限20") by its own line: a cap's label above the line, a
 * floor's below; if that collides with another label, an axis label or a marker, the other side,
 * then a line further off, and so on. A label near the left or right edge is pushed inside the
 * drawing. A threshold label is always drawn: when every spot covers a marker or a line, it takes
 * the first spot that covers no text.
 */
export function placeThresholdLabels(
  lines: ReadonlyArray<{ x1: number; x2: number; y: number; kind: 'cap' | 'floor'; label: string }>,
  context: LabelContext,
): PlacedText[] {
  const { fs, frame } = context;
  const placed: PlacedText[] = [];
  for (const line of lines) {
    // A label wider than the drawing takes two lines.
    const text = splitToFit(line.label, fs, frame.width, true);
    const spots = thresholdSpots(line, fs, text.split('\n').length);
    const texts = [...context.fixed, ...placed.map((p) => p.box)];
    const label =
      placeLabel(text, fs, spots, [...texts, ...context.markers, ...context.segments], frame, true) ??
      placeLabel(text, fs, spots, texts, frame, true) ??
      forced(text, spots[0], fs, frame, true);
    placed.push(label);
  }
  return placed;
}

/** Spots for a threshold label, nearest first: above or below its segment, centred or aligned with an end. */
export function thresholdSpots(line: { x1: number; x2: number; y: number; kind: 'cap' | 'floor' }, fs: number, lineCount = 1): LabelSpot[] {
  const sides = line.kind === 'cap' ? (['above', 'below'] as const) : (['below', 'above'] as const);
  const across = [
    { x: (line.x1 + line.x2) / 2, anchor: 'middle' as const },
    { x: line.x2, anchor: 'end' as const },
    { x: line.x1, anchor: 'start' as const },
  ];
  const spots: LabelSpot[] = [];
  for (let k = 0; k <= 6; k += 1) {
    for (const side of sides) {
      const y = side === 'above' ? line.y - 3 - (DESCENT + (lineCount - 1) * LINE_HEIGHT) * fs - k * STEP * fs : line.y + 3 + ASCENT * fs + k * STEP * fs;
      for (const a of across) spots.push({ x: a.x, y: Math.round(y * 10) / 10, anchor: a.anchor });
    }
  }
  return spots;
}

/**
 * Places the labels of single points ("18.3553", "低于5%") beside their marker: right, above,
 * below or left, clear of a bound's arrow. A point label that finds no free spot is left out
 * (the figure stays in the marker's tooltip and the table).
 */
export function placePointLabels(
  points: ReadonlyArray<{ series: number; cx: number; cy: number; bound: string; text: string; r: number }>,
  context: LabelContext,
): PlacedText[] {
  const { fs, frame } = context;
  const placed: PlacedText[] = [];
  for (const point of points) {
    const spots = pointSpots(point, fs);
    const texts = [...context.fixed, ...placed.map((p) => p.box)];
    // Failing a free spot, a label may cross other markers and lines, never text or its own marker.
    const own = context.markers.filter((m) => m.x < point.cx && point.cx < m.x + m.width && m.y < point.cy && point.cy < m.y + m.height);
    const label =
      placeLabel(point.text, fs, spots, [...texts, ...context.markers, ...context.segments], frame) ??
      placeLabel(point.text, fs, spots, [...texts, ...own], frame);
    if (label) placed.push({ ...label, series: point.series });
  }
  return placed;
}

/** Spots around a point, nearest first; a bound's arrow side comes last. */
export function pointSpots(point: { cx: number; cy: number; bound: string; r: number }, fs: number): LabelSpot[] {
  const gap = point.r + 3;
  const arrowDown = point.bound === 'below';
  const arrowUp = point.bound === 'above' || point.bound === 'at-least';
  const reach = fs * 1.5 + 2;
  const mid = point.cy + 0.35 * fs;
  const spots: LabelSpot[] = [
    { x: point.cx + gap, y: mid, anchor: 'start' },
    { x: point.cx - gap, y: mid, anchor: 'end' },
  ];
  for (let k = 0; k <= 3; k += 1) {
    const above = point.cy - (arrowUp ? reach : gap) - DESCENT * fs - k * STEP * fs;
    const below = point.cy + (arrowDown ? reach : gap) + ASCENT * fs + k * STEP * fs;
    spots.push({ x: point.cx, y: above, anchor: 'middle' }, { x: point.cx, y: below, anchor: 'middle' });
  }
  return spots.map((s) => ({ ...s, y: Math.round(s.y * 10) / 10 }));
}

/** The first spot moved inside the frame, when nothing better is free. */
function forced(text: string, spot: LabelSpot, fs: number, frame: Box, bold: boolean): PlacedText {
  const at = clampSpot(text, spot, fs, frame, bold);
  return { ...at, text, box: textBox(text, at.x, at.y, fs, at.anchor, bold) };
}
