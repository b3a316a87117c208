import type { SiteContent } from '../../schemas/index';
import type { SiteStatus } from '../../schemas/sites';
import type { SiteModel } from '../site-model';
import { t } from '../../i18n/zh-CN';
import { routes } from '../../routes';
import { formatDeadline, formatTargetValue } from '../targets/format';
import { directoryCount, FLOOR_NOTE } from '../targets/directory-count';
import { STATUS_STYLE, type Status } from '../targets/status';
import { siteTypes, type SiteTypes } from './types';
import {
  SITE_FACETS,
  SITE_PAGE_SIZE,
  countTowardsOnce,
  facetCounts,
  facetLabel,
  facetValues,
  levelLabel,
  paginate,
  progressRows,
  sortSites,
  statusLabel,
  type CountyInfo,
  type DirectoryTerms,
  type SiteEntry,
  type SiteFacet,
} from './directory';
import { toSiteRecord, type SiteRecord, type SourceInfo } from './export';

/** A source as the directory shows it, with the short form its tables use. */
export type DirectorySource = SourceInfo & { kind: string; note: string | null; short: string };

/** One row of a directory table: every cell already in words. */
export interface SiteRowView {
  id: string;
  href: string;
  name: string;
  type: string;
  typeLabel: string;
  county: string;
  countyName: string;
  level: string;
  levelLabel: string;
  /** The year, or "—" where the source gives none. */
  year: string;
  status: string;
  statusLabel: string;
  /** The short source line: the plan by title, anything else by publisher and date. */
  source: string;
}

/** One value of a facet in the browse links and the filter: its label, its count and its plain filter page. */
export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  href: string;
}

/** One facet (type, county, level, status) with all its values. */
export interface FacetGroupView {
  facet: SiteFacet;
  title: string;
  values: FacetValueView[];
}

/** Everything the directory pages share, computed once per build. */
export interface SitesDirectory {
  /** Sites in directory order: by type (plan order), then county, then name. */
  sites: SiteEntry[];
  /** Each site's table row, by id. */
  rows: Map<string, SiteRowView>;
  terms: DirectoryTerms;
  sources: Map<string, DirectorySource>;
  /** The browse links, with counts over the whole directory. */
  facets: FacetGroupView[];
}

/** The short source line of the directory's table: the plan by title, anything else by publisher and date. */
const shortSource = (source: Omit<DirectorySource, 'short'>) =>
  source.kind === 'plan' ? `《${source.title}》` : `${source.publisher}${source.date ? `，${source.date}` : ''}`;

const directoryCache = new WeakMap<SiteContent, SitesDirectory>();

/**
 * The directory's shared data: sorted sites, their rows, the facets and the sources. Every
 * directory, filter and site page asks for it; computing it once per build keeps the build linear
 * in the number of sites.
 */
export function sitesDirectory(site: Pick<SiteModel, 'content'>): SitesDirectory {
  const { content } = site;
  let directory = directoryCache.get(content);
  if (directory) return directory;
  const counties: CountyInfo[] = content.counties.map(({ id, name, order }) => ({ id, name, order }));
  const terms: DirectoryTerms = { counties, types: siteTypes(content) };
  const sites: SiteEntry[] = sortSites(content.sites, terms);
  const sources = new Map<string, DirectorySource>(
    content.sources.map((source) => {
      const base = { id: source.id, publisher: source.publisher, title: source.title, date: source.date, url: source.url, kind: source.kind, note: source.note };
      return [source.id, { ...base, short: shortSource(base) }];
    }),
  );
  const countyName = new Map(counties.map((county) => [county.id, county.name]));
  const rows = new Map(
    sites.map((entry): [string, SiteRowView] => [
      entry.id,
      {
        id: entry.id,
        href: routes.site(entry.id),
        name: entry.name,
        type: entry.type,
        typeLabel: terms.types.label(entry.type),
        county: entry.county,
        countyName: countyName.get(entry.county) ?? entry.county,
        level: entry.level,
        levelLabel: levelLabel(entry.level),
        year: entry.year === null ? '—' : String(entry.year),
        status: entry.status,
        statusLabel: statusLabel(entry.status),
        source: sources.get(entry.source)?.short ?? '',
      },
    ]),
  );
  const facets = SITE_FACETS.map((facet): FacetGroupView => {
    const counts = facetCounts(sites, facet, terms);
    return {
      facet,
      title: t(`sites.facet.${facet}`),
      values: facetValues(facet, terms).map((value) => ({ value, label: facetLabel(facet, value, terms), count: counts.get(value) ?? 0, href: routes.siteFacet(facet, value) })),
    };
  });
  directory = { sites, rows, terms, sources, facets };
  directoryCache.set(content, directory);
  return directory;
}

/** The rows of these sites, in the order given. */
export const siteRows = (directory: SitesDirectory, sites: readonly SiteEntry[]): SiteRowView[] => sites.map((entry) => directory.rows.get(entry.id)!);

/** What the instant filter needs: the facets' options and its interface strings (read by the island from data-labels). */
export interface FilterView {
  total: number;
  indexHref: string;
  facets: FacetGroupView[];
  labels: string;
}

function filterView(directory: SitesDirectory): FilterView {
  const labels = {
    ...Object.fromEntries(directory.facets.map(({ facet, title, values }) => [facet, { _: title, ...Object.fromEntries(values.map((v) => [v.value, v.label])) }])),
    colspan: 7,
    empty: t('sites.noMatch'),
    found: t('sites.found'),
    shown: t('sites.shown'),
    source: t('sites.source'),
    year: t('sites.year'),
    // A site's address with a placeholder the island fills in (src/routes.ts builds every address).
    siteHref: routes.site('__id__'),
  };
  return { total: directory.sites.length, indexHref: routes.siteFilterIndex(), facets: directory.facets, labels: JSON.stringify(labels) };
}

/** One page of a list of sites (the directory, or one facet value), as SiteListPage shows it. */
export interface SiteListView {
  heading: string;
  title: string;
  description: string;
  breadcrumbs: Array<{ label: string; href?: string }>;
  caption: string;
  rows: SiteRowView[];
  total: number;
  pager: { base: string; page: number; count: number };
  facets: FacetGroupView[];
  /** The facet value of this list, marked as current in the browse links. */
  current: { facet: SiteFacet; value: string } | null;
  /** The instant filter, offered on the directory itself only. */
  filter: FilterView | null;
}

function listView(directory: SitesDirectory, base: { heading: string; description: string; breadcrumbs: SiteListView['breadcrumbs']; href: string }, sites: readonly SiteEntry[], page: number, current: SiteListView['current']): SiteListView {
  const pages = paginate(sites);
  const shown = pages[Math.min(Math.max(page, 1), pages.length) - 1]!;
  const count = shown.count;
  return {
    heading: base.heading,
    title: page > 1 ? `${base.heading}（第 ${page} 页）` : base.heading,
    description: base.description,
    breadcrumbs: base.breadcrumbs,
    caption: `${base.heading}（共 ${sites.length} 条${count > 1 ? `，第 ${page} / ${count} 页` : ''}）`,
    rows: siteRows(directory, shown.items),
    total: sites.length,
    pager: { base: base.href, page, count },
    facets: directory.facets,
    current,
    filter: current ? null : filterView(directory),
  };
}

/** The directory (/sites/ and /sites/page/<n>/): its list page and the numbers its introduction gives. */
export function directoryPageView(site: Pick<SiteModel, 'content'>, page: number) {
  const directory = sitesDirectory(site);
  const progress = progressRows(directory.sites, directory.terms.types);
  const withData = progress.filter((row) => row.count > 0).length;
  const types = new Set(progress.map((row) => row.type)).size;
  const list = listView(
    directory,
    { heading: t('sites.title'), description: `${t('sites.lead')}共 ${directory.sites.length} 条，可按类型、所在地、级别和状态筛选。`, breadcrumbs: [{ label: t('sites.title') }], href: routes.sites() },
    directory.sites,
    page,
    null,
  );
  return { list, progress: `方案为 ${types} 类示范点或试点设定了 ${progress.length} 项数量目标，目前其中 ${withData} 项在名录中有公开来源的条目。` };
}

/** The page numbers after the first of the directory (/sites/page/<n>/). */
export const directoryExtraPages = (site: Pick<SiteModel, 'content'>): number[] => paginate(sitesDirectory(site).sites).slice(1).map((page) => page.number);

/** Every plain filter page (/sites/<facet>/<value>/ and its pages 2…n), for getStaticPaths. */
export function facetPagePaths(site: Pick<SiteModel, 'content'>): Array<{ facet: SiteFacet; value: string; page: number }> {
  const directory = sitesDirectory(site);
  return directory.facets.flatMap(({ facet, values }) =>
    values.flatMap(({ value, count }) => Array.from({ length: Math.max(1, Math.ceil(count / SITE_PAGE_SIZE)) }, (_, i) => ({ facet, value, page: i + 1 }))),
  );
}

/** A site type's targets, with how many sourced entries of the directory count towards each. */
export interface TypeTargetView {
  href: string;
  title: string;
  /** "不低于7个，2022年". */
  goal: string;
  /** "2 条", "3 个县（市、区）" or 暂无公开数据. */
  counted: string;
  /** The one explanation of the count against the target's status, where the status rests on a report. */
  explanation: string | null;
}

/** The targets sites of one type count towards (SiteTypeTargets). */
export function typeTargetsView(site: Pick<SiteModel, 'content' | 'statuses'>, type: string): TypeTargetView[] {
  const directory = sitesDirectory(site);
  const info = directory.terms.types.get(type);
  if (!info) throw new Error(`typeTargetsView: unknown site type "${type}"`);
  return info.counts.map((rule) => {
    const target = site.content.targets.find((entry) => entry.id === rule.target)!;
    const count = countTowardsOnce(directory.sites, type, rule);
    const explained = directoryCount(site, rule.target);
    return {
      href: routes.target(rule.target),
      title: target.title,
      goal: `${formatTargetValue(target)}，${formatDeadline(target)}`,
      counted: count > 0 ? `${count}${rule.countBy === 'county' ? ' 个县（市、区）' : ' 条'}` : t('sites.noData'),
      explanation: explained?.differsFromStatus ? explained.explanation : null,
    };
  });
}

/** A plain filter page (/sites/<facet>/<value>/…): its list and its introduction. */
export function facetPageView(site: Pick<SiteModel, 'content' | 'statuses'>, facet: SiteFacet, value: string, page: number) {
  const directory = sitesDirectory(site);
  const label = facetLabel(facet, value, directory.terms);
  const facetName = t(`sites.facet.${facet}`);
  const matching = directory.sites.filter((entry) => entry[facet] === value);
  const heading = `${t('sites.title')}：${label}`;
  const list = listView(
    directory,
    {
      heading,
      description: `${facetName}为“${label}”的示范点与试点，共 ${matching.length} 条，每条注明公开来源。`,
      breadcrumbs: [{ label: t('sites.title'), href: routes.sites() }, { label: `${facetName}：${label}` }],
      href: routes.siteFacet(facet, value),
    },
    matching,
    page,
    { facet, value },
  );
  return {
    list,
    about: facet === 'type' ? (directory.terms.types.get(value)?.about ?? null) : facet === 'status' ? t(`sites.statusAbout.${value as SiteStatus}`) : null,
    typeTargets: facet === 'type' ? typeTargetsView(site, value) : null,
    countyNote: facet === 'county' && value === 'shaoxing' ? t('sites.countyNote') : null,
    /** The county's own page, on a county's list. */
    county: facet === 'county' ? { href: routes.county(value), label: `${label}${t('counties.pageLink')}` } : null,
  };
}

/** One site's page (/sites/<id>/). */
export function sitePageView(site: Pick<SiteModel, 'content' | 'index' | 'statuses'>, id: string) {
  const directory = sitesDirectory(site);
  const entry = site.content.sites.find((s) => s.id === id);
  if (!entry) throw new Error(`sitePageView: unknown site "${id}"`);
  const row = directory.rows.get(id)!;
  const clause = entry.clause ? site.index.clauses.get(entry.clause) : undefined;
  const facts: Array<{ term: string; value: string; href?: string }> = [
    { term: t('sites.type'), value: row.typeLabel, href: routes.siteFacet('type', entry.type) },
    { term: t('sites.county'), value: row.countyName, href: routes.siteFacet('county', entry.county) },
    { term: t('sites.level'), value: row.levelLabel, href: routes.siteFacet('level', entry.level) },
    { term: t('sites.status'), value: row.statusLabel, href: routes.siteFacet('status', entry.status) },
    { term: t('sites.year'), value: entry.year === null ? t('sites.unknown') : `${entry.year}年` },
    ...(entry.batch ? [{ term: t('sites.batch'), value: entry.batch }] : []),
    { term: t('sites.recognisedBy'), value: entry.recognisedBy ?? (entry.status === 'named-in-plan' ? t('sites.byPlan') : t('sites.unknown')) },
    ...(entry.started ? [{ term: t('sites.started'), value: entry.started }] : []),
    ...(entry.completed ? [{ term: t('sites.completed'), value: entry.completed }] : []),
    ...(entry.address ? [{ term: t('sites.address'), value: entry.address }] : []),
    ...(clause ? [{ term: t('sites.clause'), value: `${clause.number} ${clause.heading}`, href: routes.clause(clause.id) }] : []),
  ];
  return {
    name: entry.name,
    description: `${row.typeLabel}，${row.countyName}，${row.statusLabel}。${entry.description?.slice(0, 80) ?? ''}`,
    breadcrumbs: [{ label: t('sites.title'), href: routes.sites() }, { label: row.typeLabel, href: routes.siteFacet('type', entry.type) }, { label: entry.name }],
    typeLabel: row.typeLabel,
    countyName: row.countyName,
    facts,
    text: entry.description,
    note: entry.note,
    source: directory.sources.get(entry.source)!,
    alsoSources: entry.alsoSources.map((sourceId) => directory.sources.get(sourceId)!),
    typeTargets: typeTargetsView(site, entry.type),
    links: [
      { href: routes.siteFacet('type', entry.type), label: '同类的全部条目' },
      { href: routes.siteFacet('county', entry.county), label: `${row.countyName}的全部条目` },
      { href: routes.county(entry.county), label: `${row.countyName}${t('counties.pageLink')}` },
      { href: routes.sites(), label: '完整名录' },
    ],
  };
}

/** One row of /sites/progress/: a type, a target it counts towards, the count so far, and what is known. */
export interface ProgressRowView {
  key: string;
  label: string;
  typeHref: string;
  target: { href: string; title: string; goal: string };
  count: number;
  goal: number | null;
  /** False when the directory holds no sourced entry for it: drawn as unknown, never as zero. */
  known: boolean;
  /** The count in words: "3 / 6", or 暂无公开数据. */
  value: string;
  /** The target's computed status (the same as on its page). */
  status: { key: Status; label: string; symbol: string };
  /** The one explanation of the count against the status, word for word as on the target page, where the status rests on a report. */
  explanation: string | null;
  /** The note number beside the row when it has an explanation. */
  noteNumber: number | null;
}

/** Everything /sites/progress/ shows. */
export function siteProgressView(site: Pick<SiteModel, 'content' | 'statuses'>) {
  const directory = sitesDirectory(site);
  let notes = 0;
  const rows = progressRows(directory.sites, directory.terms.types).map((row): ProgressRowView => {
    const target = site.content.targets.find((entry) => entry.id === row.target)!;
    const result = site.statuses.get(row.target)!;
    const explained = directoryCount(site, row.target);
    const explanation = explained?.differsFromStatus ? explained.explanation : null;
    const goal = target.comparator === 'at-least' || target.comparator === 'equal' ? target.value : null;
    return {
      key: row.target,
      label: row.label,
      typeHref: routes.siteFacet('type', row.type),
      target: { href: routes.target(row.target), title: target.title, goal: formatTargetValue(target) },
      count: row.count,
      goal,
      known: row.count > 0,
      value: row.count > 0 ? (goal === null ? String(row.count) : `${row.count} / ${goal}`) : t('sites.noData'),
      status: { key: result.status, label: STATUS_STYLE[result.status].label, symbol: STATUS_STYLE[result.status].symbol },
      explanation,
      noteNumber: explanation ? (notes += 1) : null,
    };
  });
  const withData = rows.filter((row) => row.known).length;
  const types = new Set(rows.map((row) => row.typeHref)).size;
  return {
    rows,
    title: '各类示范点：已有公开来源的数量与方案目标',
    takeaway: `方案为 ${types} 类示范点或试点设定了 ${rows.length} 项数量目标，其中 ${withData} 项在本名录中有公开来源的条目，其余 ${rows.length - withData} 项暂无公开数据。`,
    floorNote: FLOOR_NOTE,
    source: t('progress.source').replace('{plan}', site.content.sources.find((source) => source.id === 'plan-draft')?.title ?? ''),
  };
}

/** The records of /data/sites.csv and /data/sites.json: every site in directory order. */
export function siteRecords(site: Pick<SiteModel, 'content'>, origin = ''): SiteRecord[] {
  const directory = sitesDirectory(site);
  return directory.sites.map((entry) => toSiteRecord(entry, directory.terms, directory.sources, origin));
}

/** The compact index the instant filter fetches (/sites/filter-index.json): one array per site, in directory order. */
export function filterIndex(site: Pick<SiteModel, 'content'>) {
  const directory = sitesDirectory(site);
  const rows = directory.sites.map((entry) => [entry.id, entry.name, entry.type, entry.county, entry.level, entry.status, entry.year, directory.sources.get(entry.source)?.short ?? '']);
  return { columns: ['id', 'name', 'type', 'county', 'level', 'status', 'year', 'source'], rows };
}

export type { SiteTypes };
