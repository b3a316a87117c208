import { describe, expect, it } from 'vitest';
import { formatTargetCompact, NO_DATA, targetFigures } from '../../../src/domain/targets/latest';
import { realSite } from '../../helpers/site';

const site = realSite();
const target = (id: string) => site.content.targets.find((t) => t.id === id)!;
const figures = (id: string) => targetFigures(site, target(id));

describe('the latest figure beside a target', () => {
  it('shows total water use in 2016 against the 2022 cap', () => {
    const f = figures('total-water-use-2022');
    expect(f.summary).toBe('最新 18.3553亿m³（2016年）· 目标 ≤20亿m³（2022年）');
    expect(f.latest?.source).toBe('bulletin-2016');
    expect(f.series.map((p) => p.year)).toEqual([2009, 2010, 2011, 2012, 2015, 2016]);
  });
  it('keeps a bound as a bound and says the year is unknown', () => {
    const f = figures('city-leakage-best-2022');
    expect(f.latest?.value).toBe('低于5%');
    expect(f.latest?.year).toMatch(/^年份不明/);
    expect(f.series).toEqual([]);
  });
  it('names the place when the only figure covers another place than the target', () => {
    const f = figures('urban-reclaimed-rate-2022');
    expect(f.latest?.otherScope).toBe('柯桥区');
    expect(f.summary).toContain('柯桥区');
  });
  it('says there is no published figure where there is none', () => {
    const none = site.content.targets.find((t) => !site.evidence.some((o) => o.indicator === t.indicator && o.signal === 'outcome'))!;
    const f = targetFigures(site, none);
    expect(f.latest).toBeNull();
    expect(f.summary.startsWith(NO_DATA)).toBe(true);
  });
  it('writes every kind of target value compactly', () => {
    const base = { kind: 'quantitative', valueMax: null, unit: '%', baseline: null, deadline: 2022, recurring: null } as const;
    expect(formatTargetCompact({ ...base, comparator: 'at-least', value: 18 })).toBe('≥18%');
    expect(formatTargetCompact({ ...base, comparator: 'reduce-by', value: 37, baseline: { year: 2015 } })).toBe('较2015年降低≥37%');
    expect(formatTargetCompact({ ...base, comparator: 'between', value: 1, valueMax: 2, unit: '条' })).toBe('1～2条');
    expect(formatTargetCompact({ ...base, kind: 'milestone', comparator: null, value: null, unit: '' })).toBe('按期完成');
  });
  it('gives every target a summary line that names its target value', () => {
    for (const t of site.content.targets) expect(targetFigures(site, t).summary).toContain('目标 ');
  });
});
