import { z } from 'astro/zod';
import { entityRef, optionalText, slug, text, idList } from './shared';

/** A place where the annex words a commitment differently from the plan's body. */
export const wordingDifference = z.strictObject({
  /** The body's wording. */
  body: text,
  /** The annex's wording. */
  annex: text,
  /** What the difference means, in one short sentence. */
  note: text.optional(),
});

/** One row of the annex 《绍兴市节水行动任务分工》. */
export const responsibilitySchema = z.strictObject({
  /** Stable id: <parent kind>-<parent id>-<n>. */
  id: slug,
  /** The measure, task, mechanism or safeguard the row belongs to. */
  parent: entityRef,
  /** The annex's wording of the work item. */
  text,
  /** The lead-unit cell exactly as written. */
  leadText: text,
  /** The participating-unit cell as written ("" when empty). */
  participantsText: optionalText,
  /** Lead unit ids, in the order written. */
  lead: idList('department ids'),
  /** Participating unit ids, in the order written. */
  participants: idList('department ids'),
  /** Targets this row carries out. */
  targets: idList('target ids').default([]),
  /** Where the annex's wording differs from the body's. */
  differences: z.array(wordingDifference, { error: 'must be a list of { body, annex, note }' }).max(20, { error: 'must list at most 20 differences' }).default([]),
});

export type Responsibility = z.infer<typeof responsibilitySchema>;
