import type { SiteContent } from '../../schemas/index';
import type { ExpectKnown } from '../../content/references';

/** Targets, indicators and published figures: references resolve, values fit their kind. */
export function checkTargets(content: SiteContent, expectKnown: ExpectKnown): string[] {
  const problems: string[] = [];
  for (const target of content.targets) {
    expectKnown(target, 'clause', 'clause', target.clause);
    target.alsoIn.forEach((id, i) => expectKnown(target, `alsoIn[${i}]`, 'clause', id));
    expectKnown(target, 'parent.id', target.parent.kind, target.parent.id);
    target.scope.forEach((id, i) => expectKnown(target, `scope[${i}]`, 'county', id));
    expectKnown(target, 'source', 'source', target.source);
    expectKnown(target, 'indicator', 'indicator', target.indicator);
    problems.push(...checkTargetValues(target));
  }
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
