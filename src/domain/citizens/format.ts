// Words and share links for the calculators' results. Pure, shared by the island and the tests.
import { FIELDS, TOILET_PARAM, toToiletType } from './calculator';
import { BILL_FIELDS, BILL_PERIOD_PARAM, BILL_PARAMS, toBillMonths } from './bill';
import { DETAIL_PARAMS } from './calculator';
import { MAX_INPUT_LENGTH, toPlainNumberText } from './fields';

/** Litres as a whole number with thousands separators: "1,234 升". */
export function formatLitres(litres: number): string {
  return `${Math.round(litres).toLocaleString('en-US')} 升`;
}

/** Litres shown as cubic metres: two decimals below 10 m³, one decimal above. */
export function formatCubicMetres(litres: number): string {
  const m3 = litres / 1000;
  return `${m3.toLocaleString('en-US', { minimumFractionDigits: m3 < 10 ? 2 : 1, maximumFractionDigits: m3 < 10 ? 2 : 1 })} 立方米`;
}

/** Yuan with two decimals. */
export function formatYuan(yuan: number): string {
  return `${yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

type Get = (param: string) => string | null | undefined;
const value = (get: Get, param: string) => toPlainNumberText(get(param)).slice(0, MAX_INPUT_LENGTH);

/** The detailed form's share query (only its own parameters; a chosen toilet class replaces the litres). */
export function toQuery(get: Get): string {
  const params = new URLSearchParams();
  const type = toToiletType(get(TOILET_PARAM));
  if (type !== 'own') params.set(TOILET_PARAM, type);
  for (const field of FIELDS) {
    if (field.key === 'toiletLitres' && type !== 'own') continue;
    const text = value(get, field.param);
    if (text !== '') params.set(field.param, text);
  }
  return params.toString();
}

/** The bill form's share query: volume, period (only when bi-monthly) and people. */
export function toBillQuery(get: Get): string {
  const params = new URLSearchParams();
  for (const field of BILL_FIELDS) {
    const text = value(get, field.param);
    if (text !== '') params.set(field.param, text);
  }
  if (toBillMonths(get(BILL_PERIOD_PARAM)) === 2) params.set(BILL_PERIOD_PARAM, '2');
  return params.toString();
}

/**
 * Which calculator a link is for: the bill when it carries a bill parameter, the detailed estimate
 * when it carries one of its own, else none. Parameters the page does not know (chat apps add
 * from=timeline&isappinstalled=0) are ignored, so such a link opens the page clean.
 */
export function linkMode(query: URLSearchParams): 'bill' | 'detail' | null {
  const has = (names: readonly string[]) => names.some((name) => (query.get(name) ?? '').trim() !== '');
  if (has(BILL_PARAMS.filter((p) => p !== BILL_PERIOD_PARAM))) return 'bill';
  if (has(DETAIL_PARAMS.filter((p) => p !== TOILET_PARAM))) return 'detail';
  return null;
}
