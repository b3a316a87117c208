import { z } from 'astro/zod';
import { amount, entityRef, idList, label, slug, text, title, year } from './shared';

/** How a target's value is to be compared with what is measured. */
export const comparator = z.enum(['at-least', 'at-most', 'equal', 'reduce-by', 'between', 'increase', 'maintain'], {
  error: 'must be one of at-least, at-most, equal, reduce-by, between, increase, maintain',
});

/** Every quantitative or dated commitment in the plan. */
export const targetSchema = z.strictObject({
  /** A short plain-language title. */
  title,
  /** The plan's own words for this commitment. */
  wording: text,
  /** The measured quantity (indicator slug). */
  indicator: slug,
  /** quantitative: a number to reach; milestone: a dated act; vision: the plan's long-term picture. */
  kind: z.enum(['quantitative', 'milestone', 'vision'], { error: 'must be quantitative, milestone or vision' }),
  /** How the value is compared; null for milestones and the vision. */
  comparator: comparator.nullable(),
  /** The number to reach, or null where the plan gives none. */
  value: amount('must be a number or null').nullable(),
  /** Upper end of a range ("1~2条"), else null. */
  valueMax: amount('must be a number or null').nullable().default(null),
  /** Unit of value, as the plan writes it ("%", "亿m³", "个"); "" for milestones. */
  unit: label,
  /** The baseline year the plan compares against, where it sets one. */
  baseline: z.strictObject({ /** Baseline year. */ year }, { error: 'must be { year } or null' }).nullable().default(null),
  /** The year by which the target is due; null only for recurring targets. */
  deadline: year.nullable(),
  /** per-year for commitments repeated every year. */
  recurring: z.enum(['per-year'], { error: 'must be per-year or null' }).nullable().default(null),
  /** Where it applies: county ids; shaoxing means the whole city. */
  scope: idList('county ids').min(1, { error: 'must name at least one county id' }),
  /** The plan clause where the target is stated. */
  clause: slug,
  /** Other clauses that repeat the same commitment. */
  alsoIn: idList('clause ids').default([]),
  /** The goal, measure, task or mechanism the target belongs to. */
  parent: entityRef,
  /** The plan's hedge or qualifier (力争, 累计), if any. */
  qualifier: title.nullable().default(null),
  /** The source that states the target: the plan itself unless an amendment says otherwise. */
  source: slug.default('plan-draft'),
  /** A short note for readers, e.g. where body and annex differ. */
  note: text.nullable().default(null),
});

export type Target = z.infer<typeof targetSchema>;
