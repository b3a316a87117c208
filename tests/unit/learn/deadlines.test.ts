import { describe, expect, it } from 'vitest';
import { futureWordedYears, hasPassed, statedPastDeadlines } from '../../../src/domain/learn/deadlines';

const AS_OF = '2026-12-02';

describe('hasPassed', () => {
  it('counts a year as passed once its last day is before the as-of date', () => {
    expect(hasPassed(2025, AS_OF)).toBe(true);
    expect(hasPassed(2026, AS_OF)).toBe(false);
    expect(hasPassed(2026, '2027-01-01')).toBe(true);
  });
});

describe('futureWordedYears', () => {
  it('finds passed deadlines worded as if ahead, in every form', () => {
    expect(futureWordedYears('方案提出，到2022年打造10个节水示范校园。', AS_OF)).toEqual([2022]);
    expect(futureWordedYears('2022年前建成，2025年底前完成，2025年以前结束', AS_OF)).toEqual([2022, 2025]);
  });
  it('accepts them as the plan’s requirement, each deadline with its own marker', () => {
    expect(futureWordedYears('方案要求到2022年打造10个节水示范校园。', AS_OF)).toEqual([]);
    expect(futureWordedYears('方案曾要求，到2022年建成；按方案 到2025年完成；原定2022年前完成', AS_OF)).toEqual([]);
    expect(futureWordedYears('方案要求到2022年控制在20亿立方米以内，到2025年控制在21.5亿立方米以内。', AS_OF)).toEqual([2025]);
  });
  it('leaves deadlines still ahead and plain dates alone', () => {
    expect(futureWordedYears('到2035年基本实现', AS_OF)).toEqual([]);
    expect(futureWordedYears('到2022年打造10个节水示范校园', '2021-06-30')).toEqual([]);
    expect(futureWordedYears('2022年8月16日启动Ⅲ级响应', AS_OF)).toEqual([]);
  });
});

describe('statedPastDeadlines', () => {
  it('finds the passed years a sentence states as the plan’s requirement', () => {
    expect(statedPastDeadlines('按方案，全市用水总量2022年应控制在20亿立方米以内，2025年应控制在21.5亿立方米以内。', AS_OF)).toEqual([2022, 2025]);
    expect(statedPastDeadlines('方案要求到2022年打造10个节水示范校园。', AS_OF)).toEqual([2022]);
  });
  it('ignores years before the marker, in another sentence, or still ahead', () => {
    expect(statedPastDeadlines('2022年夏天，方案要求的节水倡议发出。', AS_OF)).toEqual([]);
    expect(statedPastDeadlines('方案要求节约用水。2022年汤浦水库启动响应。', AS_OF)).toEqual([]);
    expect(statedPastDeadlines('按方案，到2035年基本实现。', AS_OF)).toEqual([]);
  });
});
