import { z } from 'astro/zod';
import { slug, text, title } from './shared';

/** The kinds of plan entity with an index page of their own (/measures/, /projects/, /tasks/, /mechanisms/, /safeguards/). */
export const INDEXED_KINDS = ['measure', 'project', 'task', 'mechanism', 'safeguard'] as const;

/**
 * The title and introduction of one index page of the plan's parts, in the site's words. The
 * file name is the kind of entry the page lists: measure, project, task, mechanism or safeguard.
 */
export const indexPageSchema = z.strictObject({
  /** The page's title and h1, short: "刚性约束", "五大工程". */
  title,
  /** One or two sentences that introduce the group: which part of the plan it is and what it covers. */
  intro: text,
  /** The clause where the group starts in the full text (its "在方案全文中阅读这一部分" link). */
  clause: slug,
});

export type IndexPage = z.infer<typeof indexPageSchema>;
