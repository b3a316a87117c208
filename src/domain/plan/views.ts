import type { SiteModel } from '../site-model';
import { routes } from '../../routes';

/** The kinds of plan entity that have an index page of their own. */
export type IndexedKind = 'measure' | 'project' | 'task' | 'mechanism' | 'safeguard';

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
