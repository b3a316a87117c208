import type { SiteContent } from './load';
import { checkCitizens } from '../domain/citizens/integrity';
import { checkLessons } from '../domain/learn/integrity';
import { checkSites } from '../domain/sites/integrity';

type Entry = { id: string; label: string };

/** Splits an annex cell such as "水利局、发改委" into the names it lists, matching the longest known name first. */
export function splitUnitCell(cell: string, knownNames: readonly string[]): { names: string[]; rest: string } {
  const byLength = [...knownNames].sort((a, b) => b.length - a.length);
  const names: string[] = [];
  let rest = cell.trim();
  while (rest.length > 0) {
    const name = byLength.find((candidate) => rest.startsWith(candidate));
    if (!name) break;
    names.push(name);
    rest = rest.slice(name.length).replace(/^、/, '');
  }
  return { names, rest };
}

/**
 * Checks the rules that span fields and collections: every reference resolves, percentages lie
 * in 0–100, deadlines follow baselines, annex rows have a lead unit and their cells match their
 * ids. Each problem names the file (and entry), the field and what was expected.
 */
export function checkIntegrity(content: SiteContent): string[] {
  const problems: string[] = [];
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
  const expectKnown = (entry: Entry, field: string, kind: string, id: string) => {
    if (!known[kind]?.has(id)) problems.push(`${entry.label}: ${field} names unknown ${kind} "${id}" (expected one of the ids in content/${folderOf(kind)}/)`);
  };

  for (const clause of content.plan) {
    if (clause.about) expectKnown(clause, 'about.id', clause.about.kind, clause.about.id);
  }
  const structural = ['principles', 'measures', 'projects', 'tasks', 'mechanisms', 'safeguards'] as const;
  for (const name of structural) {
    for (const entry of content[name]) expectKnown(entry, 'clause', 'clause', entry.clause);
  }
  for (const task of content.tasks) expectKnown(task, 'project', 'project', task.project);

  for (const target of content.targets) {
    expectKnown(target, 'clause', 'clause', target.clause);
    target.alsoIn.forEach((id, i) => expectKnown(target, `alsoIn[${i}]`, 'clause', id));
    expectKnown(target, 'parent.id', target.parent.kind, target.parent.id);
    target.scope.forEach((id, i) => expectKnown(target, `scope[${i}]`, 'county', id));
    expectKnown(target, 'source', 'source', target.source);
    expectKnown(target, 'indicator', 'indicator', target.indicator);
    problems.push(...checkTargetValues(target));
  }

  const unitNames = new Map<string, string>();
  for (const department of content.departments) {
    for (const name of [department.shortName, ...department.aliases]) {
      const other = unitNames.get(name);
      if (other && other !== department.id) problems.push(`${department.label}: name "${name}" is also used by departments/${other}.yaml; each name must point to one unit`);
      unitNames.set(name, department.id);
    }
  }
  const named = new Set<string>();
  for (const row of content.responsibilities) {
    expectKnown(row, 'parent.id', row.parent.kind, row.parent.id);
    if (!['measure', 'task', 'mechanism', 'safeguard'].includes(row.parent.kind)) {
      problems.push(`${row.label}: parent.kind must be measure, task, mechanism or safeguard (got "${row.parent.kind}")`);
    }
    if (row.lead.length === 0) problems.push(`${row.label}: lead must name at least one lead unit (the annex gives one for every row)`);
    row.lead.forEach((id, i) => expectKnown(row, `lead[${i}]`, 'department', id));
    row.participants.forEach((id, i) => expectKnown(row, `participants[${i}]`, 'department', id));
    row.targets.forEach((id, i) => expectKnown(row, `targets[${i}]`, 'target', id));
    [...row.lead, ...row.participants].forEach((id) => named.add(id));
    problems.push(...checkCell(row, 'leadText', 'lead', row.leadText, row.lead, unitNames));
    problems.push(...checkCell(row, 'participantsText', 'participants', row.participantsText, row.participants, unitNames));
  }
  problems.push(...checkData(content, expectKnown));
  for (const department of content.departments) {
    if (!named.has(department.id)) problems.push(`${department.label}: unit is not named in any annex row (content/responsibilities/); remove it or add its rows`);
  }
  problems.push(...checkCitizens(content));
  problems.push(...checkLessons(content));
  problems.push(...checkSites(content));
  return problems;
}

function folderOf(kind: string): string {
  if (kind === 'clause' || kind === 'goal') return 'plan';
  return { county: 'counties', department: 'departments', target: 'targets', source: 'sources', indicator: 'indicators' }[kind] ?? `${kind}s`;
}

/** Document-sharing mirrors the citation policy forbids linking; they may appear only as provenance. */
export const MIRROR_HOSTS = [
  'ilynn.cn', 'gcs66.com', 'bjtbwm.com', 'gsmfordummies.com', 'csyrq.com', 'xiayou8.cn', 'tftnews.com',
  'baogaosu.com', 'xjnnet.com', 'hczyw.com', '360elib.com',
];

const isMirror = (url: string) => {
  const host = new URL(url).hostname;
  return /^\d+(\.\d+){3}$/.test(host) || MIRROR_HOSTS.some((mirror) => host === mirror || host.endsWith(`.${mirror}`));
};

/** Indicators, observations and sources: references resolve, bounds make sense, no mirror is linked. */
function checkData(content: SiteContent, expectKnown: (entry: Entry, field: string, kind: string, id: string) => void): string[] {
  const problems: string[] = [];
  for (const indicator of content.indicators) {
    if (indicator.relatedTo) expectKnown(indicator, 'relatedTo', 'indicator', indicator.relatedTo);
  }
  for (const observation of content.observations) {
    expectKnown(observation, 'indicator', 'indicator', observation.indicator);
    expectKnown(observation, 'scope', 'county', observation.scope);
    expectKnown(observation, 'source', 'source', observation.source);
    const at = observation.label;
    if (observation.value === null && observation.finding === null) problems.push(`${at}: value is missing; give the published number, or a finding when the source gives none`);
    if (observation.year === null && observation.yearNote === null) problems.push(`${at}: yearNote is missing; say why the year is unknown`);
    if (observation.unit === '%' && observation.value !== null && (observation.value < 0 || observation.value > 100)) {
      problems.push(`${at}: value must be a percentage between 0 and 100 (got ${observation.value})`);
    }
  }
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const source of content.sources) {
    const titleKey = `${source.title}|${source.date ?? ''}`;
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle && !source.title.startsWith('［')) problems.push(`${source.label}: title and date are those of ${sameTitle}; cite that entry instead of adding a second one`);
    byTitle.set(titleKey, source.label);
    if (source.url) {
      const other = byUrl.get(source.url);
      if (other) problems.push(`${source.label}: url is the same document as ${other}; cite that entry instead of adding a second one`);
      byUrl.set(source.url, source.label);
    }
    if (source.url && isMirror(source.url)) problems.push(`${source.label}: url points to a copy on a document-sharing site (${new URL(source.url).hostname}); cite the original and keep the copy only in an observation's retrievedFrom`);
  }
  return problems;
}

type TargetEntry = SiteContent['targets'][number];

/** Rules inside one target: percentages, baseline before deadline, the fields each kind needs. */
export function checkTargetValues(target: TargetEntry): string[] {
  const problems: string[] = [];
  const at = target.label;
  if (target.unit === '%') {
    for (const field of ['value', 'valueMax'] as const) {
      const value = target[field];
      if (value !== null && (value < 0 || value > 100)) problems.push(`${at}: ${field} must be a percentage between 0 and 100 (got ${value})`);
    }
  }
  if (target.baseline && target.deadline !== null && target.deadline <= target.baseline.year) {
    problems.push(`${at}: deadline must come after baseline.year ${target.baseline.year} (got ${target.deadline})`);
  }
  if (target.deadline === null && target.recurring === null) problems.push(`${at}: deadline is missing; only recurring targets may leave it empty`);
  if (target.kind === 'quantitative') {
    if (target.comparator === null) problems.push(`${at}: comparator is missing; a quantitative target needs one`);
    const needsValue = target.comparator !== 'increase' && target.comparator !== 'maintain';
    if (needsValue && target.value === null) problems.push(`${at}: value is missing; comparator "${target.comparator}" needs a number`);
  } else if (target.value !== null || target.comparator !== null) {
    problems.push(`${at}: value and comparator must be null for a ${target.kind}`);
  }
  if (target.comparator === 'reduce-by' && !target.baseline) problems.push(`${at}: baseline is missing; a reduce-by target needs the year it is measured from`);
  if (target.comparator === 'between' && (target.valueMax === null || target.value === null || target.valueMax <= target.value)) {
    problems.push(`${at}: valueMax must be larger than value for a "between" target (got ${target.valueMax})`);
  }
  return problems;
}

function checkCell(row: Entry, textField: string, idField: string, cell: string, ids: string[], unitNames: Map<string, string>): string[] {
  const { names, rest } = splitUnitCell(cell, [...unitNames.keys()]);
  if (rest) return [`${row.label}: ${textField} contains "${rest}", which is not a known unit name (add it to a department's shortName or aliases)`];
  const fromText = names.map((name) => unitNames.get(name));
  if (fromText.join(',') !== ids.join(',')) {
    return [`${row.label}: ${idField} must list the units of ${textField} in order: [${fromText.join(', ')}] (got [${ids.join(', ')}])`];
  }
  return [];
}
