import type { SiteModel } from '../site-model';
import { siteTypes } from '../sites/types';
import { countTowardsOnce } from '../sites/directory';
import { routes } from '../../routes';

/**
 * A count target as the sites directory sees it, and how that squares with the target's status.
 * The target page and /sites/progress/ both show `explanation`, word for word, so the two pages
 * never tell a different story about the same target.
 */
export interface DirectoryCount {
  targetId: string;
  /** How many sourced places in the directory count towards the target. */
  count: number;
  /** The number the plan asks for, or null where it gives none. */
  required: number | null;
  /** "个县（市、区）" or "家"… the target's own unit. */
  unit: string;
  /** What is counted, e.g. "节水型城市（按县计）". */
  label: string;
  /** The directory's list of the places counted. */
  href: string;
  /** True when the status rests on a published claim that it was reached, while the directory names fewer places. */
  differsFromStatus: boolean;
  /** One or two sentences that say both the verdict's basis and the directory count, in the same words on every page. */
  explanation: string;
}

/** Why the directory can name fewer places than a report claims: it is a floor, not a total. */
export const FLOOR_NOTE = '名录只收录查得到公开来源的条目，数目是下限，不是总数。';

/** The directory's count for a target that site types count towards; null for targets the directory does not count. */
export function directoryCount(site: Pick<SiteModel, 'content' | 'statuses'>, targetId: string): DirectoryCount | null {
  const target = site.content.targets.find((t) => t.id === targetId);
  if (!target) return null;
  const types = siteTypes(site.content);
  const typeLabel = types.label;
  const rules = types.list.flatMap((info) => info.counts.filter((rule) => rule.target === targetId).map((rule) => ({ type: info.id, rule })));
  if (rules.length === 0) return null;
  const count = rules.reduce((sum, { type, rule }) => sum + countTowardsOnce(site.content.sites, type, rule), 0);
  const [{ type, rule }] = rules;
  const label = `${typeLabel(type)}${rule.countBy === 'county' && !typeLabel(type).includes('县') ? '（按县计）' : ''}`;
  const required = target.comparator === 'at-least' || target.comparator === 'equal' ? target.value : null;
  const status = site.statuses.get(targetId);
  const claim = status?.status === 'achieved' ? status.evidence.find((o) => o.finding !== null && o.reached === true) : undefined;
  const short = required !== null && count < required;
  const differsFromStatus = Boolean(claim) && short;
  const counted = `本站名录中有公开来源、计入这项目标的${label}：${count}${required !== null ? ` / ${required}` : ''}${target.unit}。`;
  const explanation = differsFromStatus
    ? `状态“已达成”依据公开资料：${(claim!.finding ?? '').replace(/。$/, '')}。${counted}两者并不矛盾：${FLOOR_NOTE}其余的认定文件本站尚未查到。`
    : `${counted}${FLOOR_NOTE}`;
  return { targetId, count, required, unit: target.unit, label, href: routes.siteFacet('type', type), differsFromStatus, explanation };
}
