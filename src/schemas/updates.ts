import { z } from 'astro/zod';
import { slug, text } from './shared';
import { publishedDate } from './pages';

/** A list of ids of one collection; empty when the update did not touch it. */
const ids = (what: string) => z.array(slug, { error: `must be a list of ${what} ids` }).default([]);

/**
 * A dated update of the site: MDX in content/updates/ (frontmatter here, the prose in the body).
 * The latest date on which the data was reviewed is the "as of" date for every status.
 */
export const updateSchema = z.strictObject({
  /** When the data was reviewed (YYYY-MM-DD); the file name starts with it. */
  date: publishedDate,
  /**
   * true (the default): the data was reviewed on this date, which becomes the "as of" date of every
   * status. false: the site itself changed (pages, wording, tools); the data was not reviewed
   * again, so the "as of" date stays that of the latest review and `changes` stays empty.
   */
  dataReviewed: z.boolean({ error: 'must be true or false' }).default(true),
  /** A short headline for the list, the feed and link previews. */
  title: text,
  /** What was reviewed or changed, in one or two sentences. */
  summary: text,
  /** What the update touched, by id; pages show their latest update from these lists. */
  changes: z
    .strictObject(
      {
        /** Targets whose definition or status changed (content/targets/). */
        targets: ids('target'),
        /** Published figures added or corrected (ids in content/observations/). */
        observations: ids('observation'),
        /** Indicators whose definition or figures changed (content/indicators/). */
        indicators: ids('indicator'),
        /** Sites added or changed (content/sites/). */
        sites: ids('site'),
      },
      { error: 'must be { targets, observations, indicators, sites }' },
    )
    .default({ targets: [], observations: [], indicators: [], sites: [] }),
});

export type Update = z.infer<typeof updateSchema>;
