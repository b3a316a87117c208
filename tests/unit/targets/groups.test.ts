import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../src/domain/targets/groups';
import { realSite } from '../../helpers/site';

const site = realSite();
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
