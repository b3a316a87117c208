import type { SiteContent } from '../../schemas/index';
import type { ExpectKnown } from '../../content/references';

/** The plan's structure: every clause's subject, every entity's clause and every task's project resolve. */
export function checkPlan(content: SiteContent, expectKnown: ExpectKnown): string[] {
  for (const clause of content.plan) {
    if (clause.about) expectKnown(clause, 'about.id', clause.about.kind, clause.about.id);
  }
  const structural = ['principles', 'measures', 'projects', 'tasks', 'mechanisms', 'safeguards'] as const;
  for (const name of structural) {
    for (const entry of content[name]) expectKnown(entry, 'clause', 'clause', entry.clause);
  }
  for (const task of content.tasks) expectKnown(task, 'project', 'project', task.project);
  return [];
}
