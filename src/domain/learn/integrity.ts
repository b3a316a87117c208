import type { SiteContent } from '../../schemas/index';
import { sitePathProblem, sitePaths } from '../../content/site-paths';
import { CHOICE_LETTERS } from '../../schemas/lessons';
import { mustBe } from '../../content/problems';
import { asOfDate, hasDataReview } from '../targets/statuses';
import { futureWordedYears, statedPastDeadlines } from './deadlines';

/** Lesson ids that would clash with the other pages under /learn/. */
export const RESERVED_LESSON_IDS = ['teachers', 'stage', 'subject'];

/**
 * Rules for lessons that span fields and collections: plan clauses, targets and sources
 * resolve; activity times add up to the duration; a visit has its before / visit / after steps
 * and a safety checklist; a home lesson has a step at home. Each problem names file and field.
 */
export function checkLessons(content: SiteContent): string[] {
  const problems: string[] = [];
  const clauses = new Set(content.plan.map((clause) => clause.id));
  const targets = new Set(content.targets.map((target) => target.id));
  const sources = new Set(content.sources.map((source) => source.id));
  const paths = sitePaths(content);
  const asOf = hasDataReview(content) ? asOfDate(content) : null;
  const asOfYear = asOf !== null ? Number(asOf.slice(0, 4)) : null;
  const deadlines = new Map(content.targets.map((target) => [target.id, target.deadline]));
  for (const lesson of content.lessons) {
    const at = lesson.label;
    const expect = (known: Set<string>, field: string, kind: string, folder: string, id: string | null) => {
      if (id !== null && !known.has(id)) problems.push(`${at}: ${field} names unknown ${kind} "${id}" (expected one of the ids in content/${folder}/)`);
    };
    if (RESERVED_LESSON_IDS.includes(lesson.id)) problems.push(`${at}: file name "${lesson.id}" is reserved for another page under /learn/; rename the file`);
    lesson.local.clauses.forEach((id, i) => expect(clauses, `local.clauses[${i}]`, 'clause', 'plan', id));
    lesson.local.targets.forEach((id, i) => expect(targets, `local.targets[${i}]`, 'target', 'targets', id));
    lesson.facts.forEach((fact, i) => expect(sources, `facts[${i}].source`, 'source', 'sources', fact.source));
    lesson.quiz.forEach((question, i) => expect(sources, `quiz[${i}].source`, 'source', 'sources', question.source));
    lesson.facts.forEach((fact, i) => fact.targets.forEach((id, j) => expect(targets, `facts[${i}].targets[${j}]`, 'target', 'targets', id)));
    lesson.quiz.forEach((question, i) => question.targets.forEach((id, j) => expect(targets, `quiz[${i}].targets[${j}]`, 'target', 'targets', id)));
    if (asOf !== null) problems.push(...passedDeadlineProblems(at, lesson, asOf, deadlines));
    lesson.venues.forEach((venue, i) => expect(sources, `venues[${i}].source`, 'source', 'sources', venue.source));

    const total = lesson.activities.reduce((sum, activity) => sum + activity.minutes, 0);
    if (total !== lesson.duration) problems.push(`${at}: duration must equal the activities' minutes added up, ${total} (got ${lesson.duration})`);
    const parts = new Set(lesson.activities.map((activity) => activity.part));
    if (lesson.setting === 'field-trip') {
      const missing = (['before', 'visit', 'after'] as const).filter((part) => !parts.has(part));
      if (missing.length > 0) problems.push(`${at}: activities must include a step for each part of a visit: before, visit, after (missing ${missing.join(', ')})`);
      if (lesson.safety.length === 0) problems.push(`${at}: safety is missing; a visit needs a safety checklist`);
    } else {
      lesson.activities.forEach((activity, i) => {
        if (['before', 'visit', 'after'].includes(activity.part)) problems.push(`${at}: activities[${i}].part "${activity.part}" is only for visits (setting: field-trip)`);
      });
    }
    lesson.venues.forEach((venue, i) => {
      if (asOfYear !== null && venue.since > asOfYear) problems.push(mustBe(at, `venues[${i}].since`, `not be after the data's as-of year ${asOfYear} (the latest entry in content/updates/ that reviewed the data)`, venue.since));
    });
    lesson.quiz.forEach((question, q) => problems.push(...duplicateChoices(at, `quiz[${q}]`, question.choices)));
    lesson.related.forEach((link, i) => {
      const problem = link.href.startsWith('/') ? sitePathProblem(link.href, paths) : null;
      if (problem) problems.push(mustBe(at, `related[${i}].href`, problem, link.href));
    });
    if (lesson.setting === 'home' && !parts.has('home')) problems.push(`${at}: activities must include a step with part: home for a lesson done at home`);
  }
  return problems;
}

/**
 * Facts and quiz items speak of a deadline that had passed by the as-of date as the plan's
 * requirement ("方案要求到2022年…", "按方案，2022年应…"), never as if it were ahead ("到2022年…"),
 * and name the target of each such year, so the page links to whether it was met.
 */
function passedDeadlineProblems(at: string, lesson: SiteContent['lessons'][number], asOf: string, deadlines: Map<string, number | null>): string[] {
  const problems: string[] = [];
  const deadlineYears = new Set(deadlines.values());
  const items = [
    ...lesson.facts.map((fact, i) => ({ field: `facts[${i}]`, kind: 'fact', targets: fact.targets, texts: [['text', fact.text]] })),
    ...lesson.quiz.map((q, i) => ({ field: `quiz[${i}]`, kind: 'question', targets: q.targets, texts: [['question', q.question], ...q.choices.map((c, k) => [`choices[${k}]`, c]), ['explanation', q.explanation]] })),
  ];
  for (const item of items) {
    const stated: number[] = [];
    for (const [name, text] of item.texts) {
      for (const year of futureWordedYears(text, asOf)) {
        problems.push(mustBe(at, `${item.field}.${name}`, `speak of ${year} as past, since the data's as-of date is ${asOf}: write "方案要求到${year}年…" or "按方案，${year}年应…"`, text));
      }
      stated.push(...statedPastDeadlines(text, asOf).filter((year) => deadlineYears.has(year) && !stated.includes(year)));
    }
    for (const year of stated) {
      if (!item.targets.some((id) => deadlines.get(id) === year)) {
        problems.push(mustBe(at, `${item.field}.targets`, `name the plan's ${year} target this ${item.kind} states, so the page links to whether it was met`, item.targets));
      }
    }
  }
  return problems;
}

/** How two choices compare: full-width and half-width alike, no spaces, no closing punctuation, one case. */
const choiceKey = (choice: string) => choice.normalize('NFKC').replace(/[\s。．.，,；;！!？?]+/gu, '').toLowerCase();

/** A question whose choices repeat one another cannot be answered fairly. */
function duplicateChoices(at: string, field: string, choices: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  choices.forEach((choice, i) => {
    const key = choiceKey(choice);
    const first = seen.get(key);
    if (first !== undefined) problems.push(mustBe(at, `${field}.choices[${i}]`, `differ from choice ${CHOICE_LETTERS[first]} ("${choices[first]}"); two identical choices make the question unfair`, choice));
    else seen.set(key, i);
  });
  return problems;
}
