import { z } from 'astro/zod';
import { label, slug, text, title } from './shared';

/** A measurable quantity that one or more targets refer to, or that gives them context. */
export const indicatorSchema = z.strictObject({
  /** The indicator's name as the plan or the statistics use it. */
  name: title,
  /** What it measures, in one or two plain sentences. */
  definition: text,
  /** The unit values are stated in ("亿m³", "m³/万元", "%", "个"); "" for milestones. */
  unit: label,
  /** Who measures it and how, as far as public material says. */
  measurement: text,
  /** What sort of quantity: drives how charts and status read it. */
  category: z.enum(['total', 'intensity', 'rate', 'coefficient', 'count', 'length', 'area', 'milestone', 'vision'], {
    error: 'must be one of total, intensity, rate, coefficient, count, length, area, milestone, vision',
  }),
  /** For context indicators: the plan indicator this one is related to but not the same as. */
  relatedTo: slug.nullable().default(null),
  /** Cautions a reader must see next to these numbers (series breaks, conflicts, definitions). */
  cautions: z.array(text, { error: 'must be a list of cautions' }).max(20, { error: 'must list at most 20 cautions' }).default([]),
  /** Everyday words people search with for this indicator (synonyms, colloquial names). */
  searchTerms: z.array(title, { error: 'must be a list of words' }).max(30, { error: 'must list at most 30 words' }).default([]),
  /** What published figure would settle the targets that use it, where none is published yet. */
  dataNeeded: text.nullable().default(null),
});

export type Indicator = z.infer<typeof indicatorSchema>;
