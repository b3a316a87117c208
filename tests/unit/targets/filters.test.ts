import { describe, expect, it } from 'vitest';
import { targetFilters } from '../../../src/domain/targets/filters';
import { sectionOf } from '../../../src/domain/targets/groups';
import { STATUS_STYLE } from '../../../src/domain/targets/status';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content, index, statuses } = site;
const filters = targetFilters(content, index, statuses);
const of = (facet: string) => filters.filter((f) => f.facet === facet);

describe('the dashboard’s filters', () => {
  it('split the targets into disjoint sets per facet that together hold every target', () => {
    for (const facet of ['deadline', 'section', 'status']) {
      const matched = of(facet).flatMap((f) => content.targets.filter(f.matches).map((t) => t.id));
      expect(matched.sort(), facet).toEqual(content.targets.map((t) => t.id).sort());
    }
  });
  it('offer each status only when some target has it, in the one status vocabulary', () => {
    for (const f of of('status')) {
      expect(content.targets.some(f.matches)).toBe(true);
      expect(f.label).toBe(STATUS_STYLE[f.key as keyof typeof STATUS_STYLE].label);
      expect(f.href).toBe(`/targets/status/${f.key}/`);
    }
  });
  it('key deadlines by year, recurring targets apart, and sections by the plan’s parts', () => {
    expect(of('deadline').map((f) => f.key)).toContain('2022');
    const recurring = of('deadline').find((f) => f.key === 'recurring');
    if (recurring) expect(content.targets.filter(recurring.matches).every((t) => t.recurring)).toBe(true);
    const goals = of('section').find((f) => f.key === 'goals')!;
    expect(content.targets.filter(goals.matches).every((t) => sectionOf(t, content).key === 'goals')).toBe(true);
    expect(goals.href).toBe('/targets/section/goals/');
  });
  it('have unique addresses', () => {
    expect(new Set(filters.map((f) => f.href)).size).toBe(filters.length);
  });
});
