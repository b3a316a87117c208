import type { SiteContent } from '../../schemas/index';
import type { EntityRef } from '../../schemas/shared';

/** Relations between the collections, computed once per build. */
export function indexContent(content: SiteContent) {
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const clauses = byId(content.plan);
  const departments = byId(content.departments);
  const counties = byId(content.counties);
  const targets = byId(content.targets);
  const same = (a: EntityRef, b: EntityRef) => a.kind === b.kind && a.id === b.id;
  const position = new Map(content.plan.map((clause, i) => [clause.id, i]));
  /** Sorts entries that point at a clause into the plan's reading order. */
  const inPlanOrder = <T extends { clause: string }>(entries: T[]) =>
    [...entries].sort((a, b) => (position.get(a.clause) ?? 0) - (position.get(b.clause) ?? 0));

  /** Tasks of a project, or the entity itself, so a project collects its tasks' targets and rows. */
  const scopeOf = (ref: EntityRef): EntityRef[] =>
    ref.kind === 'project' ? [ref, ...content.tasks.filter((task) => task.project === ref.id).map((task) => ({ kind: 'task' as const, id: task.id }))] : [ref];

  const targetsOf = (ref: EntityRef) => {
    const refs = scopeOf(ref);
    return inPlanOrder(content.targets.filter((target) => refs.some((r) => same(r, target.parent))));
  };
  const rowsOf = (ref: EntityRef) => {
    const refs = scopeOf(ref);
    return content.responsibilities.filter((row) => refs.some((r) => same(r, row.parent)));
  };
  /** Targets stated in or repeated by a clause. */
  const targetsInClause = (clauseId: string) => content.targets.filter((target) => target.clause === clauseId || target.alsoIn.includes(clauseId));
  /** Units that lead or join the given annex rows, lead first, each once. */
  const unitsOf = (rows: SiteContent['responsibilities']) => {
    const lead = [...new Set(rows.flatMap((row) => row.lead))];
    const participants = [...new Set(rows.flatMap((row) => row.participants))].filter((id) => !lead.includes(id));
    return { lead, participants };
  };
  const rowsForTarget = (targetId: string) => content.responsibilities.filter((row) => row.targets.includes(targetId));
  const titleOf = (ref: EntityRef): string => {
    const collection = { principle: content.principles, measure: content.measures, project: content.projects, task: content.tasks, mechanism: content.mechanisms, safeguard: content.safeguards }[
      ref.kind as Exclude<EntityRef['kind'], 'goal'>
    ];
    if (collection) return collection.find((entry) => entry.id === ref.id)?.title ?? ref.id;
    return `${ref.id.replace('goals-', '')}年主要目标`;
  };
  return { inPlanOrder, clauses, departments, counties, targets, targetsOf, rowsOf, targetsInClause, unitsOf, rowsForTarget, titleOf };
}

export type ContentIndex = ReturnType<typeof indexContent>;
