import { defineMiddleware } from 'astro:middleware';
import { siteContent } from './content/site-content';
import { siteFrame } from './domain/plan/title';

/**
 * Hands the layouts what every page's frame says about the plan (its title, the site's line),
 * read from content once per build, as `Astro.locals.frame`: layouts and components never load
 * content, and no page has to pass the plan's title down (Starlight hands route data the same way).
 * In a static build this runs at build time, once per page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.frame = siteFrame(await siteContent());
  return next();
});
