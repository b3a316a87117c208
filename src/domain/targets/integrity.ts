import type { SiteContent } from '../../schemas/index';
import type { ExpectKnown } from '../../content/references';
import { asOfDate, hasDataReview } from './statuses';
import { mustBe } from '../../content/problems';
import { normaliseWording, numbersIn } from '../plan/plan-text';
import { isPercent, SAME_UNIT, valueProblem } from './quantities';

type TargetEntry = SiteContent['targets'][number];
type IndicatorEntry = SiteContent['indicators'][number];
type ObservationEntry = SiteContent['observations'][number];

/** Targets, indicators and published figures: references resolve, values fit their indicator, targets match the plan's words. */
export function checkTargets(content: SiteContent, expectKnown: ExpectKnown): string[] {
  const problems: string[] = [];
  const indicators = new Map(content.indicators.map((indicator) => [indicator.id, indicator]));
  const clauses = new Map(content.plan.map((clause) => [clause.id, clause]));
  const divisions = content.counties.filter((county) => county.kind !== 'city').length;
  const sameTarget = new Map<string, string>();
  for (const target of content.targets) {
    const key = [target.indicator, target.deadline, target.recurring, [...target.scope].sort().join(','), target.comparator, target.value].join('|');
    const twin = sameTarget.get(key);
    if (twin) problems.push(`${target.label}: repeats ${twin} (same indicator, deadline, scope, comparator and value); a commitment the plan states twice is one target with alsoIn`);
    else sameTarget.set(key, target.label);
    expectKnown(target, 'clause', 'clause', target.clause);
    target.alsoIn.forEach((id, i) => expectKnown(target, `alsoIn[${i}]`, 'clause', id));
    expectKnown(target, 'parent.id', target.parent.kind, target.parent.id);
    target.scope.forEach((id, i) => expectKnown(target, `scope[${i}]`, 'county', id));
    expectKnown(target, 'source', 'source', target.source);
    expectKnown(target, 'indicator', 'indicator', target.indicator);
    problems.push(...checkTargetValues(target));
    const indicator = indicators.get(target.indicator);
    if (indicator) problems.push(...checkTargetAgainstIndicator(target, indicator));
    const texts = [target.clause, ...target.alsoIn].map((id) => clauses.get(id)).filter((clause) => clause !== undefined);
    if (texts.length > 0) problems.push(...checkTargetAgainstPlan(target, texts.map((clause) => clause.paragraphs.join('')), divisions));
  }
  for (const indicator of content.indicators) {
    if (indicator.relatedTo) expectKnown(indicator, 'relatedTo', 'indicator', indicator.relatedTo);
  }
  const sources = new Map(content.sources.map((source) => [source.id, source]));
  const asOf = hasDataReview(content) ? asOfDate(content) : null;
  if (!asOf) problems.push('updates/: no entry reviews the data (every entry has dataReviewed: false, or the folder is empty); add one with the date the data was reviewed (every status is computed "as of" the latest)');
  const seen = new Map<string, string>();
  for (const observation of content.observations) {
    expectKnown(observation, 'indicator', 'indicator', observation.indicator);
    expectKnown(observation, 'scope', 'county', observation.scope);
    expectKnown(observation, 'source', 'source', observation.source);
    const at = observation.label;
    if (observation.value === null && observation.finding === null) problems.push(`${at}: value is missing; give the published number, or a finding when the source gives none`);
    if (observation.year === null && observation.yearNote === null) problems.push(`${at}: yearNote is missing; say why the year is unknown`);
    const indicator = indicators.get(observation.indicator);
    if (indicator) problems.push(...checkObservationAgainstIndicator(observation, indicator));
    if (asOf && observation.year !== null && observation.year > Number(asOf.slice(0, 4))) {
      problems.push(mustBe(at, 'year', `not be after the data's as-of date ${asOf} (the latest entry in content/updates/ that reviewed the data)`, observation.year));
    }
    if (observation.year !== null && observation.published !== null && Number(observation.published.slice(0, 4)) < observation.year) {
      problems.push(mustBe(at, 'published', `not come before the year the figure describes, ${observation.year}`, observation.published));
    }
    const sourceDate = sources.get(observation.source)?.date;
    if (observation.published && sourceDate && !observation.published.startsWith(sourceDate) && !sourceDate.startsWith(observation.published)) {
      problems.push(mustBe(at, 'published', `agree with the date of sources/${observation.source}.yaml, ${sourceDate}`, observation.published));
    }
    if (observation.value !== null && observation.year !== null) {
      const key = [observation.indicator, observation.year, observation.scope, observation.scopeNote ?? '', observation.quantity].join('|');
      const first = seen.get(key);
      if (first) problems.push(`${at}: year ${observation.year} already has a figure for ${observation.indicator} in ${observation.scope}${observation.scopeNote ? ` (${observation.scopeNote})` : ''} (${first}); one value per indicator, year, scope and quantity: keep one and explain the other in its note`);
      else seen.set(key, at);
    }
  }
  return problems;
}

/** Rules inside one target: percentages, baseline before deadline, the fields each kind needs. */
export function checkTargetValues(target: TargetEntry): string[] {
  const problems: string[] = [];
  const at = target.label;
  if (isPercent(target.unit)) {
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
  if (target.scope.includes('shaoxing') && target.scope.length > 1) {
    problems.push(mustBe(at, 'scope', 'be either [shaoxing] (the whole city) or a list of county-level divisions, not both', target.scope));
  }
  if (target.valueMax !== null && target.comparator !== 'between') problems.push(mustBe(at, 'valueMax', `be null unless comparator is "between" (comparator is "${target.comparator}")`, target.valueMax));
  if (target.comparator === 'between' && (target.valueMax === null || target.value === null || target.valueMax <= target.value)) {
    problems.push(`${at}: valueMax must be larger than value for a "between" target (got ${target.valueMax})`);
  }
  return problems;
}

/** A target's unit is its indicator's (a per-cent reduction for reduce-by), and its numbers fit the indicator's kind. */
function checkTargetAgainstIndicator(target: TargetEntry, indicator: IndicatorEntry): string[] {
  const at = target.label;
  if (target.value === null && target.valueMax === null) return [];
  const expected = target.comparator === 'reduce-by' ? '%' : indicator.unit;
  if (target.unit !== expected) {
    const why = target.comparator === 'reduce-by' ? 'a reduce-by target is a reduction in per cent' : `the unit of indicators/${indicator.id}.yaml`;
    return [mustBe(at, 'unit', `be "${expected}", ${why}`, target.unit)];
  }
  const problems: string[] = [];
  for (const field of ['value', 'valueMax'] as const) {
    const value = target[field];
    if (value === null) continue;
    const problem = target.comparator === 'reduce-by' ? null : valueProblem(value, indicator, target.unit);
    if (problem && !isPercent(target.unit)) problems.push(mustBe(at, field, `${problem} (indicator ${indicator.id} is a ${indicator.category})`, value));
  }
  return problems;
}

/**
 * A target says what the plan says: its wording is found in the clause it cites (or a clause it
 * lists in alsoIn), its numbers are numbers of that wording, and its deadline and baseline are years
 * the clause names.
 */
function checkTargetAgainstPlan(target: TargetEntry, clauseTexts: string[], divisions: number): string[] {
  const at = target.label;
  const problems: string[] = [];
  const wording = normaliseWording(target.wording);
  const plain = clauseTexts.map(normaliseWording);
  if (!plain.some((text) => text.includes(wording))) {
    problems.push(`${at}: wording must be found, word for word, in the text of clause "${target.clause}"${target.alsoIn.length ? ` or ${target.alsoIn.map((id) => `"${id}"`).join(', ')}` : ''} (got "${target.wording.length > 40 ? `${target.wording.slice(0, 39)}…` : target.wording}")`);
  }
  const stated = numbersIn(target.wording);
  for (const field of ['value', 'valueMax'] as const) {
    const value = target[field];
    if (value === null) continue;
    // "全部县（市、区）" writes no digit: it means every county-level division.
    if (/全部县（市、区）/.test(target.wording)) {
      if (value !== divisions) problems.push(mustBe(at, field, `be ${divisions}, the number of county-level divisions in content/counties/, because the wording says 全部县（市、区）`, value));
      continue;
    }
    if (!stated.includes(value)) problems.push(mustBe(at, field, `be a number the wording states (${stated.length ? stated.join(', ') : 'none'})`, value));
  }
  const years = new Set(clauseTexts.flatMap((text) => [...text.replace(/\s+/g, '').matchAll(/(\d{4})年/g)].map((m) => Number(m[1]))));
  if (target.deadline !== null && target.recurring === null && !years.has(target.deadline)) {
    problems.push(mustBe(at, 'deadline', `be a year that clause "${target.clause}" names (${[...years].sort().join(', ') || 'none'})`, target.deadline));
  }
  if (target.baseline && !years.has(target.baseline.year)) {
    problems.push(mustBe(at, 'baseline.year', `be a year that clause "${target.clause}" names (${[...years].sort().join(', ') || 'none'})`, target.baseline.year));
  }
  return problems;
}

/** A figure's unit is its indicator's (or the same unit written another way) and its value fits the indicator's kind. */
function checkObservationAgainstIndicator(observation: ObservationEntry, indicator: IndicatorEntry): string[] {
  const at = observation.label;
  if (indicator.unit.includes('万元') && observation.priceBasis === null) {
    return [`${at}: priceBasis is missing; a figure per 万元 of GDP or value added must say current, comparable or unstated`];
  }
  if ((indicator.category === 'milestone' || indicator.category === 'vision') && observation.value !== null) {
    return [mustBe(at, 'value', `be null for a ${indicator.category} (indicators/${indicator.id}.yaml): give a finding instead`, observation.value)];
  }
  if (observation.value === null) {
    return observation.unit === '' || observation.unit === indicator.unit ? [] : [mustBe(at, 'unit', `be "" or "${indicator.unit}" (the unit of indicators/${indicator.id}.yaml)`, observation.unit)];
  }
  const same = SAME_UNIT[observation.unit];
  if (observation.unit !== indicator.unit && same?.unit !== indicator.unit) {
    return [mustBe(at, 'unit', `be "${indicator.unit}", the unit of indicators/${indicator.id}.yaml (convert the value if the source uses another unit)`, observation.unit)];
  }
  const problem = valueProblem(observation.value, indicator, indicator.unit);
  return problem ? [mustBe(at, 'value', `${problem} (indicator ${indicator.id} is a ${indicator.category} in ${indicator.unit || 'no unit'})`, observation.value)] : [];
}
