import { z } from 'astro/zod';
import { idList, partialDate, text, title } from '../shared';

/** A product category in China's water-efficiency label (水效标识) guide. */
export const labelledProductSchema = z.strictObject({
  /** Display order. */
  order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }),
  /** Product name as the catalogue writes it. */
  name: title,
  /** The mandatory national standard that sets its grades, with number and year ("GB 25502-2024"). */
  standard: title,
  /** The standard's title. */
  standardTitle: title,
  /** The earlier edition this one replaced, if any ("GB 25502-2017"). */
  replaces: title.nullable().default(null),
  /** When the standard took effect (YYYY-MM-DD), or null where we could not verify it. */
  standardInForce: partialDate.nullable(),
  /** Which batch of the label catalogue added it; null where it is not (yet) in the catalogue. */
  catalogueBatch: z.number({ error: 'must be a whole number or null' }).int({ error: 'must be a whole number or null' }).nullable(),
  /** From when the label is required, as the catalogue says; null if not in the catalogue. */
  labelFrom: partialDate.nullable(),
  /** How many grades the standard defines (grade 1 is the most efficient), or null where we could not verify it. */
  gradeCount: z.union([z.literal(3), z.literal(5)], { error: 'must be 3, 5 or null' }).nullable(),
  /** What the label's main figure measures ("平均用水量（升/次）"). */
  indicator: title,
  /** Limit values per grade that we could verify; empty when none could be. */
  limits: z.array(
    z.strictObject({
      /** Grade number, 1 = most efficient. */
      grade: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 to 5' }).max(5, { error: 'must be 1 to 5' }),
      /** The limit as the source states it ("平均用水量不大于 5.0 升"). */
      text,
      /** The edition of the standard the value belongs to. */
      edition: title,
    }),
    { error: 'must be a list of { grade, text, edition }' },
  ).max(20, { error: 'must list at most 20 limits' }).default([]),
  /** Why some or all limit values are not given, or what else a reader should know. */
  note: text,
  /** Sources (content/sources/) for the catalogue entry, the standard and the limits. */
  sources: idList('source ids').min(1, { error: 'must name at least one source' }),
});

export type LabelledProduct = z.infer<typeof labelledProductSchema>;
