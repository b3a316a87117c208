// Reading one number typed by a visitor (or carried in a share link): pure, shared by the island,
// the unit tests and both calculators on /calculator/.

/** One numeric form field: its URL parameter, label, unit and the range a real household falls in. */
export interface Field<K extends string = string> {
  key: K;
  param: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  /** The message when a required field is empty; the default asks for the label. */
  missing?: string;
}

/** A field's problem, in Chinese, ready to show next to it. */
export interface FieldError {
  param: string;
  message: string;
}

const FULL_WIDTH = /[０-９．－＋]/g;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Longest input kept from a field or a share link; longer text cannot be a household number. */
export const MAX_INPUT_LENGTH = 20;

/** The text as typed, trimmed, full-width digits (from a Chinese keyboard) made ASCII. */
export function toPlainNumberText(raw: string | null | undefined): string {
  return (raw ?? '').trim().replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** True when the visitor typed nothing there. */
export const isBlank = (raw: string | null | undefined) => toPlainNumberText(raw) === '';

/**
 * Reads one field: empty gives null (the caller decides whether it was needed); anything that is
 * not a plain number, a negative, a fraction where a whole number is needed, a number too large
 * to compute exactly or one outside the field's range gives a message. Never NaN.
 */
export function parseField(raw: string | null | undefined, field: Field): { value: number | null } | { error: string } {
  const text = toPlainNumberText(raw);
  if (text === '') return { value: null };
  if (!NUMBER.test(text)) return { error: `${field.label}只能填数字，例如 ${field.integer ? 3 : 4.5}` };
  const value = Number(text);
  if (value < 0) return { error: `${field.label}不能是负数` };
  // Beyond 2^53 − 1 a number no longer counts in ones (9007199254740993 reads as …992): say so plainly.
  if (value > Number.MAX_SAFE_INTEGER) return { error: `${field.label}的数字太大，超出了能准确计算的范围；请检查是否多输了数字` };
  if (field.integer && !Number.isInteger(value)) return { error: `${field.label}请填整数` };
  if (value < field.min) return { error: `${field.label}至少为 ${field.min}` };
  if (value > field.max) return { error: `${field.label}不能超过 ${field.max} ${field.unit}，请检查是否多输了数字` };
  return { value };
}

/** The message for a required field left empty. */
export const missingMessage = (field: Field) => field.missing ?? `请填写${field.label}`;
