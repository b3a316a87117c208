import type { SiteContent } from '../../schemas/index';
import { t } from '../../i18n/zh-CN';

/** The source entry of the plan the site publishes: the plan's title comes from it. */
export const PLAN_SOURCE = 'plan-draft';
/** The clause that heads the plan's annex: the annex's title comes from it. */
export const ANNEX_CLAUSE = 'annex';

/** The plan's title in the forms the pages use, all read from content. */
export interface PlanTitle {
  /** As the source entry gives it: "绍兴市节水行动实施方案（征求意见稿）". */
  full: string;
  /** Without a trailing bracketed status: "绍兴市节水行动实施方案". */
  short: string;
  /** The trailing bracketed status, or "" when the title has none: "（征求意见稿）". */
  status: string;
  /** The annex's title, as its clause heads it: "绍兴市节水行动任务分工". */
  annex: string;
}

/**
 * The plan's title from its source entry (content/sources/plan-draft.yaml) and the annex's from
 * its clause; every page, the footer, the header and the feed use this instead of typing them.
 */
export function planTitleOf(site: { content: Pick<SiteContent, 'sources' | 'plan'> }): PlanTitle {
  const source = site.content.sources.find((entry) => entry.id === PLAN_SOURCE);
  if (!source) throw new Error(`content/sources/${PLAN_SOURCE}.yaml is missing; the site takes the plan's title from it`);
  const match = /^(.*?)(（[^（）]*）)$/.exec(source.title);
  const annex = site.content.plan.find((clause) => clause.id === ANNEX_CLAUSE)?.heading ?? '';
  return { full: source.title, short: match ? match[1] : source.title, status: match ? match[2] : '', annex };
}

/** The site's line under its name: "《绍兴市节水行动实施方案》公众网站". */
export const siteTagline = (title: PlanTitle): string => `《${title.short}》${t('site.publicSite')}`;

/** What every page's frame (header, footer, link previews) says about the plan, read from content. */
export interface SiteFrame {
  planTitle: PlanTitle;
  /** The site's line under its name (siteTagline). */
  tagline: string;
}

/** The frame's words; src/middleware.ts hands them to the layouts as `Astro.locals.frame`. */
export function siteFrame(site: { content: Pick<SiteContent, 'sources' | 'plan'> }): SiteFrame {
  const planTitle = planTitleOf(site);
  return { planTitle, tagline: siteTagline(planTitle) };
}
