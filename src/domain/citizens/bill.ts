// The calculator's first way in: from the water bill. A bill gives a volume in 吨 (= m³) for one or
// two months; with the number of people at home that is litres per person per day, which the page
// compares with the reference values it cites (GB/T 50331-2002 zone 3, the 2023 national bulletin).
import type { Coefficients } from './coefficients';
import { compareWithRange, DAYS_PER_YEAR, type Comparison } from './compare';
import { missingMessage, parseField, type Field, type FieldError } from './fields';

/** The bill's period: 1 = monthly, 2 = every two months (many Chinese utilities bill bi-monthly). */
export type BillMonths = 1 | 2;
export const BILL_PERIOD_PARAM = 'm';

/** The bill form's number fields, in form order. */
export const BILL_FIELDS: readonly Field<'volume' | 'people'>[] = [
  { key: 'volume', param: 't', label: '水费单上的用水量', unit: '吨', min: 0, max: 500, missing: '请填写水费单上的用水量（吨，即立方米）' },
  { key: 'people', param: 'bp', label: '家庭人数', unit: '人', min: 1, max: 20, integer: true, missing: '请填写家庭人数（至少 1 人）' },
];

/** The bill form's parameters, so a share link from a chat app keeps only these. */
export const BILL_PARAMS = [...BILL_FIELDS.map((f) => f.param), BILL_PERIOD_PARAM];

/** The checked bill. */
export interface BillInput {
  volume: number;
  months: BillMonths;
  people: number;
}

/** A missing or unknown period means monthly, the form's default. */
export const toBillMonths = (raw: string | null | undefined): BillMonths => (raw?.trim() === '2' ? 2 : 1);

/** Reads and checks the bill form (or a share link); returns the input or every problem found. */
export function readBill(get: (param: string) => string | null | undefined): { input: BillInput; errors: [] } | { input: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Partial<Record<'volume' | 'people', number>> = {};
  for (const field of BILL_FIELDS) {
    const parsed = parseField(get(field.param), field);
    if ('error' in parsed) errors.push({ param: field.param, message: parsed.error });
    else if (parsed.value === null) errors.push({ param: field.param, message: missingMessage(field) });
    else values[field.key] = parsed.value;
  }
  if (errors.length > 0) return { input: null, errors };
  return { input: { volume: values.volume!, people: values.people!, months: toBillMonths(get(BILL_PERIOD_PARAM)) }, errors: [] };
}

/** What the bill means: days covered, litres a day for the household and per person, and the comparisons. */
export interface BillResult {
  days: number;
  litresPerDay: number;
  litresPerPersonDay: number;
  comparison: Comparison;
  /** Litres per person per day above (+) or below (−) the 2023 national average. */
  nationalDifference: number;
}

/** Litres per person per day from a bill: 吨 × 1,000 ÷ days in the period ÷ people; a month is a twelfth of a year. */
export function fromBill(input: BillInput, k: Coefficients): BillResult {
  const days = (DAYS_PER_YEAR / 12) * input.months;
  const litresPerDay = (input.volume * 1000) / days;
  const litresPerPersonDay = litresPerDay / input.people;
  return { days, litresPerDay, litresPerPersonDay, comparison: compareWithRange(litresPerPersonDay, k), nationalDifference: litresPerPersonDay - k.referenceNational };
}
