import { describe, expect, it } from 'vitest';
import { annexSpellings, unitsNamedIn } from '../../../src/domain/responsibilities/names';
import { realSite } from '../../helpers/site';

const units = [
  { id: 'nr', name: '绍兴市自然资源和规划局', shortName: '自然资源和规划局', aliases: ['自然资源局'] },
  { id: 'water', name: '绍兴市水利局', shortName: '水利局', aliases: [] },
];

describe('annexSpellings', () => {
  it('tallies how each cell spells a unit, most used first', () => {
    const rows = [
      { lead: ['nr'], leadText: '自然资源和规划局', participants: ['water'], participantsText: '水利局' },
      { lead: ['water'], leadText: '水利局', participants: ['nr'], participantsText: '自然资源局' },
      { lead: ['nr', 'water'], leadText: '自然资源和规划局、水利局', participants: [], participantsText: '' },
    ];
    const spellings = annexSpellings(rows, units);
    expect(spellings.get('nr')).toEqual([{ name: '自然资源和规划局', count: 2 }, { name: '自然资源局', count: 1 }]);
    expect(spellings.get('water')).toEqual([{ name: '水利局', count: 3 }]);
  });
  it('on the real annex, finds the two spellings of the natural resources bureau', () => {
    const { content } = realSite();
    expect(annexSpellings(content.responsibilities, content.departments).get('natural-resources')).toEqual([
      { name: '自然资源和规划局', count: 16 },
      { name: '自然资源局', count: 1 },
    ]);
  });
});

describe('unitsNamedIn', () => {
  it('finds units by full name, short name or alias', () => {
    expect(unitsNamedIn('由市水利局会同自然资源局负责', units)).toEqual(['nr', 'water']);
    expect(unitsNamedIn('各地政府负责', units)).toEqual([]);
  });
});
