import type { SiteContent } from '../../schemas/index';
import type { ContentIndex } from '../plan/relations';
import { parentClause } from '../plan/structure';

type TargetEntry = SiteContent['targets'][number];

/** The clause an entity of a target's parent is defined in (a goal is a clause itself). */
function parentClauseId(target: TargetEntry, content: SiteContent): string | undefined {
  const { kind, id } = target.parent;
  if (kind === 'goal') return id;
  const collection = { measure: content.measures, task: content.tasks, mechanism: content.mechanisms, principle: content.principles, project: content.projects, safeguard: content.safeguards }[kind];
  return collection?.find((entry) => entry.id === id)?.clause;
}

/** Stable keys of the section filters (/targets/section/<key>/): ids, not the plan's words. */
const SECTION_KEY: Partial<Record<TargetEntry['parent']['kind'], string>> = { goal: 'goals', measure: 'measures', mechanism: 'mechanisms' };

/**
 * The group a target's parent sits in, titled with the plan's own heading of the clause that
 * contains the parent's clause (content/plan/clauses.yaml): 主要目标, 严格目标管理，强化刚性约束,
 * a project's heading (农业节水增效工程 …), 完善“八项机制”，激发节水动力. The key is stable:
 * goals, measures, project-<id>, mechanisms.
 */
export function sectionOf(target: TargetEntry, content: SiteContent): { key: string; title: string } {
  const { kind, id } = target.parent;
  const own = parentClauseId(target, content);
  const section = own ? parentClause(content.plan, own) : null;
  const key = kind === 'task' ? `project-${content.tasks.find((task) => task.id === id)?.project}` : (SECTION_KEY[kind] ?? kind);
  return { key, title: section?.heading ?? key };
}

/** Targets grouped by deadline (recurring last), then by the plan's section, in plan order. */
export function groupTargets(content: SiteContent, index: ContentIndex) {
  const ordered = index.inPlanOrder(content.targets);
  const deadlineKey = (target: TargetEntry) => (target.recurring ? 'recurring' : String(target.deadline));
  const deadlines = [...new Set(ordered.map(deadlineKey))].sort((a, b) => (a === 'recurring' ? 1 : b === 'recurring' ? -1 : Number(a) - Number(b)));
  return deadlines.map((deadline) => {
    const inDeadline = ordered.filter((target) => deadlineKey(target) === deadline);
    const sections = new Map<string, { title: string; targets: TargetEntry[] }>();
    for (const target of inDeadline) {
      const section = sectionOf(target, content);
      if (!sections.has(section.key)) sections.set(section.key, { title: section.title, targets: [] });
      sections.get(section.key)!.targets.push(target);
    }
    return {
      key: deadline,
      title: deadline === 'recurring' ? '每年持续推进' : `${deadline}年`,
      count: inDeadline.length,
      sections: [...sections.values()],
    };
  });
}
