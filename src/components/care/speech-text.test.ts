import { describe, expect, it } from 'vitest';
import { toUtterances } from './speech-text';

describe('toUtterances', () => {
  it('keeps a short line whole and never joins two lines', () => {
    expect(toUtterances(['目标', '全市用水总量控制在20亿立方米以内。'])).toEqual(['目标', '全市用水总量控制在20亿立方米以内。']);
  });

  it('cuts a long line after sentences, packing whole sentences up to the limit', () => {
    const line = '第一句话。第二句话！第三句话？第四句话；';
    expect(toUtterances([line], 10)).toEqual(['第一句话。第二句话！', '第三句话？第四句话；']);
  });

  it('cuts a sentence longer than the limit after commas, then anywhere, and loses no character', () => {
    const sentence = `${'甲'.repeat(8)}，${'乙'.repeat(8)}、${'丙'.repeat(25)}。`;
    const pieces = toUtterances([sentence], 10);
    expect(pieces.join('')).toBe(sentence);
    expect(pieces.every((piece) => piece.length <= 10)).toBe(true);
    expect(pieces[0]).toBe(`${'甲'.repeat(8)}，`);
  });
});
