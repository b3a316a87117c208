import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import type { INDEXED_KINDS } from '../../schemas/index-pages';
import type { Clause } from '../../schemas/plan';
import { annexPartLinks, unitLinks, type UnitLink } from '../responsibilities/views';
import { countyRefs, isCountyScoped, linkCountyNames, type CountyRef, type LinkedText } from '../counties/links';
import { clauseLabel, contentsTree, parentClause, type ContentsNode } from './structure';
import { ANNEX_CLAUSE, planTitleOf, type PlanTitle } from './title';

type Site = Pick<SiteModel, 'content' | 'index'>;

/** The kinds of plan entity that have an index page of their own. */
export type IndexedKind = (typeof INDEXED_KINDS)[number];

/** One card on an index page (刚性约束, 五大工程 …). */
export interface EntityCard {
  /** How the plan numbers it, written out for screen readers: "刚性约束 1", "重大工程（一）". */
  numberLabel: string;
  title: string;
  href: string;
  /** The first sentence of its clause, or "" when the clause has no text of its own. */
  first: string;
  /** "目标 3 项" or "无量化目标", then the annex rows. */
  counts: string;
}

const COLLECTION = { measure: 'measures', project: 'projects', task: 'tasks', mechanism: 'mechanisms', safeguard: 'safeguards' } as const;

/** How each kind writes an entity's number. */
const NUMBER_LABEL: Record<IndexedKind, (n: string) => string> = {
  measure: (n) => `刚性约束 ${n}`,
  project: (n) => `重大工程（${n}）`,
  task: (n) => `任务 ${n}`,
  mechanism: (n) => `机制 ${n}`,
  safeguard: (n) => `保障措施（${n}）`,
};

/** The cards of an index page, in plan order, with how many targets and annex rows each entity has. */
export function entityCards(site: Pick<SiteModel, 'content' | 'index'>, kind: IndexedKind): EntityCard[] {
  const { index } = site;
  return index.inPlanOrder(site.content[COLLECTION[kind]]).map((entry) => {
    const ref = { kind, id: entry.id };
    const first = (index.clauses.get(entry.clause)?.paragraphs[0] ?? '').split('。')[0];
    const targets = index.targetsOf(ref).length;
    const rows = index.rowsOf(ref).length;
    return {
      numberLabel: NUMBER_LABEL[kind](entry.number),
      title: entry.title,
      href: routes.entity(ref),
      first: first ? `${first}。` : '',
      counts: `${targets > 0 ? `目标 ${targets} 项` : '无量化目标'} · 附件分工 ${rows} 项`,
    };
  });
}

/** An index page of the plan's parts (/measures/ …): its title and introduction from content/index-pages/, and its cards. */
export interface EntityIndexView {
  title: string;
  intro: string;
  /** Where the group starts in the full text. */
  clauseHref: string;
  cards: EntityCard[];
}

/** The view of the index page of one kind of entity. */
export function entityIndex(site: Pick<SiteModel, 'content' | 'index'>, kind: IndexedKind): EntityIndexView {
  const page = site.content['index-pages'].find((entry) => entry.id === kind);
  if (!page) throw new Error(`content/index-pages/${kind}.yaml is missing`);
  return { title: page.title, intro: page.intro, clauseHref: routes.clause(page.clause), cards: entityCards(site, kind) };
}

// ─── The full text (/plan/) ──────────────────────────────────────────────────────────────────
/** What a clause's side note lists: its targets, its lead units, its own page. */
export interface ClauseMetaView {
  /** The note's accessible name: "实行总量强度双控：目标与责任单位". */
  label: string;
  /** Targets stated or repeated here; `places` only for targets of particular counties. */
  targets: Array<{ title: string; href: string; places: CountyRef[] }>;
  /** Units the annex makes lead units for this clause's work items. */
  lead: UnitLink[];
  /** The entity's own page, when it has one. */
  page: string | null;
}

/** The side note of a clause on /plan/, or null when it has nothing to say. */
export function clauseMeta(site: Site, clause: Clause): ClauseMetaView | null {
  const { index, content } = site;
  const targets = index.inPlanOrder(index.targetsInClause(clause.id)).map((target) => ({
    title: target.title,
    href: routes.target(target.id),
    places: isCountyScoped(target.scope) ? countyRefs(content, target.scope) : [],
  }));
  const rows = clause.about && clause.about.kind !== 'project' ? index.rowsOf(clause.about) : [];
  const lead = unitLinks(site, index.unitsOf(rows).lead);
  const page = clause.about && clause.about.kind !== 'goal' && clause.about.kind !== 'principle' ? routes.entity(clause.about) : null;
  if (targets.length === 0 && lead.length === 0 && !page) return null;
  const name = clause.heading ?? (clause.about ? index.titleOf(clause.about) : clause.id);
  return { label: `${name}：目标与责任单位`, targets, lead, page };
}

/** One clause of the full text as /plan/ shows it. */
export interface ClauseView {
  id: string;
  level: Clause['level'];
  /**
   * Parts and the annex are h2; a clause is one level below the clause it sits in, so a numbered
   * clause is h4 under a section and h3 directly under a part (no level is skipped).
   */
  headingLevel: 2 | 3 | 4;
  /** "一、总体要求", "1. 实行总量强度双控"; "" for an untitled clause. */
  label: string;
  /** The plan's words, paragraph by paragraph, with the first mention of each county linked. */
  paragraphs: LinkedText[];
  meta: ClauseMetaView | null;
  /** The last clause of a part (or of the annex): the page offers a way back to the contents after it. */
  endsPart: boolean;
}

/** Everything /plan/ shows. */
export interface PlanPageView {
  title: PlanTitle;
  contents: ContentsNode[];
  clauses: ClauseView[];
  annexId: string;
  /** The annex's parts, linked to their tables on /plan/annex/. */
  annexParts: ReturnType<typeof annexPartLinks>;
}

/** The full text with its contents, side notes and the annex's parts (their tables are on /plan/annex/). */
export function planPage(site: Site): PlanPageView {
  const clauses = site.content.plan;
  const headingLevels = new Map<string, 2 | 3 | 4>();
  const headingLevelOf = (clause: (typeof clauses)[number]): 2 | 3 | 4 => {
    const parent = clause.level <= 1 ? null : parentClause(clauses, clause.id);
    const level = parent ? (Math.min(4, (headingLevels.get(parent.id) ?? 2) + 1) as 3 | 4) : 2;
    headingLevels.set(clause.id, level);
    return level;
  };
  const views = clauses.map((clause, i): ClauseView => {
    const next = clauses[i + 1];
    // A part ends where the next part, the annex or the end of the text begins; the preamble is no part.
    const linked = new Set<string>();
    const endsPart = (clause.level > 0 || clause.id === ANNEX_CLAUSE) && (!next || next.level <= 1);
    return {
      id: clause.id,
      level: clause.level,
      headingLevel: headingLevelOf(clause),
      label: clause.heading ? clauseLabel(clause) : '',
      paragraphs: clause.paragraphs.map((paragraph) => linkCountyNames(site.content, paragraph, linked)),
      meta: clauseMeta(site, clause),
      endsPart,
    };
  });
  return { title: planTitleOf(site), contents: contentsTree(clauses), clauses: views, annexId: ANNEX_CLAUSE, annexParts: annexPartLinks(site) };
}
