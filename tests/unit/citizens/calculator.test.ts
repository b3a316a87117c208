import { describe, expect, it } from 'vitest';
import { calculate, FIELDS, formatCubicMetres, formatLitres, formatYuan, parseField, readInput, toQuery, type Coefficients } from '../../../src/domain/citizens/calculator';
import { toCoefficients } from '../../../src/domain/citizens/coefficients';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR } from '../../helpers/content-copy';

// The real coefficients from content/, so a changed standard value shows up in these tests.
const k: Coefficients = toCoefficients(readContent(CONTENT_DIR).content.coefficients);

const household: Record<string, string> = { p: '3', tl: '6', tf: '5', sm: '10', sn: '1', sf: '9', km: '5', kf: '8', wl: '4', wv: '60', dl: '0', dv: '0', o: '20', pr: '' };
const from = (values: Record<string, string | undefined>) => (param: string) => values[param];
const field = (param: string) => FIELDS.find((f) => f.param === param)!;

describe('the coefficients come from content', () => {
  it('uses the verified toilet and tap benchmarks and the GB/T 50331 range', () => {
    expect(k).toMatchObject({ toiletWaterSaving: 5, toiletHighEfficiency: 4, tapWaterSaving: 7.5, referenceLow: 120, referenceHigh: 180, referenceNational: 125 });
  });
  it('names the missing file when a coefficient is gone', () => {
    expect(() => toCoefficients([])).toThrow('coefficients/toilet-water-saving.yaml: file is missing');
  });
});

describe('calculate', () => {
  const { input } = readInput(from(household), k);
  const result = calculate(input!, k);
  it('adds up each use per day', () => {
    // toilet 3×5×6=90, shower 3×1×10×9=270, tap 3×5×8=120, washing 4×60/7, other 20
    expect(result.litresPerDay).toBeCloseTo(90 + 270 + 120 + 240 / 7 + 20, 6);
    expect(result.litresPerPersonDay).toBeCloseTo(result.litresPerDay / 3, 6);
    expect(result.litresPerYear).toBeCloseTo(result.litresPerDay * 365, 6);
    expect(result.litresPerMonth).toBeCloseTo(result.litresPerYear / 12, 6);
  });
  it('lists uses largest first', () => {
    expect(result.uses.map((u) => u.id)).toEqual(['shower', 'tap', 'toilet', 'washing-machine', 'other', 'dishwasher']);
  });
  it('sorts savings largest first and leaves out what saves nothing', () => {
    // shower 1 min: 3×1×9×365=9855; tap off 1 min: 3×8×365=8760; toilet 3×5×2×365=10950; tap 3×5×0.5×365=2737.5; loads 60×365/7
    expect(result.savings.map((s) => [s.id, Math.round(s.litresPerYear)])).toEqual([
      ['toilet-high-efficiency', 10950],
      ['habit-shorter-shower', 9855],
      ['habit-tap-off', 8760],
      ['habit-fewer-loads', 3129],
      ['tap-water-saving', 2738],
    ]);
  });
  it('compares per-person use with the 120–180 L range', () => {
    expect(result.litresPerPersonDay).toBeCloseTo(178.1, 1);
    expect(result.comparison).toBe('within');
    expect(calculate({ ...input!, showerMinutes: 12 }, k).comparison).toBe('above');
    expect(calculate({ ...input!, showerMinutes: 2 }, k).comparison).toBe('below');
  });
  it('gives no toilet saving for a toilet already at or below 4 L, and no habit saving beyond what is used', () => {
    const lean = calculate({ ...input!, toiletLitres: 4, showerMinutes: 0.5, loads: 0 }, k);
    expect(lean.savings.map((s) => s.id)).not.toContain('toilet-high-efficiency');
    expect(lean.savings.map((s) => s.id)).not.toContain('habit-fewer-loads');
    expect(lean.savings.find((s) => s.id === 'habit-shorter-shower')!.litresPerYear).toBeCloseTo(3 * 0.5 * 9 * 365, 6);
  });
  it('prices the year only when the visitor gives a price', () => {
    expect(result.costPerYear).toBeNull();
    const priced = calculate({ ...input!, price: 3 }, k);
    expect(priced.costPerYear).toBeCloseTo((result.litresPerYear / 1000) * 3, 6);
  });
  it('uses the class limit when a toilet class is chosen instead of litres', () => {
    const chosen = readInput(from({ ...household, tg: 'water-saving', tl: 'ignored' }), k);
    expect(chosen.errors).toEqual([]);
    expect(chosen.input!.toiletLitres).toBe(5);
    expect(readInput(from({ ...household, tg: 'high-efficiency' }), k).input!.toiletLitres).toBe(4);
    expect(readInput(from({ ...household, tg: 'grade-0' }), k).input!.toiletType).toBe('own');
  });
});

describe('bad input gets a clear Chinese message, never NaN', () => {
  it.each([
    ['empty', 'p', '', '请填写家庭人数（不适用请填 0）'],
    ['only spaces', 'sf', '   ', '请填写花洒流量（不适用请填 0）'],
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
  ])('%s', (_case, param, raw, message) => {
    expect(parseField(raw, field(param))).toEqual({ error: message });
  });
  it('accepts full-width digits from a Chinese keyboard', () => {
    expect(parseField('４．５', field('sf'))).toEqual({ value: 4.5 });
  });
  it('treats an empty price as "not given", not as an error', () => {
    expect(parseField('', field('pr'))).toEqual({ value: null });
    expect(parseField('abc', field('pr'))).toEqual({ error: '水费单上的单价只能填数字，例如 4.5' });
  });
  it('reports every bad field at once, by parameter, and returns no input', () => {
    const { input, errors } = readInput(from({ ...household, p: '', sf: 'x', wv: '-1' }), k);
    expect(input).toBeNull();
    expect(errors.map((e) => e.param)).toEqual(['p', 'sf', 'wv']);
  });
  it('an empty form is all errors, no result', () => {
    const { errors } = readInput(() => undefined, k);
    expect(errors).toHaveLength(FIELDS.length - 1);
    expect(errors.every((e) => e.message.startsWith('请填写'))).toBe(true);
  });
  it('the largest accepted household still gives finite numbers', () => {
    const max = Object.fromEntries(FIELDS.map((f) => [f.param, String(f.max)]));
    const { input } = readInput(from(max), k);
    const result = calculate(input!, k);
    for (const value of [result.litresPerDay, result.litresPerYear, result.costPerYear!, ...result.savings.map((s) => s.litresPerYear)]) {
      expect(Number.isFinite(value)).toBe(true);
    }
  });
});

describe('formatting and sharing', () => {
  it('writes litres, cubic metres and yuan', () => {
    expect(formatLitres(1234.6)).toBe('1,235 升');
    expect(formatCubicMetres(1234.6)).toBe('1.23 立方米');
    expect(formatCubicMetres(156_000)).toBe('156.0 立方米');
    expect(formatYuan(12.5)).toBe('12.50 元');
  });
  it('puts only the calculator’s own fields into the shared URL', () => {
    expect(toQuery(from({ ...household, evil: '<script>' }))).toBe('p=3&tl=6&tf=5&sm=10&sn=1&sf=9&km=5&kf=8&wl=4&wv=60&dl=0&dv=0&o=20');
    expect(toQuery(from({ p: '2', tg: 'high-efficiency', tl: '9' }))).toBe('tg=high-efficiency&p=2');
  });
});
