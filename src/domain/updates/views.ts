import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { siteTypes } from '../sites/types';
import { chineseDate } from './format';
import { countyRefs, isCountyScoped, type CountyRef } from '../counties/links';

type Update = SiteModel['content']['updates'][number];
type Site = Pick<SiteModel, 'content' | 'index'>;


/** One thing an update touched, as a link. */
export interface ChangeLink {
  label: string;
  href: string;
  /** The places a figure covers, or the counties a target names (none for a city-wide target), each a link to its page. */
  places: CountyRef[];
  /** The narrower area inside the place a figure covers ("滨海工业区"), or null. */
  placeNote: string | null;
}

/** What an update touched in one collection. */
export interface ChangeGroup {
  key: keyof Update['changes'];
  /** "目标", "公开数字" … */
  label: string;
  /** "目标48项" */
  count: string;
  links: ChangeLink[];
}

/** An update as the list, its own page and the feed show it. */
export interface UpdateItem {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** "2026年12月2日" */
  dateText: string;
  title: string;
  summary: string;
  href: string;
  /** Only the collections it touched, in a fixed order. */
  groups: ChangeGroup[];
  /** One line: "涉及：目标48项、公开数字32个、指标54个、示范点14处", that no data changed, or that the data was not reviewed (SITE_ONLY). */
  touched: string;
}

const GROUPS = [
  { key: 'targets', label: '目标', measure: '项' },
  { key: 'observations', label: '公开数字', measure: '个' },
  { key: 'indicators', label: '指标', measure: '个' },
  { key: 'sites', label: '示范点', measure: '处' },
] as const;

/** The words for an update that changed no data, the same on the list and the update's page. */
export const NO_DATA_CHANGE = '数据没有变化';
/** The words for an update of the site alone, which did not review the data again. */
export const SITE_ONLY = '网站改动，未重新核对数据';

/** Newest first: by date, then by id (a second update on one day is `2026-12-02-2`). */
const newestFirst = (a: Pick<Update, 'date' | 'id'>, b: Pick<Update, 'date' | 'id'>) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id);

function changeLinks(site: Site, key: ChangeGroup['key'], ids: readonly string[]): ChangeLink[] {
  const { content, index } = site;
  return ids.map((id) => {
    switch (key) {
      case 'targets': {
        const target = index.targets.get(id);
        const places = target && isCountyScoped(target.scope) ? countyRefs(content, target.scope) : [];
        return { label: target?.title ?? id, href: routes.target(id), places, placeNote: null };
      }
      case 'indicators':
        return { label: content.indicators.find((i) => i.id === id)?.name ?? id, href: routes.indicator(id), places: [], placeNote: null };
      case 'sites':
        return { label: content.sites.find((s) => s.id === id)?.name ?? id, href: routes.site(id), places: [], placeNote: null };
      case 'observations': {
        const o = content.observations.find((entry) => entry.id === id)!;
        const indicator = content.indicators.find((i) => i.id === o.indicator)!;
        return { label: `${indicator.name}（${o.year === null ? '年份不明' : `${o.year}年`}）`, href: routes.observation(o.indicator, o.id), places: countyRefs(content, [o.scope]), placeNote: o.scopeNote ?? null };
      }
    }
  });
}

function toItem(site: Site, update: Update): UpdateItem {
  const groups = GROUPS.filter(({ key }) => update.changes[key].length > 0).map(({ key, label, measure }) => ({
    key,
    label,
    count: `${label}${update.changes[key].length}${measure}`,
    links: changeLinks(site, key, update.changes[key]),
  }));
  return {
    id: update.id,
    date: update.date,
    dateText: chineseDate(update.date),
    title: update.title,
    summary: update.summary,
    href: routes.update(update.id),
    groups,
    touched: !update.dataReviewed ? SITE_ONLY : groups.length > 0 ? `涉及：${groups.map((g) => g.count).join('、')}` : NO_DATA_CHANGE,
  };
}

/** Every update, newest first, for /updates/ and the feed. */
export function updateList(site: Site): UpdateItem[] {
  return [...site.content.updates].sort(newestFirst).map((update) => toItem(site, update));
}

/** One update's page: the update, and its neighbours in time for "older" / "newer" links. */
export function updatePage(site: Site, id: string): { update: UpdateItem; newer: UpdateItem | null; older: UpdateItem | null } {
  const list = updateList(site);
  const i = list.findIndex((item) => item.id === id);
  if (i < 0) throw new Error(`no update "${id}" in content/updates/`);
  return { update: list[i], newer: list[i - 1] ?? null, older: list[i + 1] ?? null };
}

/** What a page's data consists of, for "when did it last change". */
export type ChangeKind = 'target' | 'indicator' | 'observation-indicator' | 'site';

/** The latest update that touched a page's data, as the page shows it: "数据最近更新：2026年12月2日（链接）". */
export interface LastChange {
  id: string;
  date: string;
  dateText: string;
  title: string;
  href: string;
}

/** Does the update touch the thing of this kind and id? */
function touches(site: Site, update: Update, kind: ChangeKind, id: string): boolean {
  const { changes } = update;
  const figuresOf = (indicatorId: string) =>
    changes.observations.some((obsId) => site.content.observations.find((o) => o.id === obsId)?.indicator === indicatorId);
  switch (kind) {
    case 'site':
      return changes.sites.includes(id);
    case 'observation-indicator':
      return figuresOf(id);
    case 'indicator':
      return changes.indicators.includes(id) || figuresOf(id);
    case 'target': {
      const target = site.index.targets.get(id);
      if (!target) return false;
      // A count target also reads the sites directory: the sites of every type that counts towards it.
      const countingTypes = siteTypes(site.content).list.filter((type) => type.counts.some((rule) => rule.target === id)).map((type) => type.id);
      const countedSite = changes.sites.some((siteId) => countingTypes.includes(site.content.sites.find((s) => s.id === siteId)?.type ?? ''));
      return changes.targets.includes(id) || changes.indicators.includes(target.indicator) || figuresOf(target.indicator) || countedSite;
    }
  }
}

/**
 * The latest update that touched a target (its definition, its indicator, its indicator's figures,
 * or a site counted towards it), an indicator (its definition or figures), only an indicator's
 * figures (`observation-indicator`), or a site; null when no update lists it.
 */
export function lastChanged(site: Site, kind: ChangeKind, id: string): LastChange | null {
  const update = [...site.content.updates].sort(newestFirst).find((u) => touches(site, u, kind, id));
  return update ? { id: update.id, date: update.date, dateText: chineseDate(update.date), title: update.title, href: routes.update(update.id) } : null;
}

/** One item of the RSS feed. */
export interface FeedItem {
  title: string;
  /** Absolute address of the update's page. */
  link: string;
  pubDate: Date;
  description: string;
}

/** The RSS items, newest first; an update is dated at the start of its day in Shaoxing (UTC+8). */
export function feedItems(site: Site, siteUrl: URL | string): FeedItem[] {
  return updateList(site).map((item) => ({
    title: `${item.dateText}：${item.title}`,
    link: new URL(item.href, siteUrl).href,
    pubDate: new Date(`${item.date}T00:00:00+08:00`),
    description: item.summary,
  }));
}
