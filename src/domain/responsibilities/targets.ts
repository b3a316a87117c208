import type { SiteContent } from '../../schemas/index';
import { unitsNamedIn } from './names';

type Target = SiteContent['targets'][number];
type Row = SiteContent['responsibilities'][number];

/** Who answers for a target: the units the plan's body names where it states the target, and the annex rows that carry it out. */
export interface TargetAssignment {
  target: Target;
  /** Units named in the clauses that state the target (usually none: the body names no units). */
  bodyUnits: string[];
  /** Annex rows that list the target, and their lead units in order, each once. */
  rows: Row[];
  annexLeads: string[];
}

const cache = new WeakMap<SiteContent, Map<string, TargetAssignment>>();

/** For every target, the units the body names for it and the leads the annex assigns (computed once per content). */
export function targetAssignments(content: SiteContent): Map<string, TargetAssignment> {
  const cached = cache.get(content);
  if (cached) return cached;
  const result = assign(content);
  cache.set(content, result);
  return result;
}

function assign(content: SiteContent): Map<string, TargetAssignment> {
  const clauseText = new Map(content.plan.map((clause) => [clause.id, [clause.heading ?? '', ...clause.paragraphs].join('')]));
  return new Map(
    content.targets.map((target) => {
      const text = [target.clause, ...target.alsoIn].map((id) => clauseText.get(id) ?? '').join('');
      const rows = content.responsibilities.filter((row) => row.targets.includes(target.id));
      return [target.id, { target, bodyUnits: unitsNamedIn(text, content.departments), rows, annexLeads: [...new Set(rows.flatMap((row) => row.lead))] }];
    }),
  );
}

/** Targets whose lead only the annex names: the body states the target but names no unit for it. */
export const isAnnexOnlyLead = (assignment: TargetAssignment): boolean => assignment.annexLeads.length > 0 && assignment.bodyUnits.length === 0;
