import type { SiteContent } from '../../schemas/index';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { searchStrings, type SearchStrings } from '../../i18n/search';
import { PAGEFIND_BUNDLE, SEARCH_EXTRA_ID, SEARCH_RANKING } from './settings';
import { synonymMap } from './synonyms';

/** A main section of the site, offered when a search finds nothing and when search cannot run. */
export interface SectionLink {
  label: string;
  href: string;
}

/** What the search island reads from its data-config attribute. */
export interface SearchConfig {
  strings: SearchStrings;
  ranking: typeof SEARCH_RANKING;
  synonyms: Record<string, string>;
  /** The id of the block of search terms at the end of each page's main. */
  extraId: string;
  /** Pagefind's script. */
  bundle: string;
  /** Results shown at first: about two screens on a phone, and each costs its page's text (a first search stays within its budget, scripts/measure-search.mjs). */
  firstPage: number;
  /** Results added by "显示更多结果". */
  pageSize: number;
}

/** The search page: the island's configuration and the main sections. */
export interface SearchPageView {
  strings: SearchStrings;
  config: SearchConfig;
  sections: SectionLink[];
}

/** The site's main sections, in the order of the header, then the pages people look for by name. */
export function mainSections(): SectionLink[] {
  return [
    { label: t('nav.plan'), href: routes.plan() },
    { label: t('nav.targets'), href: routes.targets() },
    { label: '指标与数据', href: routes.indicators() },
    { label: t('nav.responsibilities'), href: routes.responsibilities() },
    { label: '责任单位', href: routes.departments() },
    { label: t('nav.sites'), href: routes.sites() },
    { label: t('counties.title'), href: routes.counties() },
    { label: t('citizens.tips'), href: routes.tips() },
    { label: t('citizens.calculator'), href: routes.calculator() },
    { label: t('citizens.labels'), href: routes.labels() },
    { label: t('nav.learn'), href: routes.learn() },
    { label: '开放数据', href: routes.data() },
    { label: t('nav.about'), href: routes.about() },
  ];
}

/** Everything the search page shows and passes to its island. */
export function searchPageView(site: { content: SiteContent }): SearchPageView {
  return {
    strings: searchStrings,
    config: {
      strings: searchStrings,
      ranking: SEARCH_RANKING,
      synonyms: synonymMap(site.content),
      extraId: SEARCH_EXTRA_ID,
      bundle: PAGEFIND_BUNDLE,
      firstPage: 3,
      pageSize: 5,
    },
    sections: mainSections(),
  };
}
