import { z } from 'astro/zod';
import { pastDate, text } from './shared';

/**
 * A full date, YYYY-MM-DD, that exists on the calendar and is not later than the day of the build
 * (a date in the future cannot have been published). Write it in quotes in frontmatter.
 */
export const publishedDate = pastDate.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), { error: 'must be a full date YYYY-MM-DD' });

/** A page of prose (about, methods, accessibility …): MDX in content/pages/, rendered by a thin page in src/pages/. */
export const pageSchema = z.strictObject({
  /** The page title, as the browser tab and link previews show it (the site name is added). */
  title: text,
  /** The page's first heading when it differs from the title; null to use the title. */
  heading: text.nullable().default(null),
  /** One sentence for search engines and link previews. */
  description: text,
  /** When the wording of the page last changed (YYYY-MM-DD). */
  updated: publishedDate,
});

export type Page = z.infer<typeof pageSchema>;
