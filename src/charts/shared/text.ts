/**
 * Text measurement and label placement for charts, without a DOM: widths are estimated from the
 * characters, generously, for the fonts the site names (measured in Chromium with DejaVu Sans and
 * WenQuanYi Micro Hei, the widest of them: CJK 1 em, digits 0.64 em, bold digits 0.70 em).
 * tests/browser/charts.test.ts checks the estimates against the real boxes on every chart page.
 */

/** A rectangle in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a text's box starts relative to its x: SVG's text-anchor. */
export type Anchor = 'start' | 'middle' | 'end';

/** Height above the baseline and depth below it, in ems (the line box Chromium reports for text). */
export const ASCENT = 0.95;
export const DESCENT = 0.25;
/** Distance between the baselines of a label's lines, in ems. */
export const LINE_HEIGHT = 1.2;

const NARROW = new Set([...' .,:;\'|!il·']);
const WIDE = new Set([...'mwMW%@']);
const SYMBOL = new Set([...'<>≤≥=+~±×']);
const SUPERSCRIPT = new Set([...'¹²³']);
const BRACKET = new Set([...'()[]/-_']);

/** Width of one character in ems. */
function charWidth(ch: string, bold: boolean): number {
  if (/[\u2E80-\uFFEF\u2014\u2026\u201C\u201D\u2018\u2019]/u.test(ch)) return 1;
  if (/[0-9]/.test(ch)) return bold ? 0.7 : 0.64;
  if (NARROW.has(ch)) return bold ? 0.4 : 0.34;
  if (WIDE.has(ch)) return bold ? 1.06 : 1;
  if (SYMBOL.has(ch)) return 0.84;
  if (SUPERSCRIPT.has(ch)) return 0.45;
  if (BRACKET.has(ch)) return bold ? 0.46 : 0.4;
  if (/[A-Za-z]/.test(ch)) return bold ? 0.78 : 0.72;
  return 1;
}

/** Estimated width of a text in ems (an upper bound for the site's fonts). */
export const emWidth = (text: string, bold = false): number => [...text].reduce((sum, ch) => sum + charWidth(ch, bold), 0);

/** Estimated width of a text in user units at the given font size. */
export const textWidth = (text: string, size: number, bold = false): number => emWidth(text, bold) * size;

/**
 * The box a text occupies when drawn at (x, baseline) with the given anchor. A text with line
 * breaks ("\n") is drawn one line under the other from that baseline (svgText in svg.ts).
 */
export function textBox(text: string, x: number, baseline: number, size: number, anchor: Anchor = 'start', bold = false): Box {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => textWidth(line, size, bold)));
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: baseline - ASCENT * size, width, height: (ASCENT + DESCENT + (lines.length - 1) * LINE_HEIGHT) * size };
}

/**
 * The text broken into two lines where it is wider than `maxWidth`: at the break that makes the
 * longer line shortest, never inside a number. A text that fits is returned as it is.
 */
export function splitToFit(text: string, size: number, maxWidth: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  let best = text;
  let bestWidth = Infinity;
  for (let i = 1; i < chars.length; i += 1) {
    if (/[\d.]/.test(chars[i - 1]) && /[\d.]/.test(chars[i])) continue;
    const [a, b] = [chars.slice(0, i).join(''), chars.slice(i).join('')];
    const wider = Math.max(textWidth(a, size, bold), textWidth(b, size, bold));
    if (wider < bestWidth) [best, bestWidth] = [`${a}\n${b}`, wider];
  }
  return best;
}

/** Do two boxes overlap by more than `tolerance` in both directions? */
export const boxesOverlap = (a: Box, b: Box, tolerance = 0): boolean =>
  a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;

/** Does `inner` lie inside `outer` (within `tolerance`)? */
export const boxInside = (inner: Box, outer: Box, tolerance = 0): boolean =>
  inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance && inner.x + inner.width <= outer.x + outer.width + tolerance && inner.y + inner.height <= outer.y + outer.height + tolerance;

/** A place to try for a label: its anchor point and alignment. */
export interface LabelSpot {
  x: number;
  /** Baseline. */
  y: number;
  anchor: Anchor;
}

/** A placed label: where it is drawn and the box it takes. */
export interface PlacedLabel extends LabelSpot {
  text: string;
  box: Box;
}

/**
 * Moves a spot sideways so its text stays inside the frame, keeping the anchor: a label near the
 * left edge is pushed right instead of being cut off (the "2022年目标18" case), and vice versa.
 */
export function clampSpot(text: string, spot: LabelSpot, size: number, frame: Box, bold = false): LabelSpot {
  const box = textBox(text, spot.x, spot.y, size, spot.anchor, bold);
  const shift = box.x < frame.x ? frame.x - box.x : box.x + box.width > frame.x + frame.width ? frame.x + frame.width - (box.x + box.width) : 0;
  return { ...spot, x: Math.round((spot.x + shift) * 10) / 10 };
}

/**
 * Places a label at the first spot (in the order given) where, moved inside the frame, it
 * overlaps none of the obstacles. Returns null when no spot is free; the caller decides what
 * then (a required label tries again against fewer obstacles, an optional one is left out).
 */
export function placeLabel(text: string, size: number, spots: readonly LabelSpot[], obstacles: readonly Box[], frame: Box, bold = false): PlacedLabel | null {
  for (const raw of spots) {
    const spot = clampSpot(text, raw, size, frame, bold);
    const box = textBox(text, spot.x, spot.y, size, spot.anchor, bold);
    if (!boxInside(box, frame, 0.01)) continue;
    if (obstacles.some((obstacle) => boxesOverlap(box, obstacle))) continue;
    return { ...spot, text, box };
  }
  return null;
}

/** The pairs of boxes that overlap (by more than the tolerance), by index: what the tests report. */
export function overlappingPairs(boxes: readonly Box[], tolerance = 0): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b, j) => boxesOverlap(a, b, tolerance) && pairs.push([i, i + j + 1])));
  return pairs;
}
