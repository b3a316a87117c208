import { describe, expect, it } from 'vitest';
import { combine, getTargetStatus, meets, type ObservationLike, type TargetLike } from '../../../src/domain/targets/status-rules';

const target = (over: Partial<TargetLike>): TargetLike => ({
  kind: 'quantitative', comparator: 'at-most', value: 20, valueMax: null, unit: '亿m³', baseline: null,
  deadline: 2022, recurring: null, scope: ['shaoxing'], indicator: 'total-water-use', qualifier: null, ...over,
});
let n = 0;
const obs = (over: Partial<ObservationLike>): ObservationLike => ({
  id: `o${(n += 1)}`, source: 's', indicator: 'total-water-use', year: 2016, value: 18, bound: 'exact', unit: '亿m³', finding: null,
  reached: null, scope: 'shaoxing', quantity: 'use', priceBasis: null, signal: 'outcome', published: null, ...over,
});
const total = { category: 'total' as const, unit: '亿m³' };
const count = { category: 'count' as const, unit: '个' };
const intensity = { category: 'intensity' as const, unit: 'm³/万元' };

describe('caps and floors', () => {
  it('a figure for the deadline year within the cap: achieved', () => {
    const r = getTargetStatus(target({}), total, [obs({ year: 2022, value: 19.5 })], 2026);
    expect(r.status).toBe('achieved');
    expect(r.onTime).toBe(true);
  });
  it('a figure for the deadline year over the cap: missed', () => {
    expect(getTargetStatus(target({}), total, [obs({ year: 2022, value: 20.4 })], 2026).status).toBe('missed');
  });
  it('before the deadline, within the cap: on track', () => {
    expect(getTargetStatus(target({}), total, [obs({ year: 2016, value: 18.3553 })], 2020).status).toBe('on-track');
  });
  it('before the deadline, over the cap: behind', () => {
    expect(getTargetStatus(target({}), total, [obs({ year: 2019, value: 21 })], 2020).status).toBe('behind');
  });
  it('deadline passed with only older figures: deadline passed without a published figure, showing the latest', () => {
    const r = getTargetStatus(target({}), total, [obs({ year: 2015, value: 18.5619 }), obs({ year: 2016, value: 18.3553 })], 2026);
    expect(r.status).toBe('overdue-no-data');
    expect(r.inputs).toContain('2016年：18.3553亿m³');
    expect(r.inputs).toContain('2022年：暂无公开数据');
  });
  it('no figure at all, deadline not reached: not yet measurable', () => {
    expect(getTargetStatus(target({ deadline: 2030 }), total, [], 2026).status).toBe('not-measurable');
  });
  it('a floor: reuse rate at least 91%', () => {
    const t = target({ comparator: 'at-least', value: 91, unit: '%', indicator: 'total-water-use' });
    expect(getTargetStatus(t, total, [obs({ year: 2022, value: 92, unit: '%' })], 2026).status).toBe('achieved');
    expect(getTargetStatus(t, total, [obs({ year: 2022, value: 90.5, unit: '%' })], 2026).status).toBe('missed');
  });
  it('withdrawal figures never count as use', () => {
    expect(getTargetStatus(target({}), total, [obs({ year: 2022, value: 10, quantity: 'withdrawal' })], 2026).status).toBe('overdue-no-data');
  });
});

describe('bounds are read as bounds', () => {
  it('"<5%" settles "at most 10%" but not "at most 4%"', () => {
    expect(meets({ value: 5, bound: 'below' }, 'at-most', 10)).toBe(true);
    expect(meets({ value: 5, bound: 'below' }, 'at-most', 4)).toBeNull();
  });
  it('">5000" settles "at least 5000" and refutes "at most 4000"', () => {
    expect(meets({ value: 5000, bound: 'above' }, 'at-least', 5000)).toBe(true);
    expect(meets({ value: 5000, bound: 'above' }, 'at-most', 4000)).toBe(false);
    expect(meets({ value: 5000, bound: 'above' }, 'at-least', 6000)).toBeNull();
  });
  it('a bound that cannot settle it leaves the target not measurable', () => {
    const t = target({ comparator: 'at-most', value: 4, unit: '%', deadline: 2030 });
    expect(getTargetStatus(t, total, [obs({ year: 2025, value: 5, bound: 'below', unit: '%' })], 2026).status).toBe('not-measurable');
  });
});

describe('reduce-by against the 2015 baseline', () => {
  const t = target({ comparator: 'reduce-by', value: 37, unit: '%', baseline: { year: 2015 }, indicator: 'total-water-use' });
  it('same price basis, deadline year: computes the reduction', () => {
    const r = getTargetStatus(t, intensity, [obs({ year: 2015, value: 40, priceBasis: 'comparable' }), obs({ year: 2022, value: 24, priceBasis: 'comparable' })], 2026);
    expect(r.status).toBe('achieved');
    expect(r.inputs).toContain('2015—2022年降幅：40.0%');
  });
  it('a smaller reduction by the deadline is missed', () => {
    const r = getTargetStatus(t, intensity, [obs({ year: 2015, value: 40, priceBasis: 'comparable' }), obs({ year: 2022, value: 30, priceBasis: 'comparable' })], 2026);
    expect(r.status).toBe('missed');
  });
  it('a price-basis mismatch is reported, not computed', () => {
    const r = getTargetStatus(t, intensity, [obs({ year: 2015, value: 40, priceBasis: 'current' }), obs({ year: 2022, value: 24, priceBasis: 'comparable' })], 2026);
    expect(r.status).toBe('not-measurable');
    expect(r.reason).toContain('价格基准不一致或未说明');
    expect(r.inputs.join()).not.toContain('降幅：');
  });
  it('an unstated price basis is reported, not computed', () => {
    const r = getTargetStatus(t, intensity, [obs({ year: 2015, value: 40, priceBasis: 'unstated' }), obs({ year: 2019, value: 30, priceBasis: 'unstated' })], 2020);
    expect(r.status).toBe('not-measurable');
  });
  it('a missing baseline: cannot compute', () => {
    const r = getTargetStatus(t, intensity, [obs({ year: 2022, value: 24, priceBasis: 'comparable' })], 2026);
    expect(r.status).toBe('overdue-no-data');
    expect(r.reason).toContain('缺少基准年（2015年）');
  });
  it('mid-way, compares with the straight path from baseline to target', () => {
    const base = obs({ year: 2015, value: 40, priceBasis: 'comparable' });
    // 2015→2022 is 7 years; by 2019 (4 years) the path needs 37 × 4/7 ≈ 21.1%.
    expect(getTargetStatus(t, intensity, [base, obs({ year: 2019, value: 30, priceBasis: 'comparable' })], 2020).status).toBe('on-track');
    expect(getTargetStatus(t, intensity, [base, obs({ year: 2019, value: 34, priceBasis: 'comparable' })], 2020).status).toBe('behind');
  });
});

describe('counts, scopes, milestones, recurring targets and the vision', () => {
  it('a count reached before the deadline is achieved on time', () => {
    const t = target({ comparator: 'equal', value: 10, unit: '个', indicator: 'total-water-use' });
    const r = getTargetStatus(t, count, [obs({ year: 2021, value: 10, unit: '个' })], 2026);
    expect(r.status).toBe('achieved');
    expect(r.onTime).toBe(true);
  });
  it('a count reached only after the deadline is achieved, not on time', () => {
    const t = target({ comparator: 'at-least', value: 10, unit: '个' });
    expect(getTargetStatus(t, count, [obs({ year: 2024, value: 11, unit: '个' })], 2026).onTime).toBe(false);
  });
  it('a target for two counties needs both: one missing figure leaves it open', () => {
    const t = target({ comparator: 'at-most', value: 10, unit: '%', scope: ['zhuji', 'xinchang'] });
    const both = [obs({ year: 2022, value: 8, unit: '%', scope: 'zhuji' }), obs({ year: 2022, value: 9, unit: '%', scope: 'xinchang' })];
    expect(getTargetStatus(t, total, both, 2026).status).toBe('achieved');
    expect(getTargetStatus(t, total, both.slice(0, 1), 2026).status).toBe('overdue-no-data');
    expect(getTargetStatus(t, total, [both[0], obs({ year: 2022, value: 12, unit: '%', scope: 'xinchang' })], 2026).status).toBe('missed');
    // A city-wide figure says nothing about each county.
    expect(getTargetStatus(t, total, [obs({ year: 2022, value: 5, unit: '%' })], 2026).status).toBe('overdue-no-data');
  });
  it('a milestone with a finding of completion is achieved; without one it is overdue', () => {
    const t = target({ kind: 'milestone', comparator: null, value: null, unit: '' });
    expect(getTargetStatus(t, total, [obs({ value: null, finding: '已印发', reached: true, year: 2021 })], 2026).status).toBe('achieved');
    expect(getTargetStatus(t, total, [], 2026).status).toBe('overdue-no-data');
    expect(getTargetStatus(t, total, [], 2021).status).toBe('not-measurable');
  });
  it('a finding published after the deadline without a date of completion is achieved but not known to be on time', () => {
    const t = target({ comparator: 'equal', value: 6, scope: ['yuecheng', 'keqiao'] });
    const r = getTargetStatus(t, count, [obs({ value: null, finding: '全覆盖', reached: true, year: null, published: '2025-12' })], 2026);
    expect(r.status).toBe('achieved');
    expect(r.onTime).toBeNull();
    expect(r.reason).toContain('无法确认是否按期');
  });
  it('a yearly target with no data is not measurable, and says it is yearly', () => {
    const t = target({ comparator: 'at-least', value: 5, deadline: null, recurring: 'per-year' });
    const r = getTargetStatus(t, count, [], 2026);
    expect(r.status).toBe('not-measurable');
  });
  it('"keep the best rank in the province" needs a ranking, not a rate', () => {
    const t = target({ comparator: 'maintain', value: null, unit: '' });
    const r = getTargetStatus(t, total, [obs({ value: 5, bound: 'below', unit: '%', year: null, published: '2025-12' })], 2026);
    expect(r.status).toBe('overdue-no-data');
    expect(r.inputs.some((line) => line.includes('低于5%'))).toBe(true);
  });
  it('the vision is never scored', () => {
    expect(getTargetStatus(target({ kind: 'vision', comparator: null, value: null }), total, [], 2036).status).toBe('not-measurable');
  });
  it('actions are kept apart from the outcome', () => {
    const action = obs({ signal: 'action', value: null, finding: '项目建成', year: 2022 });
    const r = getTargetStatus(target({}), total, [action], 2026);
    expect(r.actions).toEqual([action]);
    expect(r.evidence).toEqual([]);
  });
  it('combine: the worst verdict wins', () => {
    expect(combine(['achieved', 'missed'])).toBe('missed');
    expect(combine(['achieved', 'achieved'])).toBe('achieved');
    expect(combine(['achieved', 'overdue-no-data'])).toBe('overdue-no-data');
  });
});

describe('counts taken from the sites directory are floors', () => {
  const t = target({ comparator: 'equal', value: 7, unit: '个' });
  it('"at least 1" of 7 cannot settle the target, and after the deadline it is overdue with the count shown', () => {
    const r = getTargetStatus(t, count, [obs({ year: 2019, value: 1, bound: 'at-least', unit: '个' })], 2026);
    expect(r.status).toBe('overdue-no-data');
    expect(r.inputs).toContain('2019年：至少1个');
  });
  it('"at least 7" of 7 reaches it', () => {
    expect(getTargetStatus(t, count, [obs({ year: 2021, value: 7, bound: 'at-least', unit: '个' })], 2026).status).toBe('achieved');
  });
  it('"at least 3" refutes a cap of 2 but says nothing about a cap of 5', () => {
    expect(meets({ value: 3, bound: 'at-least' }, 'at-most', 2)).toBe(false);
    expect(meets({ value: 3, bound: 'at-least' }, 'at-most', 5)).toBeNull();
  });
});
