// The household water calculator's arithmetic and input checking. Pure: no DOM, no clock, so the
// page's island, the no-JS worksheet and the unit tests all share it.

/** The numbers the calculator takes from content/coefficients/ (see CALCULATOR_COEFFICIENTS). */
export interface Coefficients {
  /** Litres per flush of a 节水型 toilet (GB/T 31436-2015). */
  toiletWaterSaving: number;
  /** Litres per flush of a 高效节水型 toilet: the benchmark for switching toilets. */
  toiletHighEfficiency: number;
  /** Upper end of the 节水型 basin/sink tap flow range, L/min: the benchmark for switching taps. */
  tapWaterSaving: number;
  /** GB/T 50331-2002 zone 3 (incl. Zhejiang) range for urban residents, L per person per day. */
  referenceLow: number;
  referenceHigh: number;
  /** National average residential use, L per person per day (2023 bulletin). */
  referenceNational: number;
  /** Habit scenarios: minutes of shower, minutes of tap a day, washing-machine loads a week. */
  showerMinutesSaved: number;
  tapMinutesSaved: number;
  loadsSaved: number;
}

/** One form field: its URL parameter, label, unit and the range a real household falls in. */
export interface Field {
  key: keyof Omit<Input, 'toiletType'>;
  param: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
  optional?: boolean;
}

/** The checked inputs. */
export interface Input {
  people: number;
  toiletType: ToiletType;
  toiletLitres: number;
  flushes: number;
  showerMinutes: number;
  showers: number;
  showerFlow: number;
  tapMinutes: number;
  tapFlow: number;
  loads: number;
  loadLitres: number;
  dishCycles: number;
  dishLitres: number;
  otherLitres: number;
  /** Price per m³ from the visitor's own bill; null when left empty. */
  price: number | null;
}

/** own: the visitor types litres per flush; the others use a verified class limit. */
export type ToiletType = 'own' | 'water-saving' | 'high-efficiency';
export const TOILET_TYPES: readonly ToiletType[] = ['own', 'water-saving', 'high-efficiency'];
export const TOILET_PARAM = 'tg';

/** Every numeric field in form order. The bounds catch typing mistakes; they are not statistics. */
export const FIELDS: readonly Field[] = [
  { key: 'people', param: 'p', label: '家庭人数', unit: '人', min: 1, max: 20, integer: true },
  { key: 'toiletLitres', param: 'tl', label: '坐便器每次冲水量', unit: '升', min: 0, max: 20 },
  { key: 'flushes', param: 'tf', label: '每人每天冲水次数', unit: '次', min: 0, max: 30 },
  { key: 'showerMinutes', param: 'sm', label: '每次淋浴时间', unit: '分钟', min: 0, max: 120 },
  { key: 'showers', param: 'sn', label: '每人每天淋浴次数', unit: '次', min: 0, max: 5 },
  { key: 'showerFlow', param: 'sf', label: '花洒流量', unit: '升/分钟', min: 0, max: 30 },
  { key: 'tapMinutes', param: 'km', label: '每人每天开水龙头的时间', unit: '分钟', min: 0, max: 240 },
  { key: 'tapFlow', param: 'kf', label: '水龙头流量', unit: '升/分钟', min: 0, max: 30 },
  { key: 'loads', param: 'wl', label: '洗衣机每周使用次数', unit: '次', min: 0, max: 50 },
  { key: 'loadLitres', param: 'wv', label: '洗衣机每次用水量', unit: '升', min: 0, max: 300 },
  { key: 'dishCycles', param: 'dl', label: '洗碗机每周使用次数', unit: '次', min: 0, max: 30 },
  { key: 'dishLitres', param: 'dv', label: '洗碗机每次用水量', unit: '升', min: 0, max: 100 },
  { key: 'otherLitres', param: 'o', label: '其他用水（全家每天）', unit: '升', min: 0, max: 5000 },
  { key: 'price', param: 'pr', label: '水费单上的单价', unit: '元/立方米', min: 0, max: 100, optional: true },
];

export const DAYS_PER_YEAR = 365;
export const WEEKS_PER_YEAR = DAYS_PER_YEAR / 7;

/** A field's problem, in Chinese, ready to show next to it. */
export interface FieldError {
  param: string;
  message: string;
}

const FULL_WIDTH = /[０-９．－＋]/g;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Reads one field: full-width digits are accepted, anything else that is not a plain number is refused. */
export function parseField(raw: string | null | undefined, field: Field): { value: number | null } | { error: string } {
  const text = (raw ?? '').trim().replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (text === '') return field.optional ? { value: null } : { error: `请填写${field.label}（不适用请填 0）` };
  if (!NUMBER.test(text)) return { error: `${field.label}只能填数字，例如 ${field.integer ? 3 : 4.5}` };
  const value = Number(text);
  if (value < 0) return { error: `${field.label}不能是负数` };
  if (field.integer && !Number.isInteger(value)) return { error: `${field.label}请填整数` };
  if (value < field.min) return { error: `${field.label}至少为 ${field.min}` };
  if (value > field.max) return { error: `${field.label}不能超过 ${field.max} ${field.unit}，请检查是否多输了数字` };
  return { value };
}

/** Reads and checks the whole form (or URL query); returns the input or every problem found. */
export function readInput(get: (param: string) => string | null | undefined, k: Coefficients): { input: Input; errors: [] } | { input: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Partial<Record<Field['key'], number | null>> = {};
  const toiletType = toToiletType(get(TOILET_PARAM));
  for (const field of FIELDS) {
    if (field.key === 'toiletLitres' && toiletType !== 'own') {
      values.toiletLitres = toiletType === 'water-saving' ? k.toiletWaterSaving : k.toiletHighEfficiency;
      continue;
    }
    const parsed = parseField(get(field.param), field);
    if ('error' in parsed) errors.push({ param: field.param, message: parsed.error });
    else values[field.key] = parsed.value;
  }
  if (errors.length > 0) return { input: null, errors };
  return { input: { ...(values as Omit<Input, 'toiletType'>), toiletType }, errors: [] };
}

/** An unknown or missing toilet choice means "I type my own litres". */
export function toToiletType(raw: string | null | undefined): ToiletType {
  return TOILET_TYPES.includes(raw as ToiletType) ? (raw as ToiletType) : 'own';
}

export type UseId = 'toilet' | 'shower' | 'tap' | 'washing-machine' | 'dishwasher' | 'other';
export const USE_NAMES: Record<UseId, string> = {
  toilet: '坐便器',
  shower: '淋浴',
  tap: '水龙头',
  'washing-machine': '洗衣机',
  dishwasher: '洗碗机',
  other: '其他',
};

/** One way to save, with litres a year; sorted largest first in the result. */
export interface Saving {
  id: string;
  kind: 'fixture' | 'habit';
  title: string;
  litresPerYear: number;
}

export interface Result {
  litresPerDay: number;
  litresPerPersonDay: number;
  litresPerMonth: number;
  litresPerYear: number;
  /** Each use in litres a day, largest first. */
  uses: Array<{ id: UseId; name: string; litresPerDay: number }>;
  /** Per-person use against the GB/T 50331-2002 range. */
  comparison: 'below' | 'within' | 'above';
  savings: Saving[];
  /** The visitor's own price per m³, or null when none was given. */
  price: number | null;
  /** Yuan a year at that price, or null when no price was given. */
  costPerYear: number | null;
}

/** Daily, monthly and yearly use, the comparison with the reference range and the savings, largest first. */
export function calculate(input: Input, k: Coefficients): Result {
  const p = input.people;
  const perDay: Record<UseId, number> = {
    toilet: p * input.flushes * input.toiletLitres,
    shower: p * input.showers * input.showerMinutes * input.showerFlow,
    tap: p * input.tapMinutes * input.tapFlow,
    'washing-machine': (input.loads * input.loadLitres) / 7,
    dishwasher: (input.dishCycles * input.dishLitres) / 7,
    other: input.otherLitres,
  };
  const litresPerDay = Object.values(perDay).reduce((a, b) => a + b, 0);
  const litresPerPersonDay = litresPerDay / p;
  const uses = (Object.keys(perDay) as UseId[])
    .map((id) => ({ id, name: USE_NAMES[id], litresPerDay: perDay[id] }))
    .sort((a, b) => b.litresPerDay - a.litresPerDay);

  const candidates: Saving[] = [
    {
      id: 'toilet-high-efficiency',
      kind: 'fixture',
      title: `换用高效节水型坐便器（每次不大于 ${k.toiletHighEfficiency} 升）`,
      litresPerYear: p * input.flushes * Math.max(0, input.toiletLitres - k.toiletHighEfficiency) * DAYS_PER_YEAR,
    },
    {
      id: 'tap-water-saving',
      kind: 'fixture',
      title: `换用节水型水嘴（流量不大于 ${k.tapWaterSaving} 升/分钟）`,
      litresPerYear: p * input.tapMinutes * Math.max(0, input.tapFlow - k.tapWaterSaving) * DAYS_PER_YEAR,
    },
    {
      id: 'habit-shorter-shower',
      kind: 'habit',
      title: `每次淋浴缩短 ${k.showerMinutesSaved} 分钟`,
      litresPerYear: p * input.showers * Math.min(k.showerMinutesSaved, input.showerMinutes) * input.showerFlow * DAYS_PER_YEAR,
    },
    {
      id: 'habit-tap-off',
      kind: 'habit',
      title: `洗漱间隙关水，每人每天少开水龙头 ${k.tapMinutesSaved} 分钟`,
      litresPerYear: p * Math.min(k.tapMinutesSaved, input.tapMinutes) * input.tapFlow * DAYS_PER_YEAR,
    },
    {
      id: 'habit-fewer-loads',
      kind: 'habit',
      title: `集中洗衣，每周少洗 ${k.loadsSaved} 次`,
      litresPerYear: Math.min(k.loadsSaved, input.loads) * input.loadLitres * WEEKS_PER_YEAR,
    },
  ];
  const savings = candidates.filter((s) => s.litresPerYear > 0).sort((a, b) => b.litresPerYear - a.litresPerYear);
  const comparison = litresPerPersonDay < k.referenceLow ? 'below' : litresPerPersonDay > k.referenceHigh ? 'above' : 'within';
  const litresPerYear = litresPerDay * DAYS_PER_YEAR;
  return {
    litresPerDay,
    litresPerPersonDay,
    litresPerMonth: litresPerYear / 12,
    litresPerYear,
    uses,
    comparison,
    savings,
    price: input.price,
    costPerYear: input.price === null ? null : (litresPerYear / 1000) * input.price,
  };
}

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

/** The shareable query string for a set of raw form values (only the calculator's own parameters). */
export function toQuery(get: (param: string) => string | null | undefined): string {
  const params = new URLSearchParams();
  const type = toToiletType(get(TOILET_PARAM));
  if (type !== 'own') params.set(TOILET_PARAM, type);
  for (const field of FIELDS) {
    if (field.key === 'toiletLitres' && type !== 'own') continue;
    const value = (get(field.param) ?? '').trim();
    if (value !== '') params.set(field.param, value.slice(0, 20));
  }
  return params.toString();
}
