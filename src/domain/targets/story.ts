import type { SiteModel } from '../site-model';
import type { Target } from '../../schemas/targets';
import type { StatusResult } from './status-rules';
import { STATUS_STYLE, STATUSES, type Status } from './status';
import { targetFigures } from './latest';
import { figuresView, type TrendView } from './views';
import { routes } from '../../routes';

type TargetEntry = Target & { id: string };
type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>;

/** Statuses that are a verdict on the target; the others say that no verdict is possible yet. */
export const VERDICTS: readonly Status[] = ['achieved', 'on-track', 'behind', 'missed'];

/** How many targets have a verdict, and which. */
export interface VerdictSummary {
  total: number;
  asOf: string;
  /** Targets whose status is a verdict (已达成, 进展符合预期, 进度落后, 已过期限，未达成). */
  withVerdict: number;
  /** Each verdict status with its targets, named and linked, best first. */
  verdicts: Array<{ status: Status; label: string; symbol: string; href: string; targets: Array<{ title: string; href: string; late: boolean }> }>;
  /** The statuses without a verdict, with their counts and filter pages. */
  open: Array<{ status: Status; label: string; symbol: string; count: number; href: string }>;
}

/** The verdicts, from the statuses the published rules computed. */
export function verdictSummary(site: Site): VerdictSummary {
  const ordered = site.index.inPlanOrder(site.content.targets);
  const statusOf = (t: TargetEntry) => site.statuses.get(t.id)!;
  const withStatus = (status: Status) => ordered.filter((t) => statusOf(t).status === status);
  const verdicts = VERDICTS.filter((status) => withStatus(status).length > 0).map((status) => ({
    status,
    label: STATUS_STYLE[status].label,
    symbol: STATUS_STYLE[status].symbol,
    href: routes.targetFilter('status', status),
    targets: withStatus(status).map((t) => ({ title: t.title, href: routes.target(t.id), late: status === 'achieved' && statusOf(t).onTime !== true })),
  }));
  const open = STATUSES.filter((status) => !VERDICTS.includes(status) && withStatus(status).length > 0).map((status) => ({
    status,
    label: STATUS_STYLE[status].label,
    symbol: STATUS_STYLE[status].symbol,
    count: withStatus(status).length,
    href: routes.targetFilter('status', status),
  }));
  return { total: ordered.length, asOf: site.asOf, withVerdict: verdicts.reduce((n, v) => n + v.targets.length, 0), verdicts, open };
}

/** Targets past their deadline without any published figure at all, and those with only older figures. */
export interface OverdueSummary {
  /** 已过期限，未见公开数据, and not one published figure for the target's indicator. */
  withoutAnyFigure: number;
  /** 已过期限，未见公开数据, but with a figure from before the deadline or for another place. */
  withOlderFigure: number;
  href: string;
  methodsHref: string;
  requestHref: string;
}

/** How many overdue targets have no figure at all: the figure nobody can check. */
export function overdueSummary(site: Site): OverdueSummary {
  const overdue = site.content.targets.filter((t) => site.statuses.get(t.id)!.status === 'overdue-no-data');
  const withoutAnyFigure = overdue.filter((t) => targetFigures(site, t).latest === null).length;
  return {
    withoutAnyFigure,
    withOlderFigure: overdue.length - withoutAnyFigure,
    href: routes.targetFilter('status', 'overdue-no-data'),
    methodsHref: routes.methods(),
    requestHref: routes.request(),
  };
}

/** One known figure set against its target, for the home page. */
export interface TellingFigureView {
  id: string;
  href: string;
  title: string;
  /** "18.3553亿m³". */
  value: string;
  /** "2016年", "2024年，柯桥区", "年份不明，2025年发布，绍兴市（全市）". */
  when: string;
  /** "≤20亿m³（2022年）". */
  target: string;
  result: StatusResult;
  trend: TrendView | null;
}

/** Comparators whose target is a number a published figure can be read against. */
const NUMERIC = new Set(['at-most', 'at-least', 'equal', 'between', 'reduce-by']);

/**
 * The most telling known figures, by a fixed rule rather than by hand:
 * 1. a target qualifies when its latest figure is a published number (not a claim in words, nor a
 *    count from the site's own directory, which is a floor) and its target value is a number;
 * 2. one target per indicator: the one with the earliest deadline (the first the figure can settle);
 * 3. the plan's headline targets (主要目标) come first, then the most recent figure, then plan order;
 * 4. the first `limit` of them (three).
 */
export function tellingFigures(site: Site, limit = 3): TellingFigureView[] {
  const evidence = new Map(site.evidence.map((o) => [o.id, o]));
  const position = new Map(site.index.inPlanOrder(site.content.targets).map((t, i) => [t.id, i]));
  const candidates = site.content.targets.flatMap((target) => {
    const figures = targetFigures(site, target);
    const latest = figures.latest;
    if (target.kind !== 'quantitative' || !NUMERIC.has(target.comparator ?? '') || !latest || latest.via !== null) return [];
    if (evidence.get(latest.id)?.value == null) return [];
    return [{ target, figures, latest }];
  });
  const deadline = (t: TargetEntry) => t.deadline ?? Infinity;
  const firstPerIndicator = candidates.filter(
    (c) => !candidates.some((o) => o.target.indicator === c.target.indicator && (deadline(o.target) < deadline(c.target) || (deadline(o.target) === deadline(c.target) && position.get(o.target.id)! < position.get(c.target.id)!))),
  );
  const headline = (t: TargetEntry) => (t.parent.kind === 'goal' ? 0 : 1);
  return firstPerIndicator
    .sort((a, b) => headline(a.target) - headline(b.target) || (b.latest.yearNumber ?? -Infinity) - (a.latest.yearNumber ?? -Infinity) || position.get(a.target.id)! - position.get(b.target.id)!)
    .slice(0, limit)
    .map(({ target, figures, latest }) => ({
      id: target.id,
      href: routes.target(target.id),
      title: target.title,
      value: latest.value,
      when: `${latest.year}${latest.otherScope ? `，${latest.otherScope}` : ''}`,
      target: figures.target,
      result: site.statuses.get(target.id)!,
      trend: figuresView(site, target).trend,
    }));
}
