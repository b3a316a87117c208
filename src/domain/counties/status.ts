import type { SiteContent } from '../../schemas/index';
import type { SiteModel } from '../site-model';
import { getTargetStatus, type ObservationLike } from '../targets/status-rules';
import type { Status } from '../targets/status';
import { COUNTED_STATUSES, levelLabel, type SiteEntry } from '../sites/directory';
import { siteTypes } from '../sites/types';

type Target = SiteContent['targets'][number];

/** The id of the city as a whole in content/counties/. */
export const CITY = 'shaoxing';

/** How a target concerns one county-level division. */
export type CountyRelation = 'named' | 'every-county';

/**
 * Which targets concern a county-level division: those whose scope names it among some
 * (诸暨市和新昌县…), and those that cover every division (全部县（市、区）…). The city itself has
 * its own list: the city-wide targets.
 */
export function countyRelation(target: Pick<Target, 'scope'>, countyId: string, divisions: readonly string[]): CountyRelation | null {
  if (countyId === CITY || !target.scope.includes(countyId)) return null;
  return divisions.every((id) => target.scope.includes(id)) ? 'every-county' : 'named';
}

/** A county's own verdict on a target, from evidence that covers that county alone. */
export interface CountyVerdict {
  status: Status;
  /** false when the evidence dates from after the deadline or carries no year; null when nothing settles it. */
  onTime: boolean | null;
  /** The verdict in one sentence. */
  reason: string;
  /** The directory entries that settle it (a recognised 节水型城市 …), with their sources. */
  sites: SiteEntry[];
  /** The published figures for this county alone that the rules used. */
  evidence: ObservationLike[];
}

/**
 * A county-level division's own status on a target that concerns it, computed only from evidence
 * scoped to that division:
 * - where a site type counts the target by county, a sourced directory entry of that type in the
 *   division (recognised or completed, at a level the target accepts) means the division has reached it;
 * - otherwise the target's own rule (src/domain/targets/status-rules.ts) is applied to the published
 *   figures whose scope is that division. A city-wide figure never becomes a county's verdict.
 */
export function countyVerdict(site: Pick<SiteModel, 'content' | 'evidence' | 'asOf'>, target: Target & { id: string }, countyId: string): CountyVerdict {
  const { content } = site;
  const rules = siteTypes(content).list.flatMap((type) => type.counts.filter((rule) => rule.target === target.id && rule.countBy === 'county').map((rule) => ({ type: type.id, rule })));
  const counted = content.sites.filter(
    (entry) => entry.county === countyId && rules.some(({ type, rule }) => entry.type === type && COUNTED_STATUSES.includes(entry.status) && (!rule.levels || rule.levels.includes(entry.level))),
  );
  if (counted.length > 0) {
    // Without a year of its own, an entry was recognised no later than its source says it already was.
    const sourceYear = (entry: SiteEntry) => {
      const date = content.sources.find((source) => source.id === entry.source)?.date;
      return date ? Number(date.slice(0, 4)) : null;
    };
    const byYear = counted.map((entry) => ({ entry, year: entry.year ?? sourceYear(entry), exact: entry.year !== null }));
    const years = byYear.map((e) => e.year).filter((year): year is number => year !== null);
    const earliest = years.length > 0 ? Math.min(...years) : null;
    const onTime = earliest !== null && target.deadline !== null ? earliest <= target.deadline : null;
    const when = (e: (typeof byYear)[number]) => (e.year === null ? '，年份来源未写明' : e.exact ? `，${e.year}年` : `，不晚于${e.year}年（命名年份来源未写明，${e.year}年的来源已列出）`);
    const named = byYear.map((e) => `${e.entry.name}（${levelLabel(e.entry.level)}${when(e)}）`).join('、');
    return { status: 'achieved', onTime, reason: `名录中有公开来源：${named}。`, sites: counted, evidence: [] };
  }
  const indicator = content.indicators.find((entry) => entry.id === target.indicator)!;
  const own = site.evidence.filter((o) => o.scope === countyId && o.indicator === target.indicator);
  const asOfYear = Number(site.asOf.slice(0, 4));
  const result = getTargetStatus({ ...target, scope: [countyId] }, indicator, own, asOfYear);
  if (own.length > 0) return { status: result.status, onTime: result.onTime, reason: result.reason, sites: [], evidence: result.evidence };
  const passed = target.deadline !== null && asOfYear > target.deadline;
  const reason = `${passed ? `期限（${target.deadline}年）已过，` : ''}本站尚未查到${rules.length > 0 ? '认定或达标的公开文件，也没有' : ''}只针对本地的公开数字。`;
  return { status: result.status, onTime: null, reason, sites: [], evidence: [] };
}

/**
 * What is known city-wide about a target that concerns a county, for the words "otherwise say what
 * is known": the published findings and figures for the whole city, none of which is a county's verdict.
 */
export function cityWideEvidence(site: Pick<SiteModel, 'evidence'>, target: Pick<Target, 'indicator'>): ObservationLike[] {
  return site.evidence.filter((o) => o.scope === CITY && o.indicator === target.indicator && o.signal === 'outcome' && !o.via && (o.value !== null || o.finding !== null));
}
