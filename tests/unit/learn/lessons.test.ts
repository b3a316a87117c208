import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCollectionFolder } from '../../../src/content/read';
import { validateEntries } from '../../../src/content/validate';
import { readContent } from '../../../src/content/load';
import { lessonSchema } from '../../../src/schemas/lessons';
import { activitiesByPart, groupByStage, minutesByPart, sourcesOf } from '../../../src/domain/learn/lessons';
import { CONTENT_DIR, problemsAfter } from '../../helpers/content-copy';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'schemas');

/** Validates the lesson fixtures of one folder whose names start with `only`. */
function fixtureProblems(folder: 'good' | 'bad', only: string) {
  const problems: string[] = [];
  const entries = readCollectionFolder(FIXTURES, folder, false, problems).filter((entry) => entry.id.startsWith(only));
  validateEntries(entries, lessonSchema, problems);
  return { problems, count: entries.length };
}

describe('the lesson schema', () => {
  it('accepts a complete lesson', () => {
    expect(fixtureProblems('good', 'lesson')).toEqual({ problems: [], count: 1 });
  });
  it('refuses a quiz answer that names no choice, saying which letters exist', () => {
    expect(fixtureProblems('bad', 'lesson-answer-not-a-choice').problems).toEqual([
      'bad/lesson-answer-not-a-choice.yaml: quiz[2].answer must be the letter of one of the 2 choices (A–B) (got "D")',
    ]);
  });
  it('names the allowed stages', () => {
    const [problem] = fixtureProblems('bad', 'lesson-unknown-stage').problems;
    expect(problem).toBe('bad/lesson-unknown-stage.yaml: stage must be one of lower-primary, upper-primary, junior, senior (got "kindergarten")');
  });
  it('requires a teacher’s answer for every worksheet item', () => {
    expect(fixtureProblems('bad', 'lesson-missing-answer').problems).toEqual(['bad/lesson-missing-answer.yaml: worksheet.items[0].answer is missing; it must be text']);
  });
  it('requires at least three quiz questions', () => {
    const { problems } = fixtureProblems('bad', 'lesson-two-questions');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bad\/lesson-two-questions\.yaml: quiz must list at least 3 questions \(got \[\{"question":"问题一"/);
  });
});

const AUDIT = 'lessons/home-water-audit.yaml';
const TRIP = 'lessons/field-trip-education-base.yaml';

describe('lesson integrity names file, field and what was expected', () => {
  it('an unknown plan clause', () => {
    expect(problemsAfter((c) => c.edit(AUDIT, (l) => { l.local.clauses[0] = 'task-leaks'; }))).toEqual([
      'lessons/home-water-audit.yaml: local.clauses[0] names unknown clause "task-leaks" (expected one of the ids in content/plan/)',
    ]);
  });
  it('an unknown target', () => {
    expect(problemsAfter((c) => c.edit(TRIP, (l) => { l.local.targets[1] = 'education-bases-2030'; }))).toEqual([
      'lessons/field-trip-education-base.yaml: local.targets[1] names unknown target "education-bases-2030" (expected one of the ids in content/targets/)',
    ]);
  });
  it('a fact without a known source', () => {
    expect(problemsAfter((c) => c.edit(AUDIT, (l) => { l.facts[2].source = 'hearsay'; }))).toEqual([
      'lessons/home-water-audit.yaml: facts[2].source names unknown source "hearsay" (expected one of the ids in content/sources/)',
    ]);
  });
  it('a place without a known source', () => {
    expect(problemsAfter((c) => c.edit(TRIP, (l) => { l.venues[0].source = 'blog-post'; }))).toEqual([
      'lessons/field-trip-education-base.yaml: venues[0].source names unknown source "blog-post" (expected one of the ids in content/sources/)',
    ]);
  });
  it('a duration that is not the activities added up', () => {
    expect(problemsAfter((c) => c.edit(AUDIT, (l) => { l.duration = 90; }))).toEqual([
      'lessons/home-water-audit.yaml: duration must equal the activities\' minutes added up, 115 (got 90)',
    ]);
  });
  it('a visit without its safety checklist or its return to school', () => {
    const problems = problemsAfter((c) => c.edit(TRIP, (l) => {
      l.safety = [];
      l.activities = l.activities.filter((a: { part: string }) => a.part !== 'after');
      l.duration = l.activities.reduce((sum: number, a: { minutes: number }) => sum + a.minutes, 0);
    }));
    expect(problems).toEqual([
      'lessons/field-trip-education-base.yaml: activities must include a step for each part of a visit: before, visit, after (missing after)',
      'lessons/field-trip-education-base.yaml: safety is missing; a visit needs a safety checklist',
    ]);
  });
  it('a home lesson with no step at home', () => {
    const problems = problemsAfter((c) => c.edit(AUDIT, (l) => { l.activities.forEach((a: { part: string }) => { a.part = 'class'; }); }));
    expect(problems).toEqual(['lessons/home-water-audit.yaml: activities must include a step with part: home for a lesson done at home']);
  });
  it('a file name that would hide the teachers’ page', () => {
    const problems = problemsAfter((c) => c.write('lessons/teachers.yaml', c.read(AUDIT)));
    expect(problems).toEqual(['lessons/teachers.yaml: file name "teachers" is reserved for another page under /learn/; rename the file']);
  });
});

describe('the real lessons', () => {
  const { content } = readContent(CONTENT_DIR);
  const lessons = content.lessons;
  it('number at least 10, with at least two for every stage', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    for (const group of groupByStage(lessons)) expect(group.lessons.length, group.stage).toBeGreaterThanOrEqual(2);
    expect(groupByStage(lessons).map((group) => group.stage)).toEqual(['lower-primary', 'upper-primary', 'junior', 'senior']);
  });
  it('cover all four subjects', () => {
    expect(new Set(lessons.flatMap((lesson) => lesson.subjects))).toEqual(new Set(['science', 'morality-law', 'geography', 'practice']));
  });
  it('include a home water audit done with family and a visit to an education base', () => {
    expect(lessons.filter((lesson) => lesson.setting === 'home').map((lesson) => lesson.id)).toContain('home-water-audit');
    const trip = lessons.find((lesson) => lesson.setting === 'field-trip');
    expect(trip?.venues.map((venue) => [venue.name, venue.source])).toEqual([['越城区节水宣传教育基地', 'sxnews-2019-yuecheng-education-base']]);
  });
  it('never link a source to a document-sharing mirror', () => {
    const mirrors = /ilynn|gcs66|bjtbwm|gsmfordummies|csyrq|xiayou8|tftnews|baogaosu|xjnnet|hczyw|360elib|\d+\.\d+\.\d+\.\d+/;
    const cited = new Set(lessons.flatMap((lesson) => sourcesOf(lesson)));
    const linked = content.sources.filter((source) => cited.has(source.id) && source.url !== null);
    expect(linked.filter((source) => mirrors.test(source.url!)).map((source) => source.id)).toEqual([]);
  });
});

describe('lesson helpers', () => {
  const lesson = {
    stage: 'junior' as const,
    order: 1,
    facts: [{ text: 'a', source: 'plan-draft' }, { text: 'b', source: 'noaa' }, { text: 'c', source: 'plan-draft' }],
    quiz: [{ source: null }, { source: 'epa' }, { source: 'noaa' }],
    venues: [{ source: 'news' }],
    activities: [
      { part: 'before' as const, minutes: 20 },
      { part: 'visit' as const, minutes: 40 },
      { part: 'visit' as const, minutes: 20 },
      { part: 'after' as const, minutes: 30 },
    ],
  };
  it('lists each source once, in order of first use', () => {
    expect(sourcesOf(lesson as never)).toEqual(['plan-draft', 'noaa', 'epa', 'news']);
  });
  it('adds up minutes per part, in the order class, home, before, visit, after', () => {
    expect(minutesByPart(lesson as never)).toEqual([{ part: 'before', minutes: 20 }, { part: 'visit', minutes: 60 }, { part: 'after', minutes: 30 }]);
  });
  it('groups consecutive steps of the same part', () => {
    expect(activitiesByPart(lesson.activities).map((group) => [group.part, group.activities.length])).toEqual([['before', 1], ['visit', 2], ['after', 1]]);
  });
  it('orders lessons by stage, then by their order number', () => {
    const list = [
      { id: 'c', stage: 'senior' as const, order: 1 },
      { id: 'b', stage: 'lower-primary' as const, order: 2 },
      { id: 'a', stage: 'lower-primary' as const, order: 1 },
    ];
    expect(groupByStage(list).map((group) => [group.stage, group.lessons.map((l) => l.id)])).toEqual([['lower-primary', ['a', 'b']], ['senior', ['c']]]);
  });
});
