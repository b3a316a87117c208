import { z } from 'astro/zod';
import { amount, idList, requiredLabel, text, title } from '../shared';

/** Where in daily life a tip applies. */
export const tipPlace = z.enum(['kitchen', 'bathroom', 'laundry', 'balcony-garden', 'car', 'whole-home', 'shopping', 'workplace', 'campus', 'field', 'livestock', 'plant'], {
  error: 'must be one of kitchen, bathroom, laundry, balcony-garden, car, whole-home, shopping, workplace, campus, field, livestock, plant',
});

/** Who a tip is written for. */
export const tipAudience = z.enum(['home', 'school', 'office', 'farm', 'factory'], { error: 'must be one of home, school, office, farm, factory' });

/** What a tip saves: a verified figure with its method, or a plain statement of what it saves without a number. */
export const tipSaving = z.strictObject(
  {
    /** quantified: a figure from the cited source; qualitative: no verified figure, so no number. */
    kind: z.enum(['quantified', 'qualitative'], { error: 'must be quantified or qualitative' }),
    /** What the tip saves, in plain words (for qualitative tips, without any number). */
    text,
    /** The figure, only for quantified savings; null otherwise. */
    amount: amount('must be a number or null').nullable().default(null),
    /** Unit of amount ("升/次"), only for quantified savings; null otherwise. */
    unit: requiredLabel.nullable().default(null),
    /** How the figure was derived, or why no figure is given. */
    method: text,
  },
  { error: 'must be { kind, text, amount, unit, method }' },
);

/** One water-saving tip for residents, schools, offices, farms or factories. */
export const tipSchema = z.strictObject({
  /** Display order on the tips page (smaller first). */
  order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }),
  /** What to do, as a short imperative title. */
  title,
  /** One or two sentences on how to do it. */
  body: text,
  /** Where it applies. */
  place: tipPlace,
  /** Who it is for (at least one). */
  audience: idList('audiences', tipAudience).min(1, { error: 'must name at least one audience' }),
  /** What it saves and how we know. */
  saving: tipSaving,
  /** How hard it is to do. */
  difficulty: z.enum(['easy', 'medium', 'hard'], { error: 'must be easy, medium or hard' }),
  /** What it costs. */
  cost: z.enum(['none', 'low', 'medium', 'high'], { error: 'must be none, low, medium or high' }),
  /** Plan clauses (ids in content/plan/clauses.yaml) this tip helps carry out. */
  clauses: idList('clause ids').min(1, { error: 'must name at least one plan clause' }),
  /** Sources (ids in content/sources/) for the tip and its saving. */
  sources: idList('source ids').min(1, { error: 'must name at least one source' }),
});

export type Tip = z.infer<typeof tipSchema>;
export type TipPlace = z.infer<typeof tipPlace>;
export type TipAudience = z.infer<typeof tipAudience>;
