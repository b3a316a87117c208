import { describe, expect, it } from 'vitest';
import { matrixInputs, matrixTakeaway } from '../../../src/domain/responsibilities/matrix';
import { workItems } from '../../../src/domain/responsibilities/work';
import { realSite } from '../../helpers/site';

const { content } = realSite();

describe('matrixInputs', () => {
  const { items, units } = matrixInputs(content, workItems(content));
  it('gives one column per annex row, in plan order, with its links', () => {
    expect(items).toHaveLength(content.responsibilities.length);
    expect(items[0]).toMatchObject({
      id: 'measure-dual-control-1',
      href: '/plan/annex/#row-measure-dual-control-1',
      label: '实行总量强度双控（1）',
      ordinal: 1,
      part: { key: 'measure', href: '/plan/annex/#group-measure' },
      section: null,
      parent: { key: 'measure-dual-control', href: '/measures/dual-control/' },
    });
    const task = items.find((item) => item.id.startsWith('task-'))!;
    expect(task.section).toMatchObject({ key: 'agriculture', href: '/projects/agriculture/' });
  });
  it('gives one row per unit, linked to its page', () => {
    expect(units).toHaveLength(content.departments.length);
    expect(units.find((unit) => unit.id === 'water')).toEqual({ id: 'water', label: '水利局', href: '/departments/water/' });
  });
});

describe('matrixTakeaway', () => {
  it('says what the busiest unit carries, and who comes next, from the data', () => {
    expect(matrixTakeaway(content)).toBe('水利局牵头 26 项、参与 27 项，涉及全部 58 项具体工作中的 53 项；其次是综合行政执法局，牵头 9 项、参与 25 项。');
  });
  it('copes with an annex without rows', () => {
    expect(matrixTakeaway({ ...content, responsibilities: [], departments: [] })).toBe('附件未列出任何责任单位。');
  });
});
