import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { CHOICE_LETTERS } from '../../schemas/lessons';
import { choiceLetter, sourceAnchor, sourcesOf, type LessonEntry } from './lessons';
import { clauseLabel, sourceView, targetStatusLink, venueViews, type SourceView, type TargetStatusLink, type VenueView } from './cite';
import { tableStackBelow } from './worksheet-table';

export { lessonIndexView, type LessonIndexView, type LessonFilter, type LessonCardView } from './index-view';
export { teachersView, type TeachersView } from './teachers-view';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses'>;
/** A trail under the home page, as BaseLayout takes it. */
export type Breadcrumbs = Array<{ label: string; href?: string }>;

/** Finds a lesson by id; a missing id is a bug in getStaticPaths, so it throws. */
export function lessonById(site: Pick<SiteModel, 'content'>, id: string): LessonEntry {
  const lesson = site.content.lessons.find((entry) => entry.id === id);
  if (!lesson) throw new Error(`unknown lesson "${id}"`);
  return lesson;
}

/** One fact of a lesson: its citation number in the source list, and the targets it states with their status. */
export interface FactView {
  text: string;
  cite: { n: number; href: string; label: string };
  targets: TargetStatusLink[];
}

/** One quiz question, its choices lettered, its right answer and the targets it is about. */
export interface QuizQuestionView {
  n: number;
  question: string;
  choices: Array<{ letter: string; text: string }>;
  answer: string;
  rightChoice: string;
  explanation: string;
  targets: TargetStatusLink[];
}

/** Everything a lesson's page shows, beyond the lesson's own fields. */
export interface LessonPageView {
  lesson: LessonEntry;
  breadcrumbs: Breadcrumbs;
  /** Search filters: the stage and the subjects in words. */
  pagefind: { stage: string; subjects: string[] };
  /** The page's sections, for the on-page menu: [anchor, heading]. */
  sections: Array<[string, string]>;
  worksheetHref: string;
  teachersHref: string;
  local: { summary: string; clauses: Array<{ label: string; href: string }>; targets: TargetStatusLink[] };
  venues: VenueView[];
  /** The worksheet section's sentence: its intro, how many items, how it prints. */
  worksheetNote: string;
  facts: FactView[];
  sources: SourceView[];
  quiz: QuizQuestionView[];
}

/** The quiz of a lesson, ready to show. */
export function quizView(site: Site, lesson: LessonEntry): QuizQuestionView[] {
  return lesson.quiz.map((q, i) => ({
    n: i + 1,
    question: q.question,
    choices: q.choices.map((text, j) => ({ letter: choiceLetter(j), text })),
    answer: q.answer,
    rightChoice: q.choices[CHOICE_LETTERS.indexOf(q.answer)],
    explanation: q.explanation,
    targets: q.targets.map((id) => targetStatusLink(site, id)),
  }));
}

/** The view model of /learn/<id>/. */
export function lessonPageView(site: Site, id: string): LessonPageView {
  const lesson = lessonById(site, id);
  const ids = sourcesOf(lesson);
  const sections: Array<[string, string]> = [
    ['objectives', t('learn.objectives')],
    ['activities', t('learn.activities')],
    ...(lesson.venues.length > 0 ? [['venues', t('learn.venues')] as [string, string]] : []),
    ...(lesson.safety.length > 0 ? [['safety', t('learn.safety')] as [string, string]] : []),
    ['local', t('learn.local')],
    ['worksheet', t('learn.worksheet')],
    ['quiz', t('learn.quiz')],
    ['facts', t('learn.facts')],
  ];
  return {
    lesson,
    breadcrumbs: [{ label: t('learn.title'), href: routes.learn() }, { label: lesson.title }],
    pagefind: { stage: t(`learn.stage.${lesson.stage}`), subjects: lesson.subjects.map((s) => t(`learn.subject.${s}`)) },
    sections,
    worksheetHref: routes.worksheet(lesson.id),
    teachersHref: routes.teachers(),
    local: {
      summary: lesson.local.summary,
      clauses: lesson.local.clauses.map((clause) => ({ label: clauseLabel(site, clause), href: routes.clause(clause) })),
      targets: lesson.local.targets.map((target) => targetStatusLink(site, target)),
    },
    venues: venueViews(site, lesson.venues),
    worksheetNote: `${lesson.worksheet.intro}学习单共 ${lesson.worksheet.items.length} 题，打印版为一页 A4，答案单独成页：`,
    facts: lesson.facts.map((fact) => {
      const n = ids.indexOf(fact.source) + 1;
      return { text: fact.text, cite: { n, href: `#${sourceAnchor(fact.source)}`, label: `${t('learn.sourceOf')} ${n}` }, targets: fact.targets.map((target) => targetStatusLink(site, target)) };
    }),
    sources: ids.map((source) => sourceView(site, source)),
    quiz: quizView(site, lesson),
  };
}

/** One task of the printed worksheet. */
export interface WorksheetItemView {
  n: number;
  prompt: string;
  lines: number;
  columns: string[];
  rows: number;
  box: number;
  /** Below this width (in em) the table cannot show its columns readably and stacks, one block per row; null without a table. */
  stackBelow: number | null;
}

/** The view model of /learn/<id>/worksheet/: the A4 sheet, then the teacher's answer key. */
export interface WorksheetView {
  title: string;
  description: string;
  breadcrumbs: Breadcrumbs;
  lesson: { title: string; href: string; stage: LessonEntry['stage'] };
  kicker: string;
  intro: string;
  items: WorksheetItemView[];
  answerKey: { title: string; sheet: string[]; quiz: Array<{ answer: string; explanation: string }> };
}

/** The view model of a lesson's worksheet page. */
export function worksheetView(site: Pick<SiteModel, 'content'>, id: string): WorksheetView {
  const lesson = lessonById(site, id);
  const title = `《${lesson.title}》${t('learn.worksheet')}`;
  return {
    title,
    description: `《${lesson.title}》的学习单，A4 打印版，附教师用答案。`,
    breadcrumbs: [{ label: t('learn.title'), href: routes.learn() }, { label: lesson.title, href: routes.lesson(lesson.id) }, { label: t('learn.worksheet') }],
    lesson: { title: lesson.title, href: routes.lesson(lesson.id), stage: lesson.stage },
    kicker: `${t('learn.sheetKicker')} · ${t(`learn.stage.${lesson.stage}`)}`,
    intro: lesson.worksheet.intro,
    items: lesson.worksheet.items.map((item, i) => ({
      n: i + 1,
      prompt: item.prompt,
      lines: item.lines,
      columns: item.columns,
      rows: item.columns.length > 0 ? item.rows : 0,
      box: item.box,
      stackBelow: item.columns.length > 0 ? tableStackBelow(item.columns) : null,
    })),
    answerKey: {
      title: `${t('learn.answerKey')}：${lesson.title}`,
      sheet: lesson.worksheet.items.map((item) => item.answer),
      quiz: lesson.quiz.map((q) => ({ answer: `${q.answer}. ${q.choices[CHOICE_LETTERS.indexOf(q.answer)]}`, explanation: q.explanation })),
    },
  };
}

export type { SourceView, TargetStatusLink, VenueView };
