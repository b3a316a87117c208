import { SITE_LEVELS, SITE_STATUSES, type Site, type SiteLevel, type SiteStatus, type SiteType } from '../../schemas/sites';
import type { SiteTypes, TargetCount } from './types';
import { t } from '../../i18n/zh-CN';

/** A site with its id, as the pages and exports use it. */
export type SiteEntry = Site & { id: string };

/** How many rows one page of the directory (or of a filtered list) shows. */
export const SITE_PAGE_SIZE = 50;

/** The four ways the directory can be filtered, each with its own plain pages. */
export const SITE_FACETS = ['type', 'county', 'level', 'status'] as const;
export type SiteFacet = (typeof SITE_FACETS)[number];

/** A county-level division as the directory needs it. */
export interface CountyInfo {
  id: string;
  name: string;
  order: number;
}

/** The two vocabularies the directory's facets draw on: the counties and the site types. */
export interface DirectoryTerms {
  counties: readonly CountyInfo[];
  types: SiteTypes;
}

export const levelLabel = (level: SiteLevel) => t(`sites.level.${level}`);
export const statusLabel = (status: SiteStatus) => t(`sites.status.${status}`);

/** Every value a facet can take, in display order (counties by their `order`, types in the plan's order). */
export function facetValues(facet: SiteFacet, terms: DirectoryTerms): string[] {
  if (facet === 'type') return [...terms.types.ids];
  if (facet === 'county') return [...terms.counties].sort((a, b) => a.order - b.order).map((county) => county.id);
  if (facet === 'level') return [...SITE_LEVELS];
  return [...SITE_STATUSES];
}

/** The label a facet value is shown with. */
export function facetLabel(facet: SiteFacet, value: string, terms: DirectoryTerms): string {
  if (facet === 'type') return terms.types.label(value);
  if (facet === 'county') return terms.counties.find((county) => county.id === value)?.name ?? value;
  if (facet === 'level') return levelLabel(value as SiteLevel);
  return statusLabel(value as SiteStatus);
}

/** Sites in directory order: by type (plan order), then county, then name. */
export function sortSites<T extends SiteEntry>(sites: readonly T[], terms: DirectoryTerms): T[] {
  const typeRank = new Map(terms.types.ids.map((id, i) => [id, i]));
  const countyRank = new Map(terms.counties.map((county) => [county.id, county.order]));
  return [...sites].sort(
    (a, b) =>
      (typeRank.get(a.type) ?? 0) - (typeRank.get(b.type) ?? 0) ||
      (countyRank.get(a.county) ?? 0) - (countyRank.get(b.county) ?? 0) ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.id.localeCompare(b.id),
  );
}

/** How many sites each value of a facet has (values without sites count 0). */
export function facetCounts(sites: readonly SiteEntry[], facet: SiteFacet, terms: DirectoryTerms): Map<string, number> {
  const counts = new Map(facetValues(facet, terms).map((value) => [value, 0]));
  for (const site of sites) counts.set(site[facet], (counts.get(site[facet]) ?? 0) + 1);
  return counts;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = SITE_PAGE_SIZE): Array<{ number: number; count: number; items: T[] }> {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** Only what has been recognised or completed counts; plans and work under way do not. */
export const COUNTED_STATUSES: readonly SiteStatus[] = ['recognised', 'completed'];

const countCache = new WeakMap<readonly SiteEntry[], Map<string, number>>();

/**
 * countTowards, remembered per list of sites: every site page shows the counts for its type, and
 * recounting the whole directory on each of them would make the build grow with the square of its size.
 */
export function countTowardsOnce(sites: readonly SiteEntry[], type: SiteType, rule: TargetCount): number {
  let counts = countCache.get(sites);
  if (!counts) countCache.set(sites, (counts = new Map()));
  const key = `${type}|${rule.target}|${rule.levels?.join(',') ?? ''}|${rule.countBy}`;
  if (!counts.has(key)) counts.set(key, countTowards(sites, type, rule));
  return counts.get(key)!;
}

/** How many sites count towards one target under its rule (per site, or per county-level division). */
export function countTowards(sites: readonly SiteEntry[], type: SiteType, rule: TargetCount): number {
  const counted = sites.filter(
    (site) => site.type === type && COUNTED_STATUSES.includes(site.status) && (!rule.levels || rule.levels.includes(site.level)),
  );
  if (rule.countBy === 'county') return new Set(counted.map((site) => site.county).filter((county) => county !== 'shaoxing')).size;
  return counted.length;
}

/** One row of the progress overview: a type, one target it counts towards, and the count so far. */
export interface ProgressRow {
  type: SiteType;
  target: string;
  /** Type label, with the level when only some levels count ("节水宣传教育基地（省级）"). */
  label: string;
  count: number;
}

/** Every (type, target) pair the plan counts, with how many sourced sites count towards it. */
export function progressRows(sites: readonly SiteEntry[], types: SiteTypes): ProgressRow[] {
  return types.list.flatMap((type) =>
    type.counts.map((rule) => ({ type: type.id, target: rule.target, label: countedLabel(type.label, rule), count: countTowardsOnce(sites, type.id, rule) })),
  );
}

/**
 * What a count rule counts, in words: the type's name, with the level when only some levels
 * count ("节水宣传教育基地（省级）") and "（按县计）" when divisions rather than sites are counted,
 * unless the name already says so.
 */
export function countedLabel(typeName: string, rule: Pick<TargetCount, 'levels' | 'countBy'>): string {
  const levels = rule.levels?.map((level) => t(`sites.level.${level}`).slice(0, 2)) ?? [];
  const suffix = levels.length > 0 && !levels.some((level) => typeName.includes(level)) ? `（${levels.join('、')}）` : '';
  const byCounty = rule.countBy === 'county' && !typeName.includes('县') ? '（按县计）' : '';
  return `${typeName}${suffix}${byCounty}`;
}

/** The page numbers a pager shows: first, last and two either side of the current one; null marks a gap. */
export function pageWindow(page: number, count: number): Array<number | null> {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
}
