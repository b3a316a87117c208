import type { SiteContent } from '../../schemas/index';
import type { Entry, ExpectKnown } from '../../content/references';

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

/** Units and the annex: names point to one unit, rows have a lead, cells match their ids, every unit is named. */
export function checkResponsibilities(content: SiteContent, expectKnown: ExpectKnown): string[] {
  const problems: string[] = [];
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
    row.participants.forEach((id, i) => {
      if (row.lead.includes(id)) problems.push(`${row.label}: participants[${i}] "${id}" is also a lead unit; a unit either leads a row or takes part in it`);
    });
    problems.push(...checkCell(row, 'leadText', 'lead', row.leadText, row.lead, unitNames));
    problems.push(...checkCell(row, 'participantsText', 'participants', row.participantsText, row.participants, unitNames));
  }
  for (const department of content.departments) {
    if (!named.has(department.id)) problems.push(`${department.label}: unit is not named in any annex row (content/responsibilities/); remove it or add its rows`);
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
