import type { SiteModel } from '../site-model';
import type { Clause } from '../../schemas/plan';
import type { EntityRef } from '../../schemas/shared';
import { annexRowsView, unitLinks, type AnnexRowView, type UnitLink } from '../responsibilities/views';
import { targetTableRows, type TargetTableRowView } from '../targets/views';
import { routes } from '../../routes';

/** Everything the page of a measure, project, task, mechanism or safeguard shows besides its own heading (EntityPage.astro). */
export interface EntityPageView {
  /** The clause that holds the entity's text. */
  clause: Clause;
  clauseHref: string;
  /** The clause's first paragraph, shortened, for search engines and link previews. */
  description: string;
  /** Its targets (a project's include its tasks'), each with its latest figure and status. */
  targets: TargetTableRowView[];
  /** The annex's lead and participating units for its rows, lead first, each once. */
  units: { lead: UnitLink[]; participants: UnitLink[] };
  annexRows: AnnexRowView[];
  /** Show which part each annex row belongs to (a project gathers its tasks' rows). */
  showParent: boolean;
}

/** The view of one plan entity's page. */
export function entityPageView(site: Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>, entity: EntityRef, clauseId: string): EntityPageView {
  const { index } = site;
  const clause = index.clauses.get(clauseId);
  if (!clause) throw new Error(`entityPageView: unknown clause "${clauseId}"`);
  const rows = index.rowsOf(entity);
  const units = index.unitsOf(rows);
  return {
    clause,
    clauseHref: routes.clause(clauseId),
    description: (clause.paragraphs[0] ?? '').slice(0, 110),
    targets: targetTableRows(site, index.targetsOf(entity)),
    units: { lead: unitLinks(site, units.lead), participants: unitLinks(site, units.participants) },
    annexRows: annexRowsView(site, rows),
    showParent: entity.kind === 'project',
  };
}
