import type { SiteContent } from '../../schemas/index';
import type { ContentIndex } from '../plan/relations';

type TargetEntry = SiteContent['targets'][number];

/** A heading for the group a target's parent sits in: the goals, a measure group, a project, the mechanisms. */
export function sectionOf(target: TargetEntry, content: SiteContent): { key: string; title: string } {
  const { kind, id } = target.parent;
  if (kind === 'goal') return { key: 'goals', title: '主要目标' };
  if (kind === 'measure') return { key: 'measures', title: '严格目标管理，强化刚性约束' };
  if (kind === 'task') {
    const project = content.projects.find((p) => p.id === content.tasks.find((task) => task.id === id)?.project);
    return { key: `project-${project?.id}`, title: project?.title ?? '五大工程' };
  }
  if (kind === 'mechanism') return { key: 'mechanisms', title: '八项机制' };
  return { key: kind, title: kind };
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
