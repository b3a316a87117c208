import { describe, expect, it } from 'vitest';
import { groupTargets, sectionOf } from '../../../src/domain/targets/groups';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content, index } = site;
const target = (id: string) => site.index.targets.get(id)!;

describe('sectionOf: a target’s group, titled with the plan’s own headings', () => {
  it('takes the heading of the clause around the target’s parent, with stable keys', () => {
    const heading = (id: string) => site.index.clauses.get(id)!.heading;
    expect(sectionOf(target('total-water-use-2022'), site.content)).toEqual({ key: 'goals', title: heading('main-goals') });
    expect(sectionOf(target('regional-assessment-2022'), site.content)).toEqual({ key: 'measures', title: heading('rigid-constraints') });
    expect(sectionOf(target('county-leakage-2022'), site.content)).toEqual({ key: 'project-urban', title: heading('project-urban') });
    expect(sectionOf(target('contract-water-saving-pilots-2022'), site.content)).toEqual({ key: 'mechanisms', title: heading('eight-mechanisms') });
  });
  it('follows an edited heading in content/plan/clauses.yaml', () => {
    const content = { ...site.content, plan: site.content.plan.map((c) => (c.id === 'eight-mechanisms' ? { ...c, heading: '新标题' } : c)) };
    expect(sectionOf(target('contract-water-saving-pilots-2022'), content).title).toBe('新标题');
  });
});

describe('targets grouped by deadline', () => {
  const groups = groupTargets(content, index);
  it('holds every target once, deadlines in order and the recurring ones last', () => {
    const ids = groups.flatMap((g) => g.sections.flatMap((s) => s.targets.map((t) => t.id)));
    expect(ids.sort()).toEqual(content.targets.map((t) => t.id).sort());
    const keys = groups.map((g) => g.key);
    const years = keys.filter((k) => k !== 'recurring').map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    if (keys.includes('recurring')) expect(keys.at(-1)).toBe('recurring');
    expect(groups.find((g) => g.key === 'recurring')?.title).toBe('每年持续推进');
    expect(groups.find((g) => g.key === '2022')?.title).toBe('2022年');
  });
  it('counts each group and keeps the plan’s order within a section', () => {
    for (const group of groups) {
      expect(group.count).toBe(group.sections.reduce((n, s) => n + s.targets.length, 0));
      for (const section of group.sections) {
        const ordered = index.inPlanOrder(section.targets).map((t) => t.id);
        expect(section.targets.map((t) => t.id)).toEqual(ordered);
      }
    }
  });
  it('puts a target in the group of its own deadline', () => {
    for (const group of groups) for (const s of group.sections) for (const t of s.targets) expect(t.recurring ? 'recurring' : String(t.deadline)).toBe(group.key);
  });
});
