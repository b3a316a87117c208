import type { SiteContent } from '../../schemas/index';

type AnnexRow = SiteContent['responsibilities'][number];
/** The kinds of entity an annex row can belong to. */
export type WorkKind = 'measure' | 'task' | 'mechanism' | 'safeguard';

/** A numbered entity of the plan, as far as the annex pages need it. */
export interface WorkEntity {
  id: string;
  number: string;
  title: string;
  clause: string;
  /** The annex's title for it, where it differs from the body's. */
  annexTitle?: string;
}

/** One annex row placed in the plan's structure. */
export interface WorkItem {
  row: AnnexRow;
  kind: WorkKind;
  /** The part of the plan (二、… to 五、…): its clause id and heading with its number. */
  part: { id: string; label: string };
  /** The project a task belongs to; null for other kinds. */
  project: WorkEntity | null;
  /** The measure, task, mechanism or safeguard the row carries out. */
  parent: WorkEntity;
  /** 1-based position among the rows of the same parent, and how many rows that parent has. */
  ordinal: number;
  siblings: number;
}

const KINDS: readonly WorkKind[] = ['measure', 'task', 'mechanism', 'safeguard'];

/** A short name for an item: its parent's title and, where the parent has several rows, its ordinal. */
export const itemLabel = (item: Pick<WorkItem, 'parent' | 'ordinal' | 'siblings'>): string =>
  item.siblings > 1 ? `${item.parent.title}（${item.ordinal}）` : item.parent.title;

/**
 * Every annex row in the plan's order (measures, then tasks by project, mechanisms, safeguards;
 * the annex's own order within one entity), each with its part, project, parent and ordinal.
 */
export function workItems(content: SiteContent): WorkItem[] {
  const position = new Map(content.plan.map((clause, i) => [clause.id, i]));
  const parts = content.plan.filter((clause) => clause.level === 1);
  const partOf = (clauseId: string) => {
    const at = position.get(clauseId) ?? -1;
    const part = parts.filter((p) => (position.get(p.id) ?? 0) < at).at(-1);
    return part ? { id: part.id, label: `${part.number ?? ''}${part.heading ?? ''}` } : { id: 'other', label: '其他' };
  };
  const collections: Record<WorkKind, WorkEntity[]> = {
    measure: content.measures,
    task: content.tasks,
    mechanism: content.mechanisms,
    safeguard: content.safeguards,
  };
  const items = content.responsibilities.map((row, annexIndex) => {
    const kind = row.parent.kind as WorkKind;
    if (!KINDS.includes(kind)) throw new Error(`responsibilities/annex.yaml [${row.id}]: parent.kind must be measure, task, mechanism or safeguard (got "${kind}")`);
    const parent = collections[kind].find((entry) => entry.id === row.parent.id)!;
    const task = kind === 'task' ? content.tasks.find((entry) => entry.id === parent.id) : undefined;
    const project = task ? (content.projects.find((entry) => entry.id === task.project) ?? null) : null;
    return { row, kind, part: partOf(parent.clause), project, parent, ordinal: 0, siblings: 0, annexIndex };
  });
  // Plan order of the parent's clause; the annex order within one parent.
  const order = (item: (typeof items)[number]) => position.get(item.parent.clause) ?? Number.MAX_SAFE_INTEGER;
  items.sort((a, b) => order(a) - order(b) || a.annexIndex - b.annexIndex);
  for (const item of items) {
    const same = items.filter((other) => other.kind === item.kind && other.parent.id === item.parent.id);
    item.ordinal = same.indexOf(item) + 1;
    item.siblings = same.length;
  }
  return items.map(({ annexIndex: _, ...item }) => item);
}

/** A run of items that share a key, in order. */
export interface WorkGroup<T> {
  key: string;
  items: T[];
}

/** Splits an ordered list into runs that share a key, keeping the order. */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): WorkGroup<T>[] {
  const groups: WorkGroup<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}
