import { z } from 'astro/zod';
import { pastDate, text } from './shared';

/** A dated review of the site's data; the latest date is the "as of" date for every status. */
export const updateSchema = z.strictObject({
  /** When the data was reviewed (YYYY-MM-DD). */
  date: pastDate.refine((value) => value.length === 10, { error: 'must be a full date YYYY-MM-DD' }),
  /** What was reviewed or changed. */
  summary: text,
});
