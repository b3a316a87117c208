import { describe, expect, it } from 'vitest';
import { groupTargets, sectionOf } from '../../../src/domain/targets/groups';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content, index } = site;
const target = (id: string) => content.targets.find((t) => t.id === id)!;

describe('the section of the plan a target belongs to', () => {
  it('names the goals, the measures, a task’s project and the mechanisms', () => {
    expect(sectionOf(target('total-water-use-2022'), content)).toEqual({ key: 'goals', title: '主要目标' });
    expect(sectionOf(target('county-water-saving-society-2022'), content).key).toBe('measures');
    const leakage = target('county-leakage-2022');
    const project = content.projects.find((p) => p.id === content.tasks.find((t) => t.id === leakage.parent.id)!.project)!;
    expect(sectionOf(leakage, content)).toEqual({ key: `project-${project.id}`, title: project.title });
    expect(sectionOf(target('contract-water-saving-pilots-2022'), content)).toEqual({ key: 'mechanisms', title: '八项机制' });
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
