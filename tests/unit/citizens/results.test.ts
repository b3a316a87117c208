import { describe, expect, it } from 'vitest';
import { describePerPerson } from '../../../src/domain/citizens/result-words';
import { usesChart } from '../../../src/domain/citizens/uses-chart';
import { toCoefficients } from '../../../src/domain/citizens/coefficients';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR } from '../../helpers/content-copy';

const k = toCoefficients(readContent(CONTENT_DIR).content.coefficients);
const refs = { range: '《城市居民生活用水量标准》（GB/T 50331-2002）', national: '水利部《2023年中国水资源公报》' };

describe('what a per-person figure means, in words', () => {
  it('places it in the GB/T 50331 range and beside the national average', () => {
    const w = describePerPerson(131.5, k, refs);
    expect(w.answer).toBe('人均每天约 132 升');
    expect(w.verdict).toBe('处在《城市居民生活用水量标准》（GB/T 50331-2002）为浙江等第三区城市居民给出的标准值 120～180 升/人·日之内。');
    expect(w.national).toBe('与水利部《2023年中国水资源公报》的全国人均居民生活用水量 125 升/日（含城镇和农村居民，只作参照）相比，多约 7 升。');
  });
  it('says below, above and "about the same" plainly, with what to do when above', () => {
    expect(describePerPerson(90, k, refs).verdict).toMatch(/^低于/);
    expect(describePerPerson(90, k, refs).national).toContain('少约 35 升');
    const above = describePerPerson(250, k, refs);
    expect(above.verdict).toMatch(/^高于/);
    expect(above.meaning).toContain('漏水');
    expect(describePerPerson(125.2, k, refs).national).toContain('大致相同');
  });
  it('never prints NaN or Infinity for the figures the forms accept', () => {
    for (const lpd of [0, 0.4, 120, 180, 180.4, 1e6]) expect(Object.values(describePerPerson(lpd, k, refs)).join('')).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('where the water goes: the chart model', () => {
  const chart = usesChart([{ name: '淋浴', litresPerDay: 270 }, { name: '水龙头', litresPerDay: 120 }, { name: '其他', litresPerDay: 0 }]);
  it('scales bars to the largest and labels each with its name, litres and share', () => {
    expect(chart.bars.map((b) => [b.name, b.value, b.share])).toEqual([['淋浴', '270 升', '69%'], ['水龙头', '120 升', '31%'], ['其他', '0 升', '0%']]);
    expect(chart.bars[1].width / chart.bars[0].width).toBeCloseTo(120 / 270, 6);
    expect(chart.bars[2].width).toBe(0);
    expect(chart.bars.every((b) => chart.labelWidth + b.width <= chart.width)).toBe(true);
  });
  it('gives one row per use and a summary for screen readers', () => {
    expect(chart.height).toBe(3 * 30);
    expect(chart.summary).toBe('全家每天的用水中，淋浴 270 升（69%），水龙头 120 升（31%），其他 0 升（0%）。');
    expect(usesChart([]).summary).toBe('没有计入任何用水。');
  });
});
