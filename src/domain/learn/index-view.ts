import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { STAGES, SUBJECTS } from '../../schemas/lessons';
import { countByStage, groupByStage, lessonsForSubject, type LessonEntry, type Stage, type Subject } from './lessons';

/** Which lessons an index page lists: all of them (the hub), one stage, or one subject. */
export type LessonFilter = { stage: Stage } | { subject: Subject } | null;

/** A lesson as the lists show it; data-* attributes carry its stage and subjects for the filter island. */
export interface LessonCardView {
  id: string;
  href: string;
  title: string;
  summary: string;
  /** "科学、综合实践活动 · 45分钟 · 课堂". */
  facts: string;
  stage: Stage;
  subjects: Subject[];
}

/** One plain link of the no-JavaScript filters. */
export interface FilterLink {
  href: string;
  label: string;
  count: number;
  current: boolean;
}

/** The view model of /learn/, /learn/stage/<stage>/ and /learn/subject/<subject>/. */
export interface LessonIndexView {
  title: string;
  intro: string;
  breadcrumbs: Array<{ label: string; href?: string }>;
  /** Plain links, one page per stage and per subject: the filters without JavaScript. */
  filterLinks: Array<{ title: string; links: FilterLink[] }>;
  /** The stage × subject choices the filter island combines; null where the page lists a subset already. */
  combine: { stages: Array<{ value: Stage; label: string }>; subjects: Array<{ value: Subject; label: string }>; total: number } | null;
  teachers: { href: string; label: string };
  /** The lessons shown, grouped by stage, youngest first. */
  groups: Array<{ stage: Stage; anchor: string; heading: string; grades: string; cards: LessonCardView[] }>;
}

/** A lesson as a card. */
export function lessonCard(lesson: LessonEntry): LessonCardView {
  return {
    id: lesson.id,
    href: routes.lesson(lesson.id),
    title: lesson.title,
    summary: lesson.summary,
    facts: [lesson.subjects.map((subject) => t(`learn.subject.${subject}`)).join('、'), `${lesson.duration}${t('learn.minutes')}`, t(`learn.setting.${lesson.setting}`)].join(' · '),
    stage: lesson.stage,
    subjects: [...lesson.subjects],
  };
}

const stageLabel = (stage: Stage) => `${t(`learn.stage.${stage}`)}（${t(`learn.grades.${stage}`)}）`;

/** The hub (filter null), or the page of one stage or one subject. */
export function lessonIndexView(site: Pick<SiteModel, 'content'>, filter: LessonFilter): LessonIndexView {
  const all = site.content.lessons;
  const lessons = !filter ? all : 'stage' in filter ? all.filter((lesson) => lesson.stage === filter.stage) : lessonsForSubject(all, filter.subject);
  const current = !filter ? routes.learn() : 'stage' in filter ? routes.lessonStage(filter.stage) : routes.lessonSubject(filter.subject);
  const link = (href: string, label: string, count: number): FilterLink => ({ href, label, count, current: href === current });
  const counts = countByStage(all).map(({ stage, count }) => `${t(`learn.stage.${stage}`)} ${count} 课`).join('、');
  const page = !filter
    ? { title: t('learn.title'), intro: `给中小学老师的节水课：${all.length} 课，按学段和学科分类（${counts}）。每课有学习目标、分步活动和时间安排、与绍兴和方案的联系、可打印的学习单和答案、课堂小测验，以及每个事实的出处。`, crumb: null }
    : 'stage' in filter
      ? { title: `${stageLabel(filter.stage)}的节水课`, intro: `适合${stageLabel(filter.stage)}的 ${lessons.length} 节节水课。`, crumb: t(`learn.stage.${filter.stage}`) }
      : { title: `${t(`learn.subject.${filter.subject}`)}学科的节水课`, intro: `可以在${t(`learn.subject.${filter.subject}`)}课上使用的 ${lessons.length} 节节水课，按学段排列。`, crumb: t(`learn.subject.${filter.subject}`) };
  return {
    title: page.title,
    intro: page.intro,
    breadcrumbs: page.crumb ? [{ label: t('learn.title'), href: routes.learn() }, { label: page.crumb }] : [{ label: t('learn.title') }],
    filterLinks: [
      { title: t('learn.byStage'), links: [link(routes.learn(), t('learn.all'), all.length), ...STAGES.map((stage) => link(routes.lessonStage(stage), t(`learn.stage.${stage}`), all.filter((l) => l.stage === stage).length))] },
      { title: t('learn.bySubject'), links: SUBJECTS.map((subject) => link(routes.lessonSubject(subject), t(`learn.subject.${subject}`), lessonsForSubject(all, subject).length)) },
    ],
    combine: filter ? null : {
      stages: STAGES.map((value) => ({ value, label: t(`learn.stage.${value}`) })),
      subjects: SUBJECTS.map((value) => ({ value, label: t(`learn.subject.${value}`) })),
      total: all.length,
    },
    teachers: { href: routes.teachers(), label: `${t('learn.teachers')}：怎样使用这些材料、与方案的对应、节水宣传教育基地` },
    groups: groupByStage(lessons).map((group) => ({
      stage: group.stage,
      anchor: `stage-${group.stage}`,
      heading: t(`learn.stage.${group.stage}`),
      grades: t(`learn.grades.${group.stage}`),
      cards: group.lessons.map(lessonCard),
    })),
  };
}
