import { describe, expect, it } from 'vitest';
import { countRoles, rankUnits } from '../../../src/domain/responsibilities/stats';
import { realSite } from '../../helpers/site';

const rows = [
  { lead: ['a'], participants: ['b', 'c'] },
  { lead: ['b'], participants: ['a'] },
  { lead: ['a', 'b'], participants: [] },
];

describe('countRoles', () => {
  it('counts each row a unit leads and each it joins', () => {
    expect(Object.fromEntries(countRoles(rows))).toEqual({ a: { lead: 2, join: 1 }, b: { lead: 2, join: 1 }, c: { lead: 0, join: 1 } });
  });
});

describe('rankUnits', () => {
  it('puts most led first, then most joined, then by id; units without rows count zero', () => {
    expect(rankUnits(rows, ['c', 'd', 'b', 'a'])).toEqual([
      { id: 'a', lead: 2, join: 1 },
      { id: 'b', lead: 2, join: 1 },
      { id: 'c', lead: 0, join: 1 },
      { id: 'd', lead: 0, join: 0 },
    ]);
  });
  it('on the real annex, the water bureau leads most', () => {
    const { content } = realSite();
    expect(rankUnits(content.responsibilities, content.departments.map((d) => d.id))[0]).toEqual({ id: 'water', lead: 26, join: 27 });
  });
});
