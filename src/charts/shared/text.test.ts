import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxInside, clampSpot, emWidth, overlappingPairs, placeLabel, splitToFit, textBox, textWidth } from './text';

describe('text width estimate', () => {
  it('counts CJK characters as 1 em and digits as about 0.64 em (0.70 bold), never less than the widest site font', () => {
    expect(emWidth('年上限')).toBe(3);
    expect(emWidth('2022')).toBeCloseTo(2.56);
    expect(emWidth('2022', true)).toBeCloseTo(2.8);
    // "2025年上限21.5" measured 7.77 em in Chromium (DejaVu Sans digits, WenQuanYi Micro Hei CJK).
    expect(emWidth('2025年上限21.5')).toBeGreaterThanOrEqual(7.77);
    expect(textWidth('亿m³', 12)).toBeGreaterThanOrEqual(2.375 * 12);
  });
  it('measures a text with a line break by its longer line, one line height taller', () => {
    const one = textBox('2022年', 0, 20, 10);
    const two = textBox('2022年\n上限', 0, 20, 10);
    expect(two.width).toBe(one.width);
    expect(two.height).toBeCloseTo(one.height + 12);
  });
  it('anchors a box at its start, middle or end', () => {
    expect(textBox('年年', 100, 50, 10, 'start').x).toBe(100);
    expect(textBox('年年', 100, 50, 10, 'middle').x).toBe(90);
    expect(textBox('年年', 100, 50, 10, 'end').x).toBe(80);
    expect(textBox('年', 0, 50, 10).y).toBeCloseTo(50 - 9.5);
  });
});

describe('overlap and containment', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it('sees boxes that share area, not boxes that only touch, and allows a tolerance', () => {
    expect(boxesOverlap(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 9.5, y: 0, width: 5, height: 5 }, 1)).toBe(false);
    expect(overlappingPairs([a, { x: 5, y: 5, width: 1, height: 1 }, { x: 20, y: 20, width: 1, height: 1 }])).toEqual([[0, 1]]);
  });
  it('knows when a box leaves another', () => {
    expect(boxInside({ x: 1, y: 1, width: 5, height: 5 }, a)).toBe(true);
    expect(boxInside({ x: -1, y: 1, width: 5, height: 5 }, a)).toBe(false);
  });
});

describe('placing a label', () => {
  const frame = { x: 40, y: 0, width: 280, height: 200 };
  it('pushes a label that would be cut off at the left edge inside the frame, keeping its anchor', () => {
    // The old layout drew "2022年目标18" ending 16 units left of its line: cut off near the axis.
    const spot = clampSpot('2022年目标18', { x: 50, y: 100, anchor: 'end' }, 12, frame, true);
    expect(spot.anchor).toBe('end');
    expect(textBox('2022年目标18', spot.x, spot.y, 12, 'end', true).x).toBeCloseTo(frame.x, 1);
  });
  it('takes the first spot that overlaps no obstacle, and says when none is free', () => {
    const taken = textBox('2022年上限20', 200, 60, 12, 'middle', true);
    const spots = [{ x: 200, y: 62, anchor: 'middle' as const }, { x: 200, y: 90, anchor: 'middle' as const }];
    const placed = placeLabel('2025年上限21.5', 12, spots, [taken], frame, true)!;
    expect(placed.y).toBe(90);
    expect(boxesOverlap(placed.box, taken)).toBe(false);
    expect(placeLabel('2025年上限21.5', 12, spots.slice(0, 1), [taken], frame, true)).toBeNull();
  });
  it('breaks a label too wide for the chart into two lines, never inside a number', () => {
    expect(splitToFit('2022年上限20', 12, 300)).toBe('2022年上限20');
    const split = splitToFit('2022年诸暨市、新昌县上限10', 18, 220, true);
    expect(split.split('\n')).toHaveLength(2);
    expect(split).not.toMatch(/\d\n\d/);
    expect(Math.max(...split.split('\n').map((line) => textWidth(line, 18, true)))).toBeLessThanOrEqual(220);
  });
});
