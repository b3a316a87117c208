import { describe, expect, it } from 'vitest';
import { calculate, FIELDS, readInput, toiletOptions, USES, type Coefficients } from '../../../src/domain/citizens/calculator';
import { fromBill, readBill } from '../../../src/domain/citizens/bill';
import { parseField } from '../../../src/domain/citizens/fields';
import { formatCubicMetres, formatLitres, formatYuan, linkMode, toBillQuery, toQuery } from '../../../src/domain/citizens/format';
import { toCoefficients } from '../../../src/domain/citizens/coefficients';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR } from '../../helpers/content-copy';

// The real coefficients from content/, so a changed standard value shows up in these tests.
const k: Coefficients = toCoefficients(readContent(CONTENT_DIR).content.coefficients);

const household: Record<string, string> = { p: '3', tl: '6', tf: '5', sm: '10', sn: '1', sf: '9', km: '5', kf: '8', wl: '4', wv: '60', dl: '', dv: '', o: '20', pr: '' };
const from = (values: Record<string, string | undefined>) => (param: string) => values[param];
const field = (param: string) => FIELDS.find((f) => f.param === param)!;

describe('the coefficients come from content', () => {
  it('uses the verified toilet and tap benchmarks and the GB/T 50331 range', () => {
    expect(k).toMatchObject({ toiletWaterSaving: 5, toiletHighEfficiency: 4, tapWaterSaving: 7.5, referenceLow: 120, referenceHigh: 180, referenceNational: 125 });
  });
  it('names the missing file when a coefficient is gone', () => {
    expect(() => toCoefficients([])).toThrow('coefficients/toilet-water-saving.yaml: file is missing');
  });
  it('builds the toilet choice’s labels from the coefficients, so a changed limit changes the label', () => {
    expect(toiletOptions(k).map((o) => o.label)).toEqual(['按标识或说明书填写每次冲水量', '节水型（每次不大于 5.0 升）', '高效节水型（每次不大于 4.0 升）']);
    const changed = toiletOptions({ ...k, toiletWaterSaving: 4.8, toiletHighEfficiency: 3.5 }).map((o) => o.label);
    expect(changed).toEqual(['按标识或说明书填写每次冲水量', '节水型（每次不大于 4.8 升）', '高效节水型（每次不大于 3.5 升）']);
  });
});

describe('from the water bill', () => {
  it('turns tonnes a month and people into litres per person per day', () => {
    const { input } = readBill(from({ t: '12', bp: '3' }));
    const result = fromBill(input!, k);
    // 12 t × 1000 ÷ (365 ÷ 12) days ÷ 3 people
    expect(result.litresPerPersonDay).toBeCloseTo(12000 / (365 / 12) / 3, 9);
    expect(result.comparison).toBe('within');
    expect(result.nationalDifference).toBeCloseTo(result.litresPerPersonDay - 125, 9);
  });
  it('halves the daily figure for a two-month bill', () => {
    const monthly = fromBill(readBill(from({ t: '20', bp: '2' })).input!, k);
    const bimonthly = fromBill(readBill(from({ t: '20', bp: '2', m: '2' })).input!, k);
    expect(bimonthly.days).toBeCloseTo(365 / 6, 9);
    expect(bimonthly.litresPerPersonDay).toBeCloseTo(monthly.litresPerPersonDay / 2, 9);
  });
  it('compares with the 120–180 L range at both ends', () => {
    const lpd = (t: string, bp: string) => fromBill(readBill(from({ t, bp })).input!, k).comparison;
    expect(lpd('3', '1')).toBe('below');
    expect(lpd('10', '1')).toBe('above');
    expect(lpd('0', '1')).toBe('below');
  });
  it('asks for volume and people, with 1 as the least household', () => {
    expect(readBill(from({})).errors).toEqual([
      { param: 't', message: '请填写水费单上的用水量（吨，即立方米）' },
      { param: 'bp', message: '请填写家庭人数（至少 1 人）' },
    ]);
    expect(readBill(from({ t: '10', bp: '0' })).errors).toEqual([{ param: 'bp', message: '家庭人数至少为 1' }]);
  });
});

describe('the detailed estimate counts only the uses filled in', () => {
  const { input } = readInput(from(household), k);
  const result = calculate(input!, k);
  it('adds up each use per day', () => {
    // toilet 3×5×6=90, shower 3×1×10×9=270, tap 3×5×8=120, washing 4×60/7, other 20
    expect(result.litresPerDay).toBeCloseTo(90 + 270 + 120 + 240 / 7 + 20, 6);
    expect(result.litresPerPersonDay).toBeCloseTo(result.litresPerDay / 3, 6);
    expect(result.litresPerYear).toBeCloseTo(result.litresPerDay * 365, 6);
    expect(result.litresPerMonth).toBeCloseTo(result.litresPerYear / 12, 6);
  });
  it('lists counted uses largest first and names the ones left empty', () => {
    expect(result.uses.map((u) => u.id)).toEqual(['shower', 'tap', 'toilet', 'washing-machine', 'other']);
    expect(result.omitted).toEqual(['洗碗机']);
  });
  it('sorts savings largest first and leaves out what saves nothing', () => {
    expect(result.savings.map((s) => [s.id, Math.round(s.litresPerYear)])).toEqual([
      ['toilet-high-efficiency', 10950],
      ['habit-shorter-shower', 9855],
      ['habit-tap-off', 8760],
      ['habit-fewer-loads', 3129],
      ['tap-water-saving', 2738],
    ]);
  });
  it('needs only the household size and one use; a pre-filled fixture alone counts nothing in', () => {
    const one = readInput(from({ p: '2', tf: '4', tl: '6', kf: '7.5' }), k);
    expect(one.errors).toEqual([]);
    expect(one.input!.used).toEqual(['toilet']);
    expect(calculate(one.input!, k).litresPerDay).toBe(48);
  });
  it('asks for the rest of a use once it is started, saying why', () => {
    expect(readInput(from({ p: '2', sm: '8' }), k).errors).toEqual([
      { param: 'sn', message: '请填写每人每天淋浴次数，才能算出淋浴的用水' },
      { param: 'sf', message: '请填写花洒流量，才能算出淋浴的用水' },
    ]);
  });
  it('an empty form asks for two things, not thirteen', () => {
    expect(readInput(() => undefined, k).errors).toEqual([
      { param: 'p', message: '请填写家庭人数（至少 1 人）' },
      { param: 'tf', message: '请至少填写一项用水，例如每人每天冲水次数；空着的项目不计入' },
    ]);
  });
  it('uses the class limit when a toilet class is chosen instead of litres', () => {
    const chosen = readInput(from({ ...household, tg: 'water-saving', tl: 'ignored' }), k);
    expect(chosen.errors).toEqual([]);
    expect(chosen.input!.values.toiletLitres).toBe(5);
    expect(readInput(from({ ...household, tg: 'high-efficiency' }), k).input!.values.toiletLitres).toBe(4);
    expect(readInput(from({ ...household, tg: 'grade-0' }), k).input!.toiletType).toBe('own');
  });
  it('compares per-person use with the range and prices the year only with a price', () => {
    expect(result.comparison).toBe('within');
    expect(result.costPerYear).toBeNull();
    expect(calculate({ ...input!, price: 3 }, k).costPerYear).toBeCloseTo((result.litresPerYear / 1000) * 3, 6);
  });
  it('gives no toilet saving at or below 4 L, and no habit saving beyond what is used', () => {
    const lean = calculate({ ...input!, values: { ...input!.values, toiletLitres: 4, showerMinutes: 0.5, loads: 0 } }, k);
    expect(lean.savings.map((s) => s.id)).not.toContain('toilet-high-efficiency');
    expect(lean.savings.map((s) => s.id)).not.toContain('habit-fewer-loads');
    expect(lean.savings.find((s) => s.id === 'habit-shorter-shower')!.litresPerYear).toBeCloseTo(3 * 0.5 * 9 * 365, 6);
  });
  it('every use has its fields', () => {
    const keys = new Set(FIELDS.map((f) => f.key));
    for (const use of USES) for (const key of [...use.usage, ...use.fixture]) expect(keys.has(key)).toBe(true);
  });
});

describe('bad input gets a clear Chinese message, never NaN', () => {
  it.each([
    ['text', 'sf', '很大', '花洒流量只能填数字，例如 4.5'],
    ['a number with a unit', 'tl', '6升', '坐便器每次冲水量只能填数字，例如 4.5'],
    ['scientific notation', 'o', '1e5', '其他用水（全家每天）只能填数字，例如 4.5'],
    ['NaN typed in', 'kf', 'NaN', '水龙头流量只能填数字，例如 4.5'],
    ['Infinity typed in', 'kf', 'Infinity', '水龙头流量只能填数字，例如 4.5'],
    ['negative', 'sm', '-5', '每次淋浴时间不能是负数'],
    ['absurdly large', 'sm', '100000', '每次淋浴时间不能超过 120 分钟，请检查是否多输了数字'],
    ['a fraction of a person', 'p', '2.5', '家庭人数请填整数'],
    ['nobody at home', 'p', '0', '家庭人数至少为 1'],
    ['two decimal points', 'wv', '6.0.1', '洗衣机每次用水量只能填数字，例如 4.5'],
    ['an integer beyond 2^53', 'p', '9007199254740993', '家庭人数的数字太大，超出了能准确计算的范围；请检查是否多输了数字'],
    ['a huge decimal', 'o', '123456789012345678901234.5', '其他用水（全家每天）的数字太大，超出了能准确计算的范围；请检查是否多输了数字'],
  ])('%s', (_case, param, raw, message) => {
    expect(parseField(raw, field(param))).toEqual({ error: message });
  });
  it('the bill says the same about a number too large to count exactly', () => {
    expect(readBill(from({ t: '9007199254740993', bp: '3' })).errors).toEqual([{ param: 't', message: '水费单上的用水量的数字太大，超出了能准确计算的范围；请检查是否多输了数字' }]);
  });
  it('accepts full-width digits from a Chinese keyboard; empty is "not given"', () => {
    expect(parseField('４．５', field('sf'))).toEqual({ value: 4.5 });
    expect(parseField('   ', field('sf'))).toEqual({ value: null });
  });
  it('treats an empty price as "not given", not as an error', () => {
    expect(readInput(from(household), k).input!.price).toBeNull();
    expect(parseField('abc', field('pr'))).toEqual({ error: '水费单上的单价只能填数字，例如 4.5' });
  });
  it('the largest accepted household still gives finite numbers', () => {
    const max = Object.fromEntries(FIELDS.map((f) => [f.param, String(f.max)]));
    const result = calculate(readInput(from(max), k).input!, k);
    for (const value of [result.litresPerDay, result.litresPerYear, result.costPerYear!, ...result.savings.map((s) => s.litresPerYear)]) expect(Number.isFinite(value)).toBe(true);
  });
});

describe('formatting and links', () => {
  it('writes litres, cubic metres and yuan', () => {
    expect(formatLitres(1234.6)).toBe('1,235 升');
    expect(formatCubicMetres(1234.6)).toBe('1.23 立方米');
    expect(formatCubicMetres(156_000)).toBe('156.0 立方米');
    expect(formatYuan(12.5)).toBe('12.50 元');
  });
  it('puts only a form’s own fields into its share link', () => {
    expect(toQuery(from({ ...household, evil: '<script>' }))).toBe('p=3&tl=6&tf=5&sm=10&sn=1&sf=9&km=5&kf=8&wl=4&wv=60&o=20');
    expect(toQuery(from({ p: '2', tg: 'high-efficiency', tl: '9' }))).toBe('tg=high-efficiency&p=2');
    expect(toBillQuery(from({ t: '12', bp: '3', m: '2', from: 'timeline' }))).toBe('t=12&bp=3&m=2');
    expect(toBillQuery(from({ t: '12', bp: '3', m: '1' }))).toBe('t=12&bp=3');
  });
  it('ignores parameters it does not know: a chat app’s link opens the page clean', () => {
    expect(linkMode(new URLSearchParams('from=timeline&isappinstalled=0'))).toBeNull();
    expect(linkMode(new URLSearchParams(''))).toBeNull();
    expect(linkMode(new URLSearchParams('m=2&tg=own'))).toBeNull();
    expect(linkMode(new URLSearchParams('t=12&bp=3&from=timeline&isappinstalled=0'))).toBe('bill');
    expect(linkMode(new URLSearchParams('p=3&tf=5&from=singlemessage'))).toBe('detail');
  });
});
