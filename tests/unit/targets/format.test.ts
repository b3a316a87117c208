import { describe, expect, it } from 'vitest';
import { formatDeadline, formatTargetValue } from '../../../src/domain/targets/format';

const base = { kind: 'quantitative' as const, valueMax: null, baseline: null, qualifier: null };

describe('formatTargetValue writes the threshold in words', () => {
  it.each([
    [{ ...base, comparator: 'reduce-by' as const, value: 37, unit: '%', baseline: { year: 2015 } }, '较2015年降低37%以上'],
    [{ ...base, comparator: 'at-least' as const, value: 0.601, unit: '' }, '不低于0.601'],
    [{ ...base, comparator: 'at-most' as const, value: 21.5, unit: '亿m³' }, '不超过21.5亿m³'],
    [{ ...base, comparator: 'equal' as const, value: 10, unit: '个' }, '10个'],
    [{ ...base, comparator: 'between' as const, value: 1, valueMax: 2, unit: '条' }, '1～2条'],
    [{ ...base, comparator: 'increase' as const, value: null, unit: '%' }, '逐年提高'],
    [{ ...base, comparator: 'maintain' as const, value: null, unit: '' }, '保持全省最先进水平'],
    [{ ...base, kind: 'milestone' as const, comparator: null, value: null, unit: '' }, '按期完成'],
  ])('%o → %s', (target, expected) => {
    expect(formatTargetValue(target)).toBe(expected);
  });
});

describe('formatDeadline', () => {
  it('writes a year', () => expect(formatDeadline({ deadline: 2022, recurring: null })).toBe('2022年'));
  it('writes a yearly commitment', () => expect(formatDeadline({ deadline: null, recurring: 'per-year' })).toBe('每年'));
});
