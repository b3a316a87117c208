import type { Target } from '../../schemas/targets';

type TargetValue = Pick<Target, 'comparator' | 'value' | 'valueMax' | 'unit' | 'baseline' | 'kind' | 'qualifier'>;

const joinUnit = (value: number, unit: string) => `${value}${unit}`;

/** The target's threshold in words, e.g. "较2015年降低37%以上", "不超过20亿m³", "1～2条". */
export function formatTargetValue(target: TargetValue): string {
  const { comparator, value, valueMax, unit, baseline } = target;
  if (target.kind === 'vision') return '远景目标（无量化指标）';
  if (target.kind === 'milestone') return '按期完成';
  switch (comparator) {
    case 'reduce-by':
      return `较${baseline?.year ?? '基准年'}年降低${value}${unit}以上`;
    case 'at-least':
      return `不低于${joinUnit(value ?? 0, unit)}`;
    case 'at-most':
      return `不超过${joinUnit(value ?? 0, unit)}`;
    case 'equal':
      return joinUnit(value ?? 0, unit);
    case 'between':
      return `${value}～${valueMax}${unit}`;
    case 'increase':
      return '逐年提高';
    case 'maintain':
      return '保持全省最先进水平';
    default:
      return '—';
  }
}

/** The deadline in words: "2022年", or "每年" for recurring targets. */
export function formatDeadline(target: Pick<Target, 'deadline' | 'recurring'>): string {
  if (target.recurring === 'per-year') return target.deadline ? `每年（至${target.deadline}年）` : '每年';
  return target.deadline ? `${target.deadline}年` : '—';
}

/** Joins names the Chinese way, with the enumeration comma. */
export const listNames = (names: readonly string[]): string => names.join('、');
