import { z } from 'astro/zod';
import { amount, label, pastDate, slug, text, webUrl, year } from './shared';

/** How a published value relates to the true value: exact, a bound ("<5%", ">5000万m³", "at least 3"), or rounded ("约13亿t"). */
export const bound = z.enum(['exact', 'below', 'above', 'at-least', 'about'], { error: 'must be exact, below, above, at-least or about' });

/** One published figure for one indicator, place and year. */
export const observationSchema = z.strictObject({
  /** Stable id, unique across all observation files. */
  id: slug,
  /** The indicator it measures. */
  indicator: slug,
  /** The year the figure describes; null when the source does not say (yearNote explains). */
  year: year.nullable(),
  /** Why the year is missing or uncertain. */
  yearNote: text.nullable().default(null),
  /** The number as published; null for a qualitative finding (see finding). */
  value: amount('must be a number or null').nullable(),
  /** exact, or a bound: below ("<5"), above (">5000"), about ("约13"). Never rounded into an exact number. */
  bound: bound.default('exact'),
  /** The unit as published. */
  unit: label,
  /** A qualitative finding instead of a number ("全覆盖", "已完成"). */
  finding: text.nullable().default(null),
  /** Does the finding show the target's outcome was reached (true), missed (false), or neither (null)? */
  reached: z.boolean({ error: 'must be true, false or null' }).nullable().default(null),
  /** County id the figure covers; shaoxing = the whole city. */
  scope: slug,
  /** A narrower area inside the scope, as the source names it. */
  scopeNote: text.nullable().default(null),
  /** What was measured: use (用水量) or withdrawal (取水量); they are not comparable. */
  quantity: z.enum(['use', 'withdrawal', 'other'], { error: 'must be use, withdrawal or other' }).default('use'),
  /** For money-based intensities: the price basis of GDP or value added. */
  priceBasis: z.enum(['current', 'comparable', 'unstated'], { error: 'must be current, comparable or unstated' }).nullable().default(null),
  /** outcome: measures the target's quantity; action: evidence that a measure was carried out. */
  signal: z.enum(['outcome', 'action'], { error: 'must be outcome or action' }).default('outcome'),
  /** The source that publishes it. */
  source: slug,
  /** Where the figure was read when not from the original: a copy's address (never linked on the site). */
  retrievedFrom: webUrl.nullable().default(null),
  /** The sentence it was read from, short and verbatim. */
  excerpt: text.nullable().default(null),
  /** Date the source was published (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: pastDate.nullable().default(null),
  /** Anything a reader must know about this figure. */
  note: text.nullable().default(null),
});

export type Observation = z.infer<typeof observationSchema>;
