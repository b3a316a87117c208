import { describe, expect, it } from 'vitest';
import { groupRuns, itemLabel, workItems } from '../../../src/domain/responsibilities/work';
import { realSite } from '../../helpers/site';

const { content } = realSite();
const work = workItems(content);

describe('workItems: the annex in the plan’s order', () => {
  it('places every annex row once', () => {
    expect(work.map((item) => item.row.id).sort()).toEqual(content.responsibilities.map((row) => row.id).sort());
  });
  it('runs measures, then tasks, mechanisms and safeguards, each part once and in one run', () => {
    const kinds = groupRuns(work, (item) => item.kind).map((run) => run.key);
    expect(kinds).toEqual(['measure', 'task', 'mechanism', 'safeguard']);
  });
  it('follows the order of the clauses, keeping the annex order within one entity', () => {
    const position = new Map(content.plan.map((clause, i) => [clause.id, i]));
    const order = work.map((item) => position.get(item.parent.clause)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const dual = work.filter((item) => item.parent.id === 'dual-control').map((item) => item.row.id);
    expect(dual).toEqual(['measure-dual-control-1', 'measure-dual-control-2', 'measure-dual-control-3']);
  });
  it('numbers the rows of one entity and counts them', () => {
    const [first, , third] = work;
    expect([first.ordinal, first.siblings, third.ordinal, third.siblings]).toEqual([1, 3, 3, 3]);
  });
  it('names the part of the plan with its number, and the project of each task', () => {
    expect(work[0].part.label).toBe('二、严格目标管理，强化刚性约束');
    const tasks = work.filter((item) => item.kind === 'task');
    expect(tasks.every((item) => item.project !== null)).toBe(true);
    expect(tasks[0].project?.id).toBe('agriculture');
    expect(work.filter((item) => item.kind !== 'task').every((item) => item.project === null)).toBe(true);
  });
  it('refuses a row whose parent is not a measure, task, mechanism or safeguard', () => {
    const bad = { ...content, responsibilities: [{ ...content.responsibilities[0], parent: { kind: 'goal' as const, id: 'goals-2022' } }] };
    expect(() => workItems(bad)).toThrow('parent.kind must be measure, task, mechanism or safeguard (got "goal")');
  });
});

describe('itemLabel', () => {
  it('adds the ordinal only where the entity has several rows', () => {
    expect(itemLabel(work[0])).toBe('实行总量强度双控（1）');
    expect(itemLabel({ parent: work[0].parent, ordinal: 1, siblings: 1 })).toBe('实行总量强度双控');
  });
});

describe('groupRuns', () => {
  it('splits an ordered list into runs of one key, keeping the order and repeating a key that comes back', () => {
    expect(groupRuns(['a1', 'a2', 'b1', 'a3'], (s) => s[0]).map((g) => [g.key, g.items])).toEqual([['a', ['a1', 'a2']], ['b', ['b1']], ['a', ['a3']]]);
    expect(groupRuns([], String)).toEqual([]);
  });
});
