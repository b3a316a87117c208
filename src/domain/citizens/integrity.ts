import type { SiteContent } from '../../schemas/index';
import { COEFFICIENT_IDS } from './coefficients';

/** Coefficient ids the household calculator reads; each must exist in content/coefficients/. */
export const CALCULATOR_COEFFICIENTS = Object.values(COEFFICIENT_IDS);

/**
 * Rules for the citizens' pages: tips, calculator coefficients and the label guide. Every clause and
 * source resolves; a quantified saving carries its figure and unit; a qualitative one carries no number
 * at all, so an unverified figure cannot slip in; label limits name a grade the standard has.
 */
export function checkCitizens(content: SiteContent): string[] {
  const problems: string[] = [];
  const clauses = new Set(content.plan.map((clause) => clause.id));
  const sources = new Set(content.sources.map((source) => source.id));
  const source = (label: string, field: string, id: string) => {
    if (!sources.has(id)) problems.push(`${label}: ${field} names unknown source "${id}" (expected one of the ids in content/sources/)`);
  };

  for (const tip of content.tips) {
    tip.clauses.forEach((id, i) => {
      if (!clauses.has(id)) problems.push(`${tip.label}: clauses[${i}] names unknown clause "${id}" (expected one of the ids in content/plan/clauses.yaml)`);
    });
    tip.sources.forEach((id, i) => source(tip.label, `sources[${i}]`, id));
    const { saving } = tip;
    if (saving.kind === 'quantified' && (saving.amount === null || saving.unit === null)) {
      problems.push(`${tip.label}: saving.amount and saving.unit are required for a quantified saving (got ${saving.amount}, ${saving.unit})`);
    }
    if (saving.kind === 'qualitative') {
      if (saving.amount !== null || saving.unit !== null) problems.push(`${tip.label}: saving.amount and saving.unit must be null for a qualitative saving (got ${saving.amount}, ${saving.unit})`);
      if (/[0-9０-９]/.test(saving.text)) problems.push(`${tip.label}: saving.text must not contain a number for a qualitative saving; cite a source and make it quantified (got "${saving.text}")`);
    }
  }

  for (const coefficient of content.coefficients) source(coefficient.label, 'source', coefficient.source);
  const coefficientIds = new Set(content.coefficients.map((c) => c.id));
  for (const id of CALCULATOR_COEFFICIENTS) {
    if (!coefficientIds.has(id)) problems.push(`coefficients/${id}.yaml: file is missing; the household calculator needs it`);
  }

  for (const product of content['labelled-products']) {
    product.sources.forEach((id, i) => source(product.label, `sources[${i}]`, id));
    product.limits.forEach((limit, i) => {
      if (product.gradeCount !== null && limit.grade > product.gradeCount) {
        problems.push(`${product.label}: limits[${i}].grade must be at most gradeCount ${product.gradeCount} (got ${limit.grade})`);
      }
    });
    if ((product.catalogueBatch === null) !== (product.labelFrom === null)) {
      problems.push(`${product.label}: catalogueBatch and labelFrom must both be set or both be null (got ${product.catalogueBatch}, ${product.labelFrom})`);
    }
  }
  return problems;
}
