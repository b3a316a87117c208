import { describe, expect, it } from 'vitest';
import { kindLabel } from '../../../src/domain/responsibilities/kinds';
import { realSite } from '../../helpers/site';

describe('kindLabel', () => {
  it('names each kind of unit in plain Chinese', () => {
    expect(kindLabel('city-bureau')).toBe('市政府工作部门');
    expect(kindLabel('group')).toBe('泛称（多个单位）');
  });
  it('has a label for every kind the real units use', () => {
    const { content } = realSite();
    for (const unit of content.departments) expect(kindLabel(unit.kind), unit.id).toMatch(/\S/);
  });
});
