import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { fileForPath } from '../helpers/dist';
import { CONTENT_DIR } from '../helpers/content-copy';
import { loadContent } from '../../src/content/load';
import { routes } from '../../src/routes';
import { STAGES, SUBJECTS } from '../../src/schemas/lessons';
import { buildSiteModel } from '../../src/domain/site-model';
import { embeddable, requestRows } from '../../src/domain/sharing/views';
import { chartDownloads } from '../../src/charts/downloads';

/**
 * Every route helper, built from the real content, must name a page in dist/ and, where it has
 * an anchor, an element with that id on the page. A helper nobody calls here fails the last test.
 */
const content = loadContent(CONTENT_DIR);
const site = buildSiteModel(content);
const first = <T>(list: readonly T[]): T => list[0];
const samples: Record<keyof typeof routes, string[]> = {
  home: [routes.home()],
  about: [routes.about(), routes.about('draft')],
  draftNotice: [routes.draftNotice()],
  source: content.sources.map((s) => routes.source(s.id)),
  accessibility: [routes.accessibility(), routes.accessibility('zoom')],
  methods: [routes.methods()],
  search: [routes.search()],
  sitemap: [routes.sitemap()],
  plan: [routes.plan()],
  clause: content.plan.map((c) => routes.clause(c.id)),
  planContents: [routes.planContents()],
  entity: [
    ...content.measures.map((e) => routes.entity({ kind: 'measure', id: e.id })),
    ...content.projects.map((e) => routes.entity({ kind: 'project', id: e.id })),
    ...content.tasks.map((e) => routes.entity({ kind: 'task', id: e.id })),
    ...content.mechanisms.map((e) => routes.entity({ kind: 'mechanism', id: e.id })),
    ...content.safeguards.map((e) => routes.entity({ kind: 'safeguard', id: e.id })),
    ...content.principles.map((e) => routes.entity({ kind: 'principle', id: e.id }, e.clause)),
  ],
  entityIndex: (['measure', 'project', 'task', 'mechanism', 'safeguard'] as const).map((kind) => routes.entityIndex(kind)!),
  targets: [routes.targets()],
  target: content.targets.map((t) => routes.target(t.id)),
  targetRow: content.targets.map((t) => routes.targetRow(t.id)),
  targetFilter: [routes.targetFilter('deadline', '2022'), routes.targetFilter('status', 'overdue-no-data'), routes.targetFilter('section', 'goals')],
  indicators: [routes.indicators()],
  indicator: content.indicators.map((i) => routes.indicator(i.id)),
  responsibilities: [routes.responsibilities()],
  annex: [routes.annex()],
  annexRow: content.responsibilities.map((r) => routes.annexRow(r.id)),
  annexGroup: ['measure', 'task', 'mechanism', 'safeguard'].map((kind) => routes.annexGroup(kind)),
  matrix: [routes.matrix()],
  matrixStylesheet: [routes.matrixStylesheet()],
  departments: [routes.departments()],
  department: content.departments.map((d) => routes.department(d.id)),
  sites: [routes.sites()],
  site: content.sites.map((s) => routes.site(s.id)),
  sitesPage: [routes.sitesPage(routes.sites(), 1)],
  siteFacet: [
    routes.siteFacet('type', first(content.sites).type),
    routes.siteFacet('county', first(content.sites).county),
    routes.siteFacet('level', first(content.sites).level),
    routes.siteFacet('status', first(content.sites).status),
  ],
  siteProgress: [routes.siteProgress()],
  siteFilterIndex: [routes.siteFilterIndex()],
  tips: [routes.tips()],
  tipsByPlace: [...new Set(content.tips.map((t) => t.place))].map((p) => routes.tipsByPlace(p)),
  tipsFor: [...new Set(content.tips.flatMap((t) => t.audience))].map((a) => routes.tipsFor(a)),
  tipsPrint: [routes.tipsPrint()],
  tip: content.tips.map((t) => routes.tip(t.id)),
  calculator: [routes.calculator()],
  labels: [routes.labels()],
  labelProduct: content['labelled-products'].map((p) => routes.labelProduct(p.id)),
  learn: [routes.learn()],
  lesson: content.lessons.map((l) => routes.lesson(l.id)),
  worksheet: content.lessons.map((l) => routes.worksheet(l.id)),
  lessonStage: STAGES.filter((s) => content.lessons.some((l) => l.stage === s)).map((s) => routes.lessonStage(s)),
  lessonSubject: SUBJECTS.filter((s) => content.lessons.some((l) => l.subjects.includes(s))).map((s) => routes.lessonSubject(s)),
  teachers: [routes.teachers()],
  data: [routes.data()],
  dataFile: ['targets', 'indicators', 'observations', 'responsibilities', 'departments', 'sources', 'sites'].flatMap((d) => [routes.dataFile(d, 'csv'), routes.dataFile(d, 'json')]),
  counties: [routes.counties()],
  county: content.counties.map((c) => routes.county(c.id)),
  updates: [routes.updates()],
  update: content.updates.map((u) => routes.update(u.id)),
  feed: [routes.feed()],
  observation: content.observations.map((o) => routes.observation(o.indicator, o.id)),
  embed: embeddable(site).map((e) => routes.embed(e.id)),
  chartFile: chartDownloads(site).flatMap((chart) => [routes.chartFile(chart.id, 'csv'), routes.chartFile(chart.id, 'svg')]),
  shareImage: [routes.shareImage(), ...content.targets.map((t) => routes.shareImage({ kind: 'target', id: t.id })), ...content.indicators.map((i) => routes.shareImage({ kind: 'indicator', id: i.id }))],
  request: [routes.request(), routes.request('time')],
  targetRequest: requestRows(site).map((row) => routes.targetRequest(row.id)),
};

const idCache = new Map<string, Set<string>>();
const idsOn = (file: string) => {
  if (!idCache.has(file)) idCache.set(file, new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.id)));
  return idCache.get(file)!;
};

describe.each(Object.entries(samples))('routes.%s', (_name, hrefs) => {
  it(`names pages that exist (${hrefs.length} checked)`, () => {
    expect(hrefs.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      const file = fileForPath(path);
      if (!file) missing.push(`${href}: no page`);
      else if (hash && !idsOn(file).has(decodeURIComponent(hash))) missing.push(`${href}: no element with id "${hash}"`);
    }
    expect(missing).toEqual([]);
  });
});

it('every route helper is checked above', () => {
  expect(Object.keys(samples).sort()).toEqual(Object.keys(routes).sort());
});
