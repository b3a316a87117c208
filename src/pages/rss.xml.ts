import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteContent } from '../content/site-content';
import { feedItems } from '../domain/updates/views';
import { t } from '../i18n/zh-CN';
import { planTitleOf, siteTagline } from '../domain/plan/title';

/** The RSS feed of content/updates/, newest first; every item links to the update's own page. */
export async function GET(context: APIContext) {
  const site = await siteContent();
  return rss({
    title: `${t('site.name')}：网站更新`,
    description: `${siteTagline(planTitleOf(site))}的数据和页面更新`,
    site: context.site!,
    items: feedItems(site, context.site!),
    customData: '<language>zh-cn</language>',
  });
}
