import type { SiteModel } from '../site-model';
import type { Target } from '../../schemas/targets';
import type { StatusResult } from './status-rules';
import { targetFigures } from './latest';
import { groupTargets } from './groups';
import { targetFilters, type TargetFilter } from './filters';
import { listNames } from './format';
import { routes } from '../../routes';
import { statusOverviewView, type StatusOverviewView } from './chart-views/overview';
import { countyRefs, isCountyScoped, type CountyRef } from '../counties/links';

type TargetEntry = Target & { id: string };
type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>;

/** The figures of one place for a sparkline (the shape src/charts/sparkline/model.ts draws). */
export interface TrendView {
  points: Array<{ year: number; value: number; bound: 'exact' | 'below' | 'above' | 'at-least' | 'about' }>;
  /** The target's unit, which its figures share (the content check refuses any other). */
  unit: string;
  /** The target's value as a line to compare with, where it is one number in the figures' unit. */
  reference: number | null;
}

/** What every list shows beside a target: the latest figure against the target value, and its trend. */
export interface FiguresView {
  /** "最新 18.3553亿m³（2016年）· 目标 ≤20亿m³（2022年）", or "暂无公开数据 · 目标 …" (src/domain/targets/latest.ts). */
  summary: string;
  /** True only when there is no published figure at all (bounds and directory counts are figures). */
  none: boolean;
  /** Two or more figures of the latest figure's place, for a sparkline; null otherwise. */
  trend: TrendView | null;
}

/** The latest-figure line and the trend of one target. */
export function figuresView(site: Pick<SiteModel, 'content' | 'evidence' | 'index'>, target: TargetEntry): FiguresView {
  const figures = targetFigures(site, target);
  const comparable = target.kind === 'quantitative' && ['at-most', 'at-least', 'equal'].includes(target.comparator ?? '') && target.value !== null;
  return {
    summary: figures.summary,
    none: figures.latest === null,
    trend: figures.series.length >= 2 ? { points: figures.series, unit: target.unit, reference: comparable ? target.value : null } : null,
  };
}

/** The names of the places a target covers: "绍兴市（全市）", "诸暨市、新昌县". */
export const scopeNames = (site: Pick<SiteModel, 'index'>, scope: readonly string[]): string => listNames(scope.map((id) => site.index.counties.get(id)?.name ?? id));

/** One target in a table: its name and link, latest figure, places and status. */
export interface TargetRowView {
  id: string;
  href: string;
  title: string;
  qualifier: string | null;
  figures: FiguresView;
  scope: string;
  /** The counties the target names, as links to their pages; empty for a target of the whole city. */
  scopeCounties: CountyRef[];
  result: StatusResult;
}

function targetRow(site: Site, target: TargetEntry): TargetRowView {
  return {
    id: target.id,
    href: routes.target(target.id),
    title: target.title,
    qualifier: target.qualifier ?? null,
    figures: figuresView(site, target),
    scope: scopeNames(site, target.scope),
    scopeCounties: isCountyScoped(target.scope) ? countyRefs(site.content, target.scope) : [],
    result: site.statuses.get(target.id)!,
  };
}

/** A row of the targets table on a project, task, measure or mechanism page: with the clause it comes from. */
export interface TargetTableRowView extends TargetRowView {
  clause: { href: string; label: string };
}

/** The rows of TargetTable (the targets of a plan entity), in the order given. */
export function targetTableRows(site: Site, targets: readonly TargetEntry[]): TargetTableRowView[] {
  return targets.map((target) => ({
    ...targetRow(site, target),
    clause: { href: routes.clause(target.clause), label: site.index.clauses.get(target.clause)?.heading ?? '主要目标' },
  }));
}

/** A row of the targets dashboard: with the lead units the annex names for it. */
export interface DashboardRowView extends TargetRowView {
  /** Short names of the lead units, or 附件未单列. */
  lead: string;
}

/** Everything /targets/ and its filter pages show. */
export interface TargetDashboardView {
  title: string;
  description: string;
  breadcrumbs: Array<{ label: string; href?: string }>;
  total: number;
  asOf: string;
  /** On a filter page, how many targets it keeps in words ("方案 48 项目标中，“2025年”的有 3 项"); null on the full dashboard. */
  filtered: string | null;
  /** The status overview chart, shown on the full dashboard only (null on a filter page). */
  overview: StatusOverviewView | null;
  facets: Array<{ facet: TargetFilter['facet']; title: string; filters: Array<{ label: string; count: number; href: string; current: boolean }> }>;
  /** Back to every target, on a filter page. */
  allHref: string | null;
  shown: number;
  groups: Array<{ key: string; title: string; sections: Array<{ title: string; rows: DashboardRowView[] }> }>;
}

const FACETS = [
  { facet: 'deadline', title: '按期限' },
  { facet: 'section', title: '按方案部分' },
  { facet: 'status', title: '按状态' },
] as const;

/** The keys of one facet's filter pages (/targets/<facet>/<key>/). */
export function targetFilterKeys(site: Site, facet: TargetFilter['facet']): string[] {
  return targetFilters(site.content, site.index, site.statuses).filter((f) => f.facet === facet).map((f) => f.key);
}

/** The dashboard of every target, or of those one filter keeps, grouped by deadline and section of the plan. */
export function targetDashboardView(site: Site, filter?: { facet: TargetFilter['facet']; key: string }): TargetDashboardView {
  const { content, index } = site;
  const filters = targetFilters(content, index, site.statuses);
  const active = filter ? filters.find((f) => f.facet === filter.facet && f.key === filter.key) : undefined;
  if (filter && !active) throw new Error(`targetDashboardView: no filter ${filter.facet}/${filter.key}`);
  const leadOf = (id: string) => {
    const rows = index.rowsForTarget(id);
    return rows.length > 0 ? listNames([...new Set(rows.flatMap((row) => row.lead))].map((unit) => index.departments.get(unit)!.shortName)) : '附件未单列';
  };
  const groups = groupTargets(content, index)
    .map((group) => ({
      key: group.key,
      title: group.title,
      sections: group.sections
        .map((section) => ({ title: section.title, rows: section.targets.filter((t) => !active || active.matches(t)).map((t) => ({ ...targetRow(site, t), lead: leadOf(t.id) })) }))
        .filter((section) => section.rows.length > 0),
    }))
    .filter((group) => group.sections.length > 0);
  const title = active ? `目标：${active.label}` : '全部目标与进展';
  const shown = groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.rows.length, 0), 0);
  return {
    title,
    description: `方案设定的 ${content.targets.length} 项目标，每项都有最新公开数字、状态、判断规则和数据来源。`,
    breadcrumbs: active ? [{ label: '目标', href: routes.targets() }, { label: active.label }] : [{ label: '目标' }],
    total: content.targets.length,
    asOf: site.asOf,
    filtered: active ? `方案 ${content.targets.length} 项目标中，“${active.label}”的有 ${shown} 项。` : null,
    overview: active ? null : statusOverviewView(site),
    facets: FACETS.map(({ facet, title: facetTitle }) => ({
      facet,
      title: facetTitle,
      filters: filters.filter((f) => f.facet === facet).map((f) => ({ label: f.label, count: content.targets.filter(f.matches).length, href: f.href, current: f === active })),
    })),
    allHref: active ? routes.targets() : null,
    shown,
    groups,
  };
}
