import type { SiteContent } from '../schemas/index';
import { SITE_LEVELS, SITE_STATUSES } from '../schemas/sites';
import { routes } from '../routes';

/**
 * Every page path the build makes from this content, as src/routes.ts writes them (without
 * anchors), with the anchors that content defines on them. Lessons' related links are checked
 * against it; tests/built/routes.test.ts checks that each listed path exists in dist/.
 */
export function sitePaths(content: SiteContent): { pages: Set<string>; anchors: Map<string, Set<string>> } {
  const pages = new Set<string>([
    routes.home(), routes.about(), routes.accessibility(), routes.methods(), routes.search(), routes.plan(), routes.targets(),
    routes.indicators(), routes.responsibilities(), routes.departments(), routes.sites(), routes.siteProgress(), routes.tips(),
    routes.tipsPrint(), routes.calculator(), routes.labels(), routes.learn(), routes.teachers(), routes.data(),
  ]);
  const add = (path: string | null) => path && pages.add(path);
  for (const kind of ['measure', 'project', 'task', 'mechanism', 'safeguard'] as const) add(routes.entityIndex(kind));
  content.measures.forEach((e) => add(routes.entity({ kind: 'measure', id: e.id })));
  content.projects.forEach((e) => add(routes.entity({ kind: 'project', id: e.id })));
  content.tasks.forEach((e) => add(routes.entity({ kind: 'task', id: e.id })));
  content.mechanisms.forEach((e) => add(routes.entity({ kind: 'mechanism', id: e.id })));
  content.safeguards.forEach((e) => add(routes.entity({ kind: 'safeguard', id: e.id })));
  content.targets.forEach((e) => add(routes.target(e.id)));
  content.indicators.forEach((e) => add(routes.indicator(e.id)));
  content.departments.forEach((e) => add(routes.department(e.id)));
  content.sites.forEach((site) => add(routes.site(site.id)));
  // The directory has a page for every value of every facet, with or without sites (src/domain/sites/views.ts).
  content['site-types'].forEach((type) => add(routes.siteFacet('type', type.id)));
  content.counties.forEach((county) => add(routes.siteFacet('county', county.id)));
  SITE_LEVELS.forEach((level) => add(routes.siteFacet('level', level)));
  SITE_STATUSES.forEach((status) => add(routes.siteFacet('status', status)));
  content.tips.forEach((tip) => {
    add(routes.tipsByPlace(tip.place));
    tip.audience.forEach((audience) => add(routes.tipsFor(audience)));
  });
  content.lessons.forEach((lesson) => {
    add(routes.lesson(lesson.id));
    add(routes.worksheet(lesson.id));
    add(routes.lessonStage(lesson.stage));
    lesson.subjects.forEach((subject) => add(routes.lessonSubject(subject)));
  });
  const anchors = new Map<string, Set<string>>([
    [routes.plan(), new Set(content.plan.map((clause) => clause.id))],
    [routes.tips(), new Set(content.tips.map((tip) => `tip-${tip.id}`))],
    [routes.labels(), new Set(content['labelled-products'].map((product) => `product-${product.id}`))],
    [routes.about(), new Set(content.sources.map((source) => `source-${source.id}`))],
  ]);
  return { pages, anchors };
}

/** Why a site path does not lead to a page the build makes (or to an anchor content defines there), or null. */
export function sitePathProblem(href: string, paths: ReturnType<typeof sitePaths>): string | null {
  const [path, anchor] = href.split('#');
  if (!paths.pages.has(path)) return 'be a page this site builds (see src/routes.ts), like /calculator/';
  if (anchor !== undefined) {
    const known = paths.anchors.get(path);
    if (!known?.has(anchor)) return `point at an anchor that exists on ${path}`;
  }
  return null;
}
