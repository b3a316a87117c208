import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { STATUS_STYLE, countByStatus } from '../targets/status';
import { targetFigures, NO_DATA } from '../targets/latest';
import { formatDeadline } from '../targets/format';
import { formatObservedValue } from '../targets/observed';
import { effectiveYear } from '../targets/status-rules';
import { indicatorChartInput, type IndicatorChartInput } from './chart-input';
import { addresseeOf, needsFigure, REGULATION_SOURCE, responsibleFor, scopeNames, yearsWanted, type RequestBasis, type RequestUnit } from './request';
import { planTitleOf, siteTagline } from '../plan/title';
import { countyRefs, isCountyScoped, type CountyRef } from '../counties/links';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>;
type Target = SiteModel['content']['targets'][number];

// ─── Link-preview images ──────────────────────────────────────────────────────────────────────

/** What one 1,200 × 630 preview image shows: the page's own headline. */
export interface ShareCard {
  /** Where the PNG is written: routes.shareImage(…). */
  path: string;
  /** The line above the title: "目标 · 2022年 · 绍兴市（全市）". */
  kicker: string;
  title: string;
  /** A target's status in the site's words, symbol and colour. */
  status: { label: string; symbol: string; colour: string } | null;
  /** The headline figure in words ("最新 18.3553亿m³（2016年）· 目标 ≤20亿m³（2022年）"), or what is missing. */
  lines: string[];
  /** An indicator's chart, drawn from the same inputs as on its page. */
  chart: IndicatorChartInput | null;
  /** The site's card: how many targets have each status, in display order. */
  tally: Array<{ symbol: string; label: string; count: number; colour: string }>;
  /** The bottom line: site name and the data's "as of" date. */
  footer: string;
}

const footerOf = (site: Site) => `${t('site.name')} · 数据核对截至 ${site.asOf}`;

/** The latest published figure of an indicator, any place: "最新 18.3553亿m³（2016年，绍兴市（全市））". */
function latestOfIndicator(site: Site, indicatorId: string): string | null {
  const figures = site.content.observations.filter((o) => o.indicator === indicatorId && (o.value !== null || o.finding !== null));
  const latest = [...figures].sort((a, b) => (effectiveYear(b) ?? -Infinity) - (effectiveYear(a) ?? -Infinity) || a.id.localeCompare(b.id))[0];
  if (!latest) return null;
  const year = latest.year !== null ? `${latest.year}年` : '年份不明';
  return `最新 ${formatObservedValue(latest)}（${year}，${site.index.counties.get(latest.scope)?.name ?? latest.scope}${latest.scopeNote ? `，${latest.scopeNote}` : ''}）`;
}

/** The site's own preview card: its name, what it is, and how the plan's targets stand. */
export function siteCard(site: Site): ShareCard {
  const { targets } = site.content;
  const counts = countByStatus(targets, (target) => site.statuses.get(target.id)!.status);
  return {
    path: routes.shareImage(),
    kicker: siteTagline(planTitleOf(site)),
    title: t('site.name'),
    status: null,
    lines: [`方案提出的${targets.length}项目标，按公开数据判断：`],
    chart: null,
    tally: counts.map(({ status, count }) => ({ ...STATUS_STYLE[status], count })),
    footer: `方案为征求意见稿 · 数据核对截至 ${site.asOf}`,
  };
}

/** A target's card: its title, status and latest figure against the target value. */
export function targetCard(site: Site, target: Target): ShareCard {
  const status = site.statuses.get(target.id)!.status;
  const { symbol, label, colour } = STATUS_STYLE[status];
  return {
    path: routes.shareImage({ kind: 'target', id: target.id }),
    kicker: `目标 · ${formatDeadline(target)} · ${scopeNames(site, target.scope)}`,
    title: target.title,
    status: { symbol, label, colour },
    lines: [targetFigures(site, target).summary],
    chart: null,
    tally: [],
    footer: footerOf(site),
  };
}

/** An indicator's card: its name, latest figure and, where it has a published number, its chart. */
export function indicatorCard(site: Site, indicatorId: string): ShareCard {
  const indicator = site.content.indicators.find((i) => i.id === indicatorId)!;
  const latest = latestOfIndicator(site, indicatorId);
  const missing = [NO_DATA, ...(indicator.dataNeeded ? [`需要：${indicator.dataNeeded}`] : [])];
  return {
    path: routes.shareImage({ kind: 'indicator', id: indicatorId }),
    kicker: `指标${indicator.unit ? ` · 单位：${indicator.unit}` : ''}`,
    title: indicator.name,
    status: null,
    lines: latest ? [latest] : missing,
    chart: indicatorChartInput(site, indicatorId),
    tally: [],
    footer: footerOf(site),
  };
}

/** Every preview image the build writes: the site's, then one per target and one per indicator. */
export function shareCards(site: Site): ShareCard[] {
  return [siteCard(site), ...site.content.targets.map((target) => targetCard(site, target)), ...site.content.indicators.map((i) => indicatorCard(site, i.id))];
}

// ─── Embedding ────────────────────────────────────────────────────────────────────────────────

/** An indicator whose chart can be embedded elsewhere: every indicator with at least one published number. */
export interface EmbedTarget {
  id: string;
  name: string;
  /** The full page the embed links back to. */
  pageHref: string;
  /** The embed page itself. */
  embedHref: string;
}

/** Every embeddable chart (indicators with at least one published number, so a chart to show). */
export function embeddable(site: Pick<SiteModel, 'content' | 'index'>): EmbedTarget[] {
  return site.content.indicators
    .filter((indicator) => indicatorChartInput(site, indicator.id) !== null)
    .map((indicator) => ({ id: indicator.id, name: indicator.name, pageHref: routes.indicator(indicator.id), embedHref: routes.embed(indicator.id) }));
}

/** The iframe code another site pastes to show an indicator's chart ("嵌入"). */
export interface EmbedSnippet {
  /** Absolute address of the embed page. */
  url: string;
  /** The iframe's title, read by screen readers on the host page. */
  title: string;
  /** The code to copy. */
  code: string;
}

/** The embed code of an indicator's chart, with the configured public address of the site. */
export function embedSnippet(site: Pick<SiteModel, 'content' | 'index'>, indicatorId: string, siteUrl: URL | string): EmbedSnippet | null {
  const target = embeddable(site).find((e) => e.id === indicatorId);
  if (!target) return null;
  const url = new URL(target.embedHref, siteUrl).href;
  const title = `${target.name}：已公开的数字与目标（${t('site.name')}）`;
  const code = `<iframe src="${url}" title="${title}" width="100%" height="720" loading="lazy"></iframe>`;
  return { url, title, code };
}

// ─── Asking for a missing figure ──────────────────────────────────────────────────────────────

/** What the "向谁申请" section shows for a target or indicator without the figure it needs. */
export interface RequestSection {
  subject: { kind: 'target' | 'indicator'; id: string; title: string; href: string };
  /** The figure wanted, as specific as the site can say it. */
  figure: string;
  /** Places it should cover, in words ("诸暨市、新昌县"; an indicator's targets' places joined by "；"). */
  scope: string;
  /** The same places, each once, as links to their county pages. */
  places: CountyRef[];
  /** Years it should cover. */
  years: string;
  lead: RequestUnit[];
  participants: RequestUnit[];
  /** Where the units come from (one basis per target; an indicator lists its targets' bases). */
  bases: RequestBasis[];
  /** Printable requests, one per target in need. */
  letters: Array<{ title: string; href: string }>;
  /** The page that explains the procedure once. */
  guideHref: string;
  /** The regulation, as the site cites it. */
  law: { title: string; href: string };
}

function lawOf(site: Pick<SiteModel, 'content'>) {
  const source = site.content.sources.find((s) => s.id === REGULATION_SOURCE);
  if (!source) throw new Error(`content/sources/${REGULATION_SOURCE}.yaml is missing; request sections cite it`);
  return { title: `《${source.title}》`, href: routes.source(source.id) };
}

/** The figure a target needs: its indicator's `dataNeeded`, or a description of the target's progress. */
function figureFor(site: Site, target: Target): string {
  const indicator = site.content.indicators.find((i) => i.id === target.indicator)!;
  return indicator.dataNeeded ?? `方案目标“${target.title}”落实情况的政府信息`;
}

const uniqueBy = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];

/** The "向谁申请" section of a target page, or null when the target has the figure it needs. */
export function targetRequest(site: Site, targetId: string): RequestSection | null {
  const target = site.index.targets.get(targetId);
  if (!target) throw new Error(`no target "${targetId}"`);
  if (!needsFigure(site, target)) return null;
  const responsible = responsibleFor(site, target);
  return {
    subject: { kind: 'target', id: target.id, title: target.title, href: routes.target(target.id) },
    figure: figureFor(site, target),
    scope: scopeNames(site, target.scope),
    places: countyRefs(site.content, target.scope),
    years: yearsWanted(target),
    lead: responsible.lead,
    participants: responsible.participants,
    bases: [responsible.basis],
    letters: [{ title: target.title, href: routes.targetRequest(target.id) }],
    guideHref: routes.request(),
    law: lawOf(site),
  };
}

/**
 * The "向谁申请" section of an indicator page: the units of every target that uses the indicator
 * and lacks its figure, lead units first; null when none does (context indicators included).
 */
export function indicatorRequest(site: Site, indicatorId: string): RequestSection | null {
  const indicator = site.content.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`no indicator "${indicatorId}"`);
  const inNeed = site.content.targets.filter((target) => target.indicator === indicatorId && needsFigure(site, target));
  if (inNeed.length === 0) return null;
  const sections = inNeed.map((target) => targetRequest(site, target.id)!);
  const lead = uniqueBy(sections.flatMap((s) => s.lead));
  const participants = uniqueBy(sections.flatMap((s) => s.participants)).filter((unit) => !lead.some((l) => l.id === unit.id));
  return {
    subject: { kind: 'indicator', id: indicator.id, title: indicator.name, href: routes.indicator(indicator.id) },
    figure: indicator.dataNeeded ?? sections[0].figure,
    scope: [...new Set(sections.map((s) => s.scope))].join('；'),
    places: uniqueBy(sections.flatMap((s) => s.places)),
    years: [...new Set(sections.map((s) => s.years))].join('；'),
    lead,
    participants,
    bases: sections.flatMap((s) => s.bases).filter((basis, i, all) => all.findIndex((b) => b.text === basis.text) === i),
    letters: sections.flatMap((s) => s.letters),
    guideHref: routes.request(),
    law: lawOf(site),
  };
}

/** The printable request for disclosure of the figure a target needs (/targets/<id>/request/). */
export interface RequestLetter {
  section: RequestSection;
  /** The unit the request is addressed to, or null when every lead unit is a collective. */
  addressee: RequestUnit | null;
  /** The plan's words for the target, so the office can find what the request is about. */
  wording: string;
  /** "《绍兴市节水行动实施方案（征求意见稿）》“主要目标”" */
  where: string;
  /** Absolute address of the target page, printed on the request. */
  pageUrl: string;
}

/** The printable request of a target, or null when the target has its figure. */
export function requestLetter(site: Site, targetId: string, siteUrl: URL | string): RequestLetter | null {
  const section = targetRequest(site, targetId);
  if (!section) return null;
  const target = site.index.targets.get(targetId)!;
  const plan = site.content.sources.find((s) => s.id === target.source)!;
  const clause = site.index.clauses.get(target.clause);
  const part = clause?.heading ?? site.index.titleOf(target.parent);
  return {
    section,
    addressee: addresseeOf(site, section.lead),
    wording: target.wording,
    where: `《${plan.title}》“${part}”`,
    pageUrl: new URL(routes.target(targetId), siteUrl).href,
  };
}

/** One target of the list on /request/: a target without its figure, with its printable request. */
export interface RequestIndexRow {
  id: string;
  title: string;
  href: string;
  /** The counties the target names (none for a city-wide target), as links. */
  places: CountyRef[];
  status: { label: string; symbol: string; key: string };
  /** Every lead unit; the group it is listed under is the first one that is a single body. */
  lead: RequestUnit[];
  letterHref: string;
}

/** The targets to ask one unit about, on /request/. */
export interface RequestIndexGroup {
  /** The unit a request goes to (null: every lead unit is a collective such as 各有关单位). */
  unit: RequestUnit | null;
  rows: RequestIndexRow[];
}

/** Every target without the figure it needs, in the plan's order. */
export function requestRows(site: Site): RequestIndexRow[] {
  return site.index.inPlanOrder(site.content.targets.filter((target) => needsFigure(site, target))).map((target) => {
    const status = site.statuses.get(target.id)!.status;
    return {
      id: target.id,
      title: target.title,
      href: routes.target(target.id),
      places: isCountyScoped(target.scope) ? countyRefs(site.content, target.scope) : [],
      status: { label: STATUS_STYLE[status].label, symbol: STATUS_STYLE[status].symbol, key: status },
      lead: responsibleFor(site, target).lead,
      letterHref: routes.targetRequest(target.id),
    };
  });
}

/** The targets without their figure grouped by the unit to ask, the unit with most first, for /request/. */
export function requestIndex(site: Site): RequestIndexGroup[] {
  const groups = new Map<string, RequestIndexGroup>();
  for (const row of requestRows(site)) {
    const unit = addresseeOf(site, row.lead);
    const key = unit?.id ?? '';
    if (!groups.has(key)) groups.set(key, { unit, rows: [] });
    groups.get(key)!.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'zh-CN'));
}
