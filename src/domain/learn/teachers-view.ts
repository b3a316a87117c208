import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { formatDeadline } from '../targets/format';
import { countByStage, groupByStage } from './lessons';
import { clauseLabel, venueViews, type VenueView } from './cite';
import { countyRefs, isCountyScoped, type CountyRef } from '../counties/links';

/** The live values the teachers' guide (content/pages/teachers.mdx) shows: counts, links, the plan map, the places. */
export interface TeachersView {
  lessonCount: number;
  /** "小学低段 3 课、小学高段 3 课、…". */
  stageCounts: string;
  homeLesson: { title: string | undefined; href: string };
  fieldTrip: { href: string; worksheetHref: string };
  planMap: Array<{
    stage: string;
    grades: string;
    lessons: Array<{ title: string; href: string; subjects: string; clauses: Array<{ label: string; href: string }>; targets: Array<{ title: string; href: string; places: CountyRef[] }> }>;
  }>;
  baseTargets: Array<{ title: string; href: string; deadline: string }>;
  venueLists: VenueView[][];
  links: { learn: string; educationBases: string; siteProgress: string };
}

/** The targets for education bases that the guide names. */
const BASE_TARGETS = ['education-bases-2022', 'provincial-education-bases-2022'];

/** The props of the teachers' guide. */
export function teachersView(site: Pick<SiteModel, 'content' | 'index'>): TeachersView {
  const lessons = site.content.lessons;
  const { index } = site;
  const targetOf = (id: string) => {
    const target = index.targets.get(id);
    if (!target) throw new Error(`unknown target "${id}"`);
    return target;
  };
  const fieldTrip = lessons.find((lesson) => lesson.setting === 'field-trip');
  const homeLesson = lessons.find((lesson) => lesson.setting === 'home');
  return {
    lessonCount: lessons.length,
    stageCounts: countByStage(lessons).map(({ stage, count }) => `${t(`learn.stage.${stage}`)} ${count} 课`).join('、'),
    homeLesson: { title: homeLesson?.title, href: homeLesson ? routes.lesson(homeLesson.id) : routes.learn() },
    fieldTrip: { href: fieldTrip ? routes.lesson(fieldTrip.id) : routes.learn(), worksheetHref: fieldTrip ? routes.worksheet(fieldTrip.id) : routes.learn() },
    planMap: groupByStage(lessons).map((group) => ({
      stage: t(`learn.stage.${group.stage}`),
      grades: t(`learn.grades.${group.stage}`),
      lessons: group.lessons.map((lesson) => ({
        title: lesson.title,
        href: routes.lesson(lesson.id),
        subjects: lesson.subjects.map((s) => t(`learn.subject.${s}`)).join('、'),
        clauses: lesson.local.clauses.map((id) => ({ label: clauseLabel(site, id), href: routes.clause(id) })),
        targets: lesson.local.targets.map((id) => ({ title: targetOf(id).title, href: routes.target(id), places: isCountyScoped(targetOf(id).scope) ? countyRefs(site.content, targetOf(id).scope) : [] })),
      })),
    })),
    baseTargets: BASE_TARGETS.map((id) => ({ title: targetOf(id).title, href: routes.target(id), deadline: formatDeadline(targetOf(id)) })),
    venueLists: lessons.filter((lesson) => lesson.venues.length > 0).map((lesson) => venueViews(site, lesson.venues)),
    links: { learn: routes.learn(), educationBases: routes.siteFacet('type', 'education-base'), siteProgress: routes.siteProgress() },
  };
}
