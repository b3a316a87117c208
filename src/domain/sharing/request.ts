import type { SiteModel } from '../site-model';
import type { EntityRef } from '../../schemas/shared';
import { routes } from '../../routes';
import { targetFigures } from '../targets/latest';
import { formatDeadline } from '../targets/format';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence'>;
type Target = SiteModel['content']['targets'][number];
type Row = SiteModel['content']['responsibilities'][number];

/** The bibliography entry of 《中华人民共和国政府信息公开条例》 (2019 revision) in content/sources/. */
export const REGULATION_SOURCE = 'gov-info-disclosure-regulation-2019';

/**
 * The annex part that organises the whole action (加强组织领导: 水利局 leads, 各县（市、区）党委政府
 * answer for their area). The plan's overall goals have no annex row of their own; this part is
 * the annex's answer to who coordinates them.
 */
export const OVERALL_LEADERSHIP: EntityRef = { kind: 'safeguard', id: 'leadership' };

/** A unit the annex names, as a request section lists it. */
export interface RequestUnit {
  id: string;
  /** Full name ("绍兴市水利局"), completed by the site from the annex's short name. */
  name: string;
  /** The annex's own short name ("水利局"). */
  shortName: string;
  href: string;
}

/** Where the responsible units come from, said in one sentence, with the annex rows behind it. */
export interface RequestBasis {
  /** `target`: rows that list the target; `parent`: the rows of the part it belongs to; `overall`: the annex's organisation of the whole action. */
  kind: 'target' | 'parent' | 'overall';
  text: string;
  rows: Array<{ id: string; text: string; href: string }>;
}

/** Who the annex makes responsible for a target, lead units first. */
export interface Responsible {
  lead: RequestUnit[];
  participants: RequestUnit[];
  basis: RequestBasis;
}

/**
 * Does a target lack the figure it needs? Yes when its status cannot be decided from published
 * figures (overdue without data, or not measurable) or when no figure is published at all.
 */
export function needsFigure(site: Site, target: Target): boolean {
  const status = site.statuses.get(target.id)?.status;
  return status === 'overdue-no-data' || status === 'not-measurable' || targetFigures(site, target).latest === null;
}

/**
 * The units the annex makes responsible for a target: the annex rows that list the target; else
 * the rows of the plan part it belongs to; for the plan's overall goals (no rows of their own) the
 * rows that organise the whole action.
 */
export function responsibleFor(site: Site, target: Target): Responsible {
  const { index } = site;
  const own = index.rowsForTarget(target.id);
  const parent = own.length > 0 ? [] : index.rowsOf(target.parent);
  const overall = own.length > 0 || parent.length > 0 ? [] : index.rowsOf(OVERALL_LEADERSHIP);
  const rows: Row[] = own.length > 0 ? own : parent.length > 0 ? parent : overall;
  const kind: RequestBasis['kind'] = own.length > 0 ? 'target' : parent.length > 0 ? 'parent' : 'overall';
  const text = {
    target: '附件中落实这项目标的工作',
    parent: `附件没有单列这项目标；以下是附件中“${index.titleOf(target.parent)}”的全部分工`,
    overall: `方案的总体目标在附件中没有单列分工；以下是附件中统筹整个节水行动的“${index.titleOf(OVERALL_LEADERSHIP)}”的分工`,
  }[kind];
  const { lead, participants } = index.unitsOf(rows);
  return {
    lead: lead.map((id) => unitOf(site, id)),
    participants: participants.map((id) => unitOf(site, id)),
    basis: { kind, text, rows: rows.map((row) => ({ id: row.id, text: row.text, href: routes.annexRow(row.id) })) },
  };
}

function unitOf(site: Site, id: string): RequestUnit {
  const unit = site.index.departments.get(id);
  if (!unit) throw new Error(`no department "${id}"`);
  return { id, name: unit.name, shortName: unit.shortName, href: routes.department(id) };
}

/**
 * The unit a printed request is addressed to: the first lead unit that is one body (not a
 * collective such as 各有关单位 or 各县（市、区）党委、政府), or null when every lead is collective.
 */
export function addresseeOf(site: Site, lead: readonly RequestUnit[]): RequestUnit | null {
  return lead.find((unit) => !['group', 'county-government'].includes(site.index.departments.get(unit.id)?.kind ?? 'group')) ?? null;
}

/** The place names a target covers: "绍兴市（全市）", "诸暨市、新昌县". */
export const scopeNames = (site: Site, scope: readonly string[]): string => scope.map((id) => site.index.counties.get(id)?.name ?? id).join('、');

/** The years a request asks for: the baseline year where the target has one, and the deadline (or every year). */
export function yearsWanted(target: Pick<Target, 'baseline' | 'deadline' | 'recurring'>): string {
  const deadline = formatDeadline(target);
  return target.baseline ? `${target.baseline.year}年（基准年）和${deadline}` : deadline;
}
