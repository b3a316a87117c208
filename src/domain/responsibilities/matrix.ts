import type { SiteContent } from '../../schemas/index';
import { itemLabel, type WorkItem } from './work';
import { rankUnits } from './stats';
import { routes } from '../../routes';

/** The matrix's columns (work items in plan order) and rows (every unit), in the shape the matrix chart takes. */
export function matrixInputs(content: SiteContent, work: readonly WorkItem[]) {
  const items = work.map((item) => ({
    id: item.row.id,
    href: routes.annexRow(item.row.id),
    label: itemLabel(item),
    ordinal: item.ordinal,
    part: { key: item.kind, label: item.part.label, href: routes.annexGroup(item.kind) },
    section: item.project ? { key: item.project.id, label: item.project.title, href: routes.entity({ kind: 'project', id: item.project.id }) } : null,
    parent: { key: `${item.kind}-${item.parent.id}`, label: item.parent.title, href: routes.entity({ kind: item.kind, id: item.parent.id }) },
    lead: item.row.lead,
    participants: item.row.participants,
  }));
  const units = content.departments.map((unit) => ({ id: unit.id, label: unit.shortName, href: routes.department(unit.id) }));
  return { items, units };
}

/**
 * The matrix's one-sentence takeaway, from the data: how much the busiest unit carries, and
 * who comes next.
 */
export function matrixTakeaway(content: SiteContent): string {
  const rows = content.responsibilities;
  const [first, second] = rankUnits(rows, content.departments.map((unit) => unit.id));
  if (!first) return '附件未列出任何责任单位。';
  const name = (id: string) => content.departments.find((unit) => unit.id === id)?.shortName ?? id;
  const involved = rows.filter((row) => row.lead.includes(first.id) || row.participants.includes(first.id)).length;
  const next = second ? `；其次是${name(second.id)}，牵头 ${second.lead} 项、参与 ${second.join} 项` : '';
  return `${name(first.id)}牵头 ${first.lead} 项、参与 ${first.join} 项，涉及全部 ${rows.length} 项具体工作中的 ${involved} 项${next}。`;
}
