import { CHOICE_LETTERS, PARTS, STAGES, SUBJECTS, type Lesson } from '../../schemas/lessons';

/** A validated lesson with its id. */
export type LessonEntry = Lesson & { id: string };
export type Stage = (typeof STAGES)[number];
export type Subject = (typeof SUBJECTS)[number];
export type Part = (typeof PARTS)[number];

/** The anchor of a source in a lesson's source list. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The letter shown before the choice at this position (0 → A). */
export const choiceLetter = (index: number): string => CHOICE_LETTERS[index] ?? '?';

/** Lessons in reading order: by stage, youngest first, then by their `order` number (stable). */
export function sortLessons<L extends Pick<LessonEntry, 'stage' | 'order'>>(lessons: readonly L[]): L[] {
  return [...lessons].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.order - b.order);
}

/** Lessons grouped by stage, youngest first, each group in reading order; empty stages are left out. */
export function groupByStage<L extends Pick<LessonEntry, 'stage' | 'order'>>(lessons: readonly L[]): Array<{ stage: Stage; lessons: L[] }> {
  const sorted = sortLessons(lessons);
  return STAGES.map((stage) => ({ stage, lessons: sorted.filter((lesson) => lesson.stage === stage) })).filter((group) => group.lessons.length > 0);
}

/** How many lessons each stage has, in stage order, including stages with none. */
export function countByStage(lessons: readonly Pick<LessonEntry, 'stage'>[]): Array<{ stage: Stage; count: number }> {
  return STAGES.map((stage) => ({ stage, count: lessons.filter((lesson) => lesson.stage === stage).length }));
}

/** Lessons that fit a subject, in the order given. */
export const lessonsForSubject = <L extends Pick<LessonEntry, 'subjects'>>(lessons: readonly L[], subject: Subject): L[] =>
  lessons.filter((lesson) => lesson.subjects.includes(subject));

/** Every source a lesson cites, each once, in order of first use: facts, then quiz, then places. */
export function sourcesOf(lesson: Pick<LessonEntry, 'facts' | 'quiz' | 'venues'>): string[] {
  const ids = [...lesson.facts.map((fact) => fact.source), ...lesson.quiz.map((q) => q.source), ...lesson.venues.map((v) => v.source)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Minutes spent in each part (class, home, before, visit, after), in that order, leaving out parts not used. */
export function minutesByPart(lesson: Pick<LessonEntry, 'activities'>): Array<{ part: Part; minutes: number }> {
  return PARTS.map((part) => ({
    part,
    minutes: lesson.activities.filter((activity) => activity.part === part).reduce((sum, activity) => sum + activity.minutes, 0),
  })).filter((entry) => entry.minutes > 0);
}

/** Activities grouped by consecutive part, so a visit reads as before → visit → after. */
export function activitiesByPart<A extends { part: Part }>(activities: readonly A[]): Array<{ part: Part; activities: A[] }> {
  const groups: Array<{ part: Part; activities: A[] }> = [];
  for (const activity of activities) {
    const last = groups.at(-1);
    if (last && last.part === activity.part) last.activities.push(activity);
    else groups.push({ part: activity.part, activities: [activity] });
  }
  return groups;
}
