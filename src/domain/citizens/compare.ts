import type { Coefficients } from './coefficients';

/** A year, and a month as a twelfth of it: the calculators' only calendar. */
export const DAYS_PER_YEAR = 365;

/** Where a per-person figure stands against the reference range. */
export type Comparison = 'below' | 'within' | 'above';

/** Per-person use against the GB/T 50331-2002 zone-3 range (low and high end included in "within"). */
export const compareWithRange = (litresPerPersonDay: number, k: Pick<Coefficients, 'referenceLow' | 'referenceHigh'>): Comparison =>
  litresPerPersonDay < k.referenceLow ? 'below' : litresPerPersonDay > k.referenceHigh ? 'above' : 'within';
