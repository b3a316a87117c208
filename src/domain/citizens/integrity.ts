import type { SiteContent } from '../../schemas/index';
import type { Coefficients } from './coefficients';
import { COEFFICIENT_IDS } from './coefficients';
import { quantityIn } from '../../content/quantities';
import { mustBe } from '../../content/problems';
import { showValue } from '../../content/validate';

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
    if (saving.amount !== null && saving.amount <= 0) problems.push(mustBe(tip.label, 'saving.amount', 'be more than 0 (a saving saves something)', saving.amount));
    if (saving.kind === 'qualitative') {
      if (saving.amount !== null || saving.unit !== null) problems.push(`${tip.label}: saving.amount and saving.unit must be null for a qualitative saving (got ${saving.amount}, ${saving.unit})`);
    }
    // A figure belongs in saving.amount with its source; the words around it must not carry another one.
    const unsourced: Array<[string, string]> = [['title', tip.title], ['body', tip.body]];
    if (saving.kind === 'qualitative') unsourced.push(['saving.text', saving.text]);
    for (const [field, words] of unsourced) {
      const quantity = quantityIn(words);
      if (quantity) {
        const where = saving.kind === 'qualitative' ? 'a qualitative tip' : 'a tip (its figure belongs in saving.amount and saving.text)';
        problems.push(`${tip.label}: ${field} must state no quantity in ${where}; found "${quantity}" (got ${showValue(words)})`);
      }
    }
  }

  problems.push(...checkCoefficients(content.coefficients));
  for (const coefficient of content.coefficients) source(coefficient.label, 'source', coefficient.source);

  for (const product of content['labelled-products']) {
    product.sources.forEach((id, i) => source(product.label, `sources[${i}]`, id));
    const grades = new Map<string, number>();
    product.limits.forEach((limit, i) => {
      const key = `${limit.grade}|${limit.edition}`;
      if (grades.has(key)) problems.push(mustBe(product.label, `limits[${i}].grade`, `differ from limits[${grades.get(key)}]: one limit per grade and edition`, limit.grade));
      grades.set(key, i);
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

/** What the calculator expects of each coefficient it reads: unit, fixture and role. */
export const CALCULATOR_EXPECTS: Record<keyof Coefficients, { unit: string; fixture: string; role: string }> = {
  toiletWaterSaving: { unit: '升/次', fixture: 'toilet', role: 'benchmark' },
  toiletHighEfficiency: { unit: '升/次', fixture: 'toilet', role: 'benchmark' },
  tapWaterSaving: { unit: '升/分钟', fixture: 'tap', role: 'benchmark' },
  referenceLow: { unit: '升/人·日', fixture: 'household', role: 'reference' },
  referenceHigh: { unit: '升/人·日', fixture: 'household', role: 'reference' },
  referenceNational: { unit: '升/人·日', fixture: 'household', role: 'reference' },
  showerMinutesSaved: { unit: '分钟/次', fixture: 'shower', role: 'scenario' },
  tapMinutesSaved: { unit: '分钟/人·日', fixture: 'tap', role: 'scenario' },
  loadsSaved: { unit: '次/周', fixture: 'washing-machine', role: 'scenario' },
};

type CoefficientEntry = SiteContent['coefficients'][number];

/**
 * The calculator's numbers mean what it computes with: each in the unit, fixture and role it
 * expects and above 0; the reference range low below high; the high-efficiency toilet below the
 * water-saving one (otherwise "switching saves water" would be false).
 */
export function checkCoefficients(coefficients: readonly CoefficientEntry[]): string[] {
  const problems: string[] = [];
  const byId = new Map(coefficients.map((c) => [c.id, c]));
  const found = {} as Partial<Record<keyof Coefficients, CoefficientEntry>>;
  for (const [key, id] of Object.entries(COEFFICIENT_IDS) as Array<[keyof Coefficients, string]>) {
    const coefficient = byId.get(id);
    if (!coefficient) {
      problems.push(`coefficients/${id}.yaml: file is missing; the household calculator needs it`);
      continue;
    }
    found[key] = coefficient;
    const expects = CALCULATOR_EXPECTS[key];
    for (const field of ['unit', 'fixture', 'role'] as const) {
      if (coefficient[field] !== expects[field]) problems.push(mustBe(coefficient.label, field, `be "${expects[field]}", as the calculator uses it (${key})`, coefficient[field]));
    }
    if (coefficient.value <= 0) problems.push(mustBe(coefficient.label, 'value', 'be more than 0 for the calculator', coefficient.value));
  }
  const ordered = (low: keyof Coefficients, high: keyof Coefficients, what: string) => {
    const a = found[low];
    const b = found[high];
    if (a && b && a.value >= b.value) problems.push(mustBe(a.label, 'value', `be less than ${b.value} in ${b.label}: ${what}`, a.value));
  };
  ordered('referenceLow', 'referenceHigh', 'the low end of a range must be below its high end');
  ordered('toiletHighEfficiency', 'toiletWaterSaving', 'a high-efficiency toilet uses less water per flush than a water-saving one');
  return problems;
}
