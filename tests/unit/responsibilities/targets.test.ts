import { describe, expect, it } from 'vitest';
import { isAnnexOnlyLead, targetAssignments } from '../../../src/domain/responsibilities/targets';
import { realSite } from '../../helpers/site';

const { content } = realSite();
const assignments = targetAssignments(content);

describe('targetAssignments', () => {
  it('covers every target, once per content', () => {
    expect([...assignments.keys()].sort()).toEqual(content.targets.map((t) => t.id).sort());
    expect(targetAssignments(content)).toBe(assignments);
  });
  it('lists the annex rows that carry a target and their leads, each once', () => {
    const leakage = assignments.get('county-leakage-2022')!;
    expect(leakage.rows.map((row) => row.id)).toEqual(content.responsibilities.filter((row) => row.targets.includes('county-leakage-2022')).map((row) => row.id));
    expect(leakage.annexLeads).toEqual([...new Set(leakage.rows.flatMap((row) => row.lead))]);
    expect(leakage.annexLeads.length).toBeGreaterThan(0);
  });
  it('finds the headline targets that have no annex row', () => {
    const none = [...assignments.values()].filter((a) => a.rows.length === 0).map((a) => a.target.id);
    expect(none).toContain('total-water-use-2022');
    expect(none).toContain('vision-2035');
    expect(none.every((id) => content.targets.find((t) => t.id === id)!.parent.kind === 'goal')).toBe(true);
  });
});

describe('isAnnexOnlyLead', () => {
  const base = assignments.get('county-leakage-2022')!;
  it('is true when only the annex names a lead', () => {
    expect(isAnnexOnlyLead({ ...base, bodyUnits: [], annexLeads: ['water'] })).toBe(true);
  });
  it('is false when the body names a unit, or the annex names none', () => {
    expect(isAnnexOnlyLead({ ...base, bodyUnits: ['water'], annexLeads: ['water'] })).toBe(false);
    expect(isAnnexOnlyLead({ ...base, bodyUnits: [], annexLeads: [] })).toBe(false);
  });
  it('on the real plan, the body names no unit for any target, so every target with annex rows is annex-only', () => {
    const all = [...assignments.values()];
    expect(all.filter(isAnnexOnlyLead)).toHaveLength(all.filter((a) => a.annexLeads.length > 0).length);
    expect(all.filter(isAnnexOnlyLead)).toHaveLength(39);
  });
});
