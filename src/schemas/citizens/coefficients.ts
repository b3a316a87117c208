import { z } from 'astro/zod';
import { amount, requiredLabel, slug, text, title } from '../shared';

/** One number the household water calculator uses, with the standard or document it comes from. */
export const coefficientSchema = z.strictObject({
  /** What the number is, in plain Chinese. */
  name: title,
  /** The number itself. */
  value: amount().nonnegative({ error: 'must not be negative' }),
  /** Its unit ("升/次", "升/人·日"). */
  unit: requiredLabel,
  /**
   * How the calculator uses it: benchmark (a water-saving fixture to compare with), reference (a published
   * per-person daily figure), scenario (a habit change the calculator illustrates).
   */
  role: z.enum(['benchmark', 'reference', 'scenario'], { error: 'must be benchmark, reference or scenario' }),
  /** The fixture it belongs to, or household for per-person figures. */
  fixture: z.enum(['toilet', 'shower', 'tap', 'washing-machine', 'dishwasher', 'household'], {
    error: 'must be one of toilet, shower, tap, washing-machine, dishwasher, household',
  }),
  /** The standard or document as readers cite it, e.g. "GB/T 31436-2015". */
  citation: title,
  /** The source entry (content/sources/) that backs the number. */
  source: slug,
  /** What a reader should know: scope, caveats, why it is used. */
  note: text,
});

export type Coefficient = z.infer<typeof coefficientSchema>;
