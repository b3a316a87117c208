import { describe, expect, it } from 'vitest';
import { entityPageView } from '../../../src/domain/plan/entity-page';
import { realSite } from '../../helpers/site';

const site = realSite();

describe('the page of a plan entity', () => {
  it('gathers a project’s own and its tasks’ targets, each with its latest figure', () => {
    const project = site.content.projects.find((p) => p.id === 'urban')!;
    const view = entityPageView(site, { kind: 'project', id: 'urban' }, project.clause);
    const taskIds = site.content.tasks.filter((t) => t.project === 'urban').map((t) => t.id);
    const expected = site.content.targets.filter((t) => t.parent.kind === 'task' && taskIds.includes(t.parent.id));
    expect(view.targets.map((t) => t.id).sort()).toEqual(expected.map((t) => t.id).sort());
    expect(view.targets.every((t) => t.figures.summary.includes('目标 '))).toBe(true);
    expect(view.showParent).toBe(true);
    expect(view.clauseHref).toBe(`/plan/#${project.clause}`);
  });
  it('names the annex’s lead units first and each unit once', () => {
    const task = site.content.tasks.find((t) => t.id === 'leakage-control')!;
    const view = entityPageView(site, { kind: 'task', id: task.id }, task.clause);
    const rows = site.index.rowsOf({ kind: 'task', id: task.id });
    expect(view.annexRows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(view.units.lead.map((u) => u.id)).toEqual([...new Set(rows.flatMap((r) => r.lead))]);
    expect(view.units.participants.some((u) => view.units.lead.some((l) => l.id === u.id))).toBe(false);
    expect(view.showParent).toBe(false);
    expect(view.description.length).toBeLessThanOrEqual(110);
    expect(view.clause.id).toBe(task.clause);
  });
  it('refuses a clause that does not exist', () => {
    expect(() => entityPageView(site, { kind: 'task', id: 'leakage-control' }, 'no-such-clause')).toThrow(/no-such-clause/);
  });
});
