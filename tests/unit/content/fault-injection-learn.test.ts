import { describe, expect, it } from 'vitest';
import { problemsAfter, type ContentCopy } from '../../helpers/content-copy';

/**
 * Lessons that speak of a passed deadline as if it were ahead, or state one without naming its
 * target: the content check stops with the file, the field, what was expected and what it got.
 * The as-of date is the latest entry in content/updates/ (2026-12-02), so 2022 and 2025 have passed.
 */

const TAP = 'lessons/tap-detectives.yaml';
const BUDGET = 'lessons/shaoxing-water-budget.yaml';
const PAST = (year: number) => `speak of ${year} as past, since the data's as-of date is 2026-12-02: write "方案要求到${year}年…" or "按方案，${year}年应…"`;

type Damage = (c: ContentCopy) => void;
const edit = (file: string, change: (data: any) => void): Damage => (c) => c.edit(file, change);

const cases: Array<[name: string, damage: Damage, problem: string]> = [
  [
    'a fact with “到2022年” after the deadline',
    edit(TAP, (l) => { l.facts[2].text = '方案提出，到2022年打造10个节水示范校园。'; }),
    `${TAP}: facts[2].text must ${PAST(2022)} (got "方案提出，到2022年打造10个节水示范校园。")`,
  ],
  [
    'a quiz question with “2022年前”',
    edit(TAP, (l) => { l.quiz[3].question = '2022年前绍兴要打造多少个节水示范校园？'; }),
    `${TAP}: quiz[3].question must ${PAST(2022)} (got "2022年前绍兴要打造多少个节水示范校园？")`,
  ],
  [
    'a quiz choice with “到2025年”',
    edit(BUDGET, (l) => { l.quiz[2].choices[0] = '到2025年控制在21.5亿立方米以内'; }),
    `${BUDGET}: quiz[2].choices[0] must ${PAST(2025)} (got "到2025年控制在21.5亿立方米以内")`,
  ],
  [
    'a quiz explanation whose second deadline has no marker of its own',
    edit(BUDGET, (l) => { l.quiz[2].explanation = '方案要求到2022年控制在20亿立方米以内，到2025年控制在21.5亿立方米以内。'; }),
    `${BUDGET}: quiz[2].explanation must ${PAST(2025)} (got "方案要求到2022年控制在20亿立方米以内，到2025年控制在21.5亿立方米以内。")`,
  ],
  [
    'a fact stating a passed deadline without its target',
    edit(TAP, (l) => { l.facts[2].targets = []; }),
    `${TAP}: facts[2].targets must name the plan's 2022 target this fact states, so the page links to whether it was met (got [])`,
  ],
  [
    'a quiz item stating a passed deadline without its target',
    edit(TAP, (l) => { delete l.quiz[3].targets; }),
    `${TAP}: quiz[3].targets must name the plan's 2022 target this question states, so the page links to whether it was met (got [])`,
  ],
  [
    'a fact naming the 2022 target but not the 2025 one it also states',
    edit(BUDGET, (l) => { l.facts[6].targets = ['total-water-use-2022']; }),
    `${BUDGET}: facts[6].targets must name the plan's 2025 target this fact states, so the page links to whether it was met (got ["total-water-use-2022"])`,
  ],
  [
    'a fact naming a target that does not exist',
    edit(TAP, (l) => { l.facts[2].targets = ['demo-campuses-2022', 'demo-campus-2022']; }),
    `${TAP}: facts[2].targets[1] names unknown target "demo-campus-2022" (expected one of the ids in content/targets/)`,
  ],
];

describe('lessons speak of passed deadlines as past', () => {
  it.each(cases)('%s', (_name, damage, problem) => {
    expect(problemsAfter(damage)).toEqual([problem]);
  });
  it('accepts a deadline still ahead, and the plan’s wording as the plan’s requirement', () => {
    expect(problemsAfter(edit(TAP, (l) => {
      l.facts[2].text = '方案要求到2022年打造10个节水示范校园；到2035年的远景目标仍在前面。';
      l.quiz[3].question = '按方案，2022年绍兴应打造多少个节水示范校园？';
    }))).toEqual([]);
  });
});
