import { z } from 'astro/zod';
import { entityRef, label, slug, text, title } from './shared';

/** One clause of the plan's text, in reading order; its id is the anchor on /plan/. */
export const clauseSchema = z.strictObject({
  /** Stable anchor id, e.g. measure-dual-control. */
  id: slug,
  /** Depth: 0 preamble or annex, 1 part (一、), 2 section (（一）), 3 numbered clause. */
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 0, 1, 2 or 3' }),
  /** The label the plan prints ("一、", "（一）", "1."), or null. */
  number: label.nullable(),
  /** The clause's heading without its label, or null for untitled paragraphs. */
  heading: title.nullable(),
  /** The plan's own words, one string per paragraph. */
  paragraphs: z.array(text, { error: 'must be a list of paragraphs' }).max(40, { error: 'must hold at most 40 paragraphs' }),
  /** The entity this clause defines, if any. */
  about: entityRef.optional(),
});

export type Clause = z.infer<typeof clauseSchema>;
