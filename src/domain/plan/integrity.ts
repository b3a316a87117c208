import type { SiteContent } from '../../schemas/index';
import type { ExpectKnown } from '../../content/references';
import { INDEXED_KINDS } from '../../schemas/index-pages';
import { PLAN_SOURCE } from './title';

/** Where each index page lives, for the messages. */
const PAGE_OF: Record<(typeof INDEXED_KINDS)[number], string> = { measure: '/measures/', project: '/projects/', task: '/tasks/', mechanism: '/mechanisms/', safeguard: '/safeguards/' };

/**
 * The plan's structure: every clause's subject, every entity's clause and every task's project
 * resolve; the plan's title has its source entry; each index page of the plan's parts has its
 * file (and no file names a kind without a page), and its clause exists.
 */
export function checkPlan(content: SiteContent, expectKnown: ExpectKnown): string[] {
  const problems: string[] = [];
  for (const clause of content.plan) {
    if (clause.about) expectKnown(clause, 'about.id', clause.about.kind, clause.about.id);
  }
  const structural = ['principles', 'measures', 'projects', 'tasks', 'mechanisms', 'safeguards'] as const;
  for (const name of structural) {
    for (const entry of content[name]) expectKnown(entry, 'clause', 'clause', entry.clause);
  }
  for (const task of content.tasks) expectKnown(task, 'project', 'project', task.project);
  if (!content.sources.some((source) => source.id === PLAN_SOURCE)) problems.push(`sources/${PLAN_SOURCE}.yaml: file is missing; the site takes the plan's title from it`);
  const pages = content['index-pages'];
  for (const kind of INDEXED_KINDS) {
    if (!pages.some((page) => page.id === kind)) problems.push(`index-pages/${kind}.yaml: file is missing; the ${PAGE_OF[kind]} page takes its title and introduction from it`);
  }
  for (const page of pages) {
    if (!(INDEXED_KINDS as readonly string[]).includes(page.id)) problems.push(`${page.label}: file name must be one of ${INDEXED_KINDS.join(', ')}, the kinds with an index page (got "${page.id}")`);
    expectKnown(page, 'clause', 'clause', page.clause);
  }
  return problems;
}
