import type { Target } from '../../schemas/targets';
import type { SiteModel } from '../site-model';
import { formatObservedValue } from './observed';
import { effectiveYear, type ObservationLike } from './status-rules';

/** The most recent published figure for a target, as every page that lists the target shows it. */
export interface LatestFigure {
  /** The observation it comes from (or the derived count, e.g. `sites-demo-hotels-2022`). */
  id: string;
  /** The figure in words, bounds kept: "18.3553亿m³", "低于5%", or a finding's words. */
  value: string;
  /** "2016年", or "年份不明，2025年发布" when the source gives no year. */
  year: string;
  /** The year it describes (or was published, when it gives none), for sorting; null when unknown. */
  yearNumber: number | null;
  /** The place it covers, named only when it differs from the target's own scope ("柯桥区"). */
  otherScope: string | null;
  /** The source id; null for figures the site derives itself (see `via`). */
  source: string | null;
  /** For figures derived on the site (counts from the sites directory): what they are and where to see them. */
  via: { label: string; href: string } | null;
}

/** What a list of targets shows for one target: the latest figure against the target value. */
export interface TargetFigures {
  latest: LatestFigure | null;
  /** The target value in compact form with its deadline: "≤20亿m³（2022年）". */
  target: string;
  /** One line: "最新 18.3553亿m³（2016年）· 目标 ≤20亿m³（2022年）", or "暂无公开数据 · 目标 …". */
  summary: string;
  /** The figures of the latest figure's place with numbers, oldest first, for a sparkline (empty when fewer than two). */
  series: Array<{ year: number; value: number; bound: ObservationLike['bound'] }>;
}

/** The words for "no published figure", the same everywhere. */
export const NO_DATA = '暂无公开数据';

type TargetValue = Pick<Target, 'kind' | 'comparator' | 'value' | 'valueMax' | 'unit' | 'baseline' | 'deadline' | 'recurring'>;

/** The target value in compact form: "≤20亿m³", "≥18%", "较2015年降低≥37%", "1～2条", "按期完成". */
export function formatTargetCompact(target: TargetValue): string {
  const { comparator, value, valueMax, unit, baseline } = target;
  if (target.kind === 'vision') return '远景目标';
  if (target.kind === 'milestone') return '按期完成';
  switch (comparator) {
    case 'at-most':
      return `≤${value}${unit}`;
    case 'at-least':
      return `≥${value}${unit}`;
    case 'equal':
      return `${value}${unit}`;
    case 'reduce-by':
      return `较${baseline?.year ?? '基准年'}年降低≥${value}${unit}`;
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

/** "（2022年）", "（每年）" or "（每年，至2025年）". */
const deadlineNote = (target: Pick<Target, 'deadline' | 'recurring'>) =>
  target.recurring ? (target.deadline ? `（每年，至${target.deadline}年）` : '（每年）') : target.deadline ? `（${target.deadline}年）` : '';

/** Figures that measure a target's own outcome: its indicator, an outcome, use rather than withdrawal. */
const isOutcomeOf = (target: Pick<Target, 'indicator'>) => (o: ObservationLike) =>
  o.indicator === target.indicator && o.signal === 'outcome' && o.quantity === 'use' && (o.value !== null || o.finding !== null);

/** The narrower area inside the scope a figure covers (an industrial park), or null for the whole place. */
const subArea = (o: ObservationLike) => (o as { scopeNote?: string | null }).scopeNote ?? null;

/** Latest first: by the year described (or published), then figures with a year before those without. */
const newestFirst = (a: ObservationLike, b: ObservationLike) =>
  (effectiveYear(b) ?? -Infinity) - (effectiveYear(a) ?? -Infinity) || Number(b.year !== null) - Number(a.year !== null) || a.id.localeCompare(b.id);

/**
 * The latest published figure for a target and the compact line every list shows. Figures for the
 * target's own scope come first; only when there are none is a figure for another place shown,
 * and then the place is named. Bounds stay bounds ("低于5%").
 */
export function targetFigures(site: Pick<SiteModel, 'content' | 'evidence' | 'index'>, target: Target & { id: string }): TargetFigures {
  const target_ = `${formatTargetCompact(target)}${deadlineNote(target)}`;
  const own = site.evidence.filter(isOutcomeOf(target));
  const inScope = own.filter((o) => target.scope.includes(o.scope));
  const pool = inScope.length > 0 ? inScope : own;
  const chosen = [...pool].sort(newestFirst)[0];
  if (!chosen) return { latest: null, target: target_, summary: `${NO_DATA} · 目标 ${target_}`, series: [] };

  const scopeName = site.index.counties.get(chosen.scope)?.name ?? chosen.scope;
  const otherScope = target.scope.includes(chosen.scope) && target.scope.length === 1 ? null : scopeName;
  const yearNumber = effectiveYear(chosen);
  const year = chosen.year !== null ? `${chosen.year}年` : `年份不明${yearNumber ? `，${yearNumber}年发布` : ''}`;
  const value = chosen.value === null ? (chosen.finding ?? '—') : formatObservedValue(chosen);
  const latest: LatestFigure = { id: chosen.id, value, year, yearNumber, otherScope, source: chosen.via ? null : chosen.source, via: chosen.via ?? null };
  const series = pool
    .filter((o) => o.scope === chosen.scope && subArea(o) === subArea(chosen) && o.year !== null && o.value !== null)
    .map((o) => ({ year: o.year!, value: o.value!, bound: o.bound }))
    .sort((a, b) => a.year - b.year);
  const where = otherScope ? `，${otherScope}` : '';
  return { latest, target: target_, summary: `最新 ${value}（${year}${where}）· 目标 ${target_}`, series: series.length >= 2 ? series : [] };
}
