import { describe, expect, it } from 'vitest';
import { clauseLabel, comparePositions, contentsTree, parentClause, partOf, targetPositions, type ContentsNode } from '../../../src/domain/plan/structure';
import { realSite } from '../../helpers/site';

const site = realSite();
const clauses = site.content.plan;
const flatten = (nodes: ContentsNode[], depth = 0): Array<{ id: string; depth: number; level: number }> =>
  nodes.flatMap((node) => [{ id: node.id, depth, level: node.level }, ...flatten(node.children, depth + 1)]);

describe('contentsTree', () => {
  const tree = contentsTree(clauses);
  it('lists every clause with a heading once, in reading order', () => {
    expect(flatten(tree).map((n) => n.id)).toEqual(clauses.filter((c) => c.heading).map((c) => c.id));
  });
  it('nests each clause under the nearest earlier clause of a lower level (parts, sections, numbered clauses)', () => {
    const check = (nodes: ContentsNode[], parentLevel: number) => {
      for (const node of nodes) {
        if (parentLevel >= 0) expect(node.level, node.id).toBeGreaterThan(parentLevel);
        check(node.children, node.level);
      }
    };
    check(tree, -1);
    // The plan's five parts and the annex are the top level; measures sit directly in their part (the plan has no section there).
    expect(tree.map((n) => n.label)).toEqual([...clauses.filter((c) => c.level === 1).map((c) => clauseLabel(c)), '附件：绍兴市节水行动任务分工']);
    const rigid = tree.find((n) => n.id === 'rigid-constraints')!;
    expect(rigid.children.map((n) => n.id)).toEqual(site.index.inPlanOrder(site.content.measures).map((m) => m.clause));
    const projects = tree.find((n) => n.id === 'five-projects')!;
    expect(projects.children.map((n) => n.children.length)).toEqual(site.index.inPlanOrder(site.content.projects).map((p) => site.content.tasks.filter((t) => t.project === p.id).length));
  });
  it('works on a made-up outline, skipping levels and untitled clauses', () => {
    const made = contentsTree([
      { id: 'a', level: 1, number: '一、', heading: 'A' },
      { id: 'a1', level: 3, number: '1.', heading: 'A1' },
      { id: 'x', level: 3, number: null, heading: null },
      { id: 'b', level: 1, number: '二、', heading: 'B' },
      { id: 'b1', level: 2, number: '（一）', heading: 'B1' },
      { id: 'b11', level: 3, number: '1.', heading: 'B11' },
      { id: 'annex', level: 0, number: '附件', heading: 'Z' },
    ]);
    expect(made.map((n) => [n.id, n.children.map((c) => [c.id, c.children.map((g) => g.id)])])).toEqual([
      ['a', [['a1', []]]],
      ['b', [['b1', ['b11']]]],
      ['annex', []],
    ]);
  });
});

describe('clauseLabel', () => {
  it('prints the plan’s own numbering, with no number added', () => {
    expect(clauseLabel({ number: '一、', heading: '总体要求' })).toBe('一、总体要求');
    expect(clauseLabel({ number: '（一）', heading: '指导思想' })).toBe('（一）指导思想');
    expect(clauseLabel({ number: '1.', heading: '实行总量强度双控' })).toBe('1. 实行总量强度双控');
    expect(clauseLabel({ number: '附件', heading: '绍兴市节水行动任务分工' })).toBe('附件：绍兴市节水行动任务分工');
    expect(clauseLabel({ number: null, heading: '政府主导、强化约束' })).toBe('政府主导、强化约束');
  });
});

describe('parentClause and partOf', () => {
  it('find the section and the part a clause sits in', () => {
    expect(parentClause(clauses, 'task-leakage-control')?.id).toBe('project-urban');
    expect(partOf(clauses, 'task-leakage-control')?.id).toBe('five-projects');
    expect(parentClause(clauses, 'measure-dual-control')?.id).toBe('rigid-constraints');
    expect(parentClause(clauses, 'goals-2022')?.id).toBe('main-goals');
    expect(partOf(clauses, 'goals-2022')?.id).toBe('general-requirements');
    expect(partOf(clauses, 'five-projects')?.id).toBe('five-projects');
    expect(parentClause(clauses, 'annex')).toBeNull();
    expect(partOf(clauses, 'preamble')).toBeNull();
  });
});

describe('targetPositions', () => {
  const positions = targetPositions(clauses, site.content.targets);
  const order = [...site.content.targets].sort((a, b) => comparePositions(positions.get(a.id)!, positions.get(b.id)!)).map((t) => t.id);
  it('finds every target’s wording in its clause', () => {
    for (const [id, at] of positions) expect(at[1], id).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });
  it('follows the plan’s text inside one clause, and one sentence’s two values in their order', () => {
    const goals = order.filter((id) => site.index.targets.get(id)!.clause === 'goals-2022');
    const text = clauses.find((c) => c.id === 'goals-2022')!.paragraphs.join('');
    expect(goals.at(-1)).toBe('total-water-use-2022');
    expect(text.indexOf('用水总量')).toBeGreaterThan(text.indexOf('漏损率'));
    expect(goals.indexOf('gdp-water-intensity-2022')).toBe(goals.indexOf('industrial-water-intensity-2022') - 1);
  });
});
