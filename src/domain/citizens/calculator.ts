// The detailed estimate: use by use, only the uses the visitor fills in. Pure: no DOM, no clock, so
// the page's island, the no-JS worksheet and the unit tests all share it.
import { compareWithRange, DAYS_PER_YEAR, type Comparison } from './compare';
import { formatLimit, type Coefficients } from './coefficients';
import { isBlank, missingMessage, parseField, type Field, type FieldError } from './fields';

export type { Coefficients } from './coefficients';
export { DAYS_PER_YEAR } from './compare';
export type { FieldError } from './fields';
export const WEEKS_PER_YEAR = DAYS_PER_YEAR / 7;

/** own: the visitor types litres per flush; the others use a verified class limit. */
export type ToiletType = 'own' | 'water-saving' | 'high-efficiency';
export const TOILET_TYPES: readonly ToiletType[] = ['own', 'water-saving', 'high-efficiency'];
export const TOILET_PARAM = 'tg';

export type UseId = 'toilet' | 'shower' | 'tap' | 'washing-machine' | 'dishwasher' | 'other';
type Key = 'people' | 'toiletLitres' | 'flushes' | 'showerMinutes' | 'showers' | 'showerFlow' | 'tapMinutes' | 'tapFlow' | 'loads' | 'loadLitres' | 'dishCycles' | 'dishLitres' | 'otherLitres' | 'price';

/** Every numeric field in form order. The bounds catch typing mistakes; they are not statistics. */
export const FIELDS: readonly Field<Key>[] = [
  { key: 'people', param: 'p', label: '家庭人数', unit: '人', min: 1, max: 20, integer: true, missing: '请填写家庭人数（至少 1 人）' },
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
  { key: 'price', param: 'pr', label: '水费单上的单价', unit: '元/立方米', min: 0, max: 100 },
];

/**
 * Each use, by the fields that say how much it is used (filling one of them counts the use in) and
 * the fields that describe the fixture (which a page may pre-fill, so they alone do not count it in).
 */
export const USES: ReadonlyArray<{ id: UseId; name: string; usage: Key[]; fixture: Key[] }> = [
  { id: 'toilet', name: '坐便器', usage: ['flushes'], fixture: ['toiletLitres'] },
  { id: 'shower', name: '淋浴', usage: ['showerMinutes', 'showers'], fixture: ['showerFlow'] },
  { id: 'tap', name: '水龙头', usage: ['tapMinutes'], fixture: ['tapFlow'] },
  { id: 'washing-machine', name: '洗衣机', usage: ['loads'], fixture: ['loadLitres'] },
  { id: 'dishwasher', name: '洗碗机', usage: ['dishCycles'], fixture: ['dishLitres'] },
  { id: 'other', name: '其他', usage: ['otherLitres'], fixture: [] },
];

/** The detailed form's parameters (the toilet choice and every field), so unknown ones are ignored. */
export const DETAIL_PARAMS = [TOILET_PARAM, ...FIELDS.map((f) => f.param)];

/** The checked inputs: a use left empty is absent (null), not zero. */
export interface Input {
  people: number;
  toiletType: ToiletType;
  values: Partial<Record<Key, number>>;
  /** Uses counted in, in form order. */
  used: UseId[];
  /** Price per m³ from the visitor's own bill; null when left empty. */
  price: number | null;
}

const field = (key: Key) => FIELDS.find((f) => f.key === key)!;

/** An unknown or missing toilet choice means "I type my own litres". */
export function toToiletType(raw: string | null | undefined): ToiletType {
  return TOILET_TYPES.includes(raw as ToiletType) ? (raw as ToiletType) : 'own';
}

/** The litres a chosen toilet class stands for, or null for "own". */
export const toiletClassLitres = (type: ToiletType, k: Coefficients): number | null =>
  type === 'water-saving' ? k.toiletWaterSaving : type === 'high-efficiency' ? k.toiletHighEfficiency : null;

/** The toilet choice's option labels, built from the verified class limits (never typed in i18n). */
export function toiletOptions(k: Coefficients): Array<{ value: ToiletType; label: string }> {
  return [
    { value: 'own', label: '按标识或说明书填写每次冲水量' },
    { value: 'water-saving', label: `节水型（每次不大于 ${formatLimit(k.toiletWaterSaving)} 升）` },
    { value: 'high-efficiency', label: `高效节水型（每次不大于 ${formatLimit(k.toiletHighEfficiency)} 升）` },
  ];
}

/**
 * Reads and checks the form (or a share link). The household size is required; a use counts once
 * any of its usage fields is filled, and then all its fields are needed; at least one use must
 * count. Returns the input or every problem found, each with its field's parameter.
 */
export function readInput(get: (param: string) => string | null | undefined, k: Coefficients): { input: Input; errors: [] } | { input: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Input['values'] = {};
  const toiletType = toToiletType(get(TOILET_PARAM));
  const raw = (key: Key) => (key === 'toiletLitres' && toiletType !== 'own' ? String(toiletClassLitres(toiletType, k)) : get(field(key).param));
  const read = (key: Key, required: boolean, why?: string) => {
    const f = field(key);
    const parsed = parseField(raw(key), f);
    if ('error' in parsed) errors.push({ param: f.param, message: parsed.error });
    else if (parsed.value !== null) values[key] = parsed.value;
    else if (required) errors.push({ param: f.param, message: why ?? missingMessage(f) });
  };
  read('people', true);
  const used = USES.filter((use) => use.usage.some((key) => !isBlank(raw(key)))).map((use) => use.id);
  for (const use of USES) {
    const counted = used.includes(use.id);
    for (const key of [...use.usage, ...use.fixture]) read(key, counted, `请填写${field(key).label}，才能算出${use.name}的用水`);
  }
  read('price', false);
  if (used.length === 0) errors.push({ param: 'tf', message: '请至少填写一项用水，例如每人每天冲水次数；空着的项目不计入' });
  if (errors.length > 0) return { input: null, errors };
  return { input: { people: values.people!, toiletType, values, used, price: values.price ?? null }, errors: [] };
}

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
  /** Each counted use in litres a day, largest first. */
  uses: Array<{ id: UseId; name: string; litresPerDay: number }>;
  /** The uses left empty, by name, so the result says what it does not include. */
  omitted: string[];
  /** Per-person use against the GB/T 50331-2002 range. */
  comparison: Comparison;
  savings: Saving[];
  /** The visitor's own price per m³, or null when none was given. */
  price: number | null;
  /** Yuan a year at that price, or null when no price was given. */
  costPerYear: number | null;
}

/** Daily, monthly and yearly use of the counted uses, the comparison with the reference range and the savings, largest first. */
export function calculate(input: Input, k: Coefficients): Result {
  const p = input.people;
  const v = (key: Key) => input.values[key] ?? 0;
  const perDay: Record<UseId, number> = {
    toilet: p * v('flushes') * v('toiletLitres'),
    shower: p * v('showers') * v('showerMinutes') * v('showerFlow'),
    tap: p * v('tapMinutes') * v('tapFlow'),
    'washing-machine': (v('loads') * v('loadLitres')) / 7,
    dishwasher: (v('dishCycles') * v('dishLitres')) / 7,
    other: v('otherLitres'),
  };
  const counted = USES.filter((use) => input.used.includes(use.id));
  const litresPerDay = counted.reduce((sum, use) => sum + perDay[use.id], 0);
  const litresPerYear = litresPerDay * DAYS_PER_YEAR;
  const uses = counted.map((use) => ({ id: use.id, name: use.name, litresPerDay: perDay[use.id] })).sort((a, b) => b.litresPerDay - a.litresPerDay);
  const on = (id: UseId) => input.used.includes(id);
  const candidates: Array<Saving & { use: UseId }> = [
    { use: 'toilet', id: 'toilet-high-efficiency', kind: 'fixture', title: `换用高效节水型坐便器（每次不大于 ${formatLimit(k.toiletHighEfficiency)} 升）`, litresPerYear: p * v('flushes') * Math.max(0, v('toiletLitres') - k.toiletHighEfficiency) * DAYS_PER_YEAR },
    { use: 'tap', id: 'tap-water-saving', kind: 'fixture', title: `换用节水型水嘴（流量不大于 ${formatLimit(k.tapWaterSaving)} 升/分钟）`, litresPerYear: p * v('tapMinutes') * Math.max(0, v('tapFlow') - k.tapWaterSaving) * DAYS_PER_YEAR },
    { use: 'shower', id: 'habit-shorter-shower', kind: 'habit', title: `每次淋浴缩短 ${k.showerMinutesSaved} 分钟`, litresPerYear: p * v('showers') * Math.min(k.showerMinutesSaved, v('showerMinutes')) * v('showerFlow') * DAYS_PER_YEAR },
    { use: 'tap', id: 'habit-tap-off', kind: 'habit', title: `洗漱间隙关水，每人每天少开水龙头 ${k.tapMinutesSaved} 分钟`, litresPerYear: p * Math.min(k.tapMinutesSaved, v('tapMinutes')) * v('tapFlow') * DAYS_PER_YEAR },
    { use: 'washing-machine', id: 'habit-fewer-loads', kind: 'habit', title: `集中洗衣，每周少洗 ${k.loadsSaved} 次`, litresPerYear: Math.min(k.loadsSaved, v('loads')) * v('loadLitres') * WEEKS_PER_YEAR },
  ];
  const savings = candidates
    .filter((s) => on(s.use) && s.litresPerYear > 0)
    .map(({ use: _use, ...saving }) => saving)
    .sort((a, b) => b.litresPerYear - a.litresPerYear);
  return {
    litresPerDay,
    litresPerPersonDay: litresPerDay / p,
    litresPerMonth: litresPerYear / 12,
    litresPerYear,
    uses,
    omitted: USES.filter((use) => !on(use.id)).map((use) => use.name),
    comparison: compareWithRange(litresPerDay / p, k),
    savings,
    price: input.price,
    costPerYear: input.price === null ? null : (litresPerYear / 1000) * input.price,
  };
}
