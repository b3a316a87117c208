import type { SiteContent } from '../schemas/index';

/** An entry as integrity rules name it: its id and the label error messages use. */
export type Entry = { id: string; label: string };

/** Reports a field whose id does not resolve: `file: field names unknown kind "id" (expected …)`. */
export type ExpectKnown = (entry: Entry, field: string, kind: string, id: string) => void;

/** The folder of content/ that holds entries of a kind, for error messages. */
export function folderOf(kind: string): string {
  if (kind === 'clause' || kind === 'goal') return 'plan';
  return { county: 'counties', department: 'departments', target: 'targets', source: 'sources', indicator: 'indicators' }[kind] ?? `${kind}s`;
}

/** A checker for references between collections; each unknown id becomes one problem in `problems`. */
export function referenceChecker(content: SiteContent, problems: string[]): ExpectKnown {
  const ids = (entries: Entry[]) => new Set(entries.map((entry) => entry.id));
  const clauses = ids(content.plan);
  const goals = new Set(content.plan.filter((clause) => clause.about?.kind === 'goal').map((clause) => clause.id));
  const known: Record<string, Set<string>> = {
    principle: ids(content.principles),
    goal: goals,
    measure: ids(content.measures),
    project: ids(content.projects),
    task: ids(content.tasks),
    mechanism: ids(content.mechanisms),
    safeguard: ids(content.safeguards),
    county: ids(content.counties),
    department: ids(content.departments),
    target: ids(content.targets),
    clause: clauses,
    source: ids(content.sources),
    indicator: ids(content.indicators),
  };
  return (entry, field, kind, id) => {
    if (!known[kind]?.has(id)) problems.push(`${entry.label}: ${field} names unknown ${kind} "${id}" (expected one of the ids in content/${folderOf(kind)}/)`);
  };
}
