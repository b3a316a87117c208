import { describe, expect, it } from 'vitest';
import {
  annexRowsView,
  bodyAnnexNotesView,
  departmentsIndexView,
  departmentView,
  ledTargetsView,
  OPEN_PART_LIMIT,
  responsibilitiesView,
  annexPageView,
  unitLinks,
  unitRoster,
} from '../../../src/domain/responsibilities/views';
import { STATUSES } from '../../../src/domain/targets/status';
import { targetFigures } from '../../../src/domain/targets/latest';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content } = site;
const rowsOf = (unit: string) => content.responsibilities.filter((row) => row.lead.includes(unit) || row.participants.includes(unit));

describe('unitLinks', () => {
  it('links units by short name, or by full name', () => {
    expect(unitLinks(site, ['water'])).toEqual([{ id: 'water', label: '水利局', href: '/departments/water/' }]);
    expect(unitLinks(site, ['water'], false)[0]).toMatchObject({ label: '绍兴市水利局' });
  });
  it('works from the content alone, and refuses an unknown unit', () => {
    expect(unitLinks({ content }, ['water'])).toEqual(unitLinks(site, ['water']));
    expect(() => unitLinks(site, ['nobody'])).toThrow('unknown department "nobody"');
  });
});

describe('annexRowsView', () => {
  it('gives each row its anchor, parent, both wordings and unit links', () => {
    const row = content.responsibilities.find((r) => r.differences.length > 0)!;
    const [view] = annexRowsView(site, [row]);
    expect(view.anchor).toBe(`row-${row.id}`);
    expect(view.parent.href).toBe(`/${row.parent.kind}s/${row.parent.id}/`);
    expect(view.differences[0]).toMatchObject({ body: row.differences[0].body, annex: row.differences[0].annex });
    expect(view.lead.map((unit) => unit.id)).toEqual(row.lead);
    expect(view.participants.map((unit) => unit.id)).toEqual(row.participants);
  });
});

describe('bodyAnnexNotesView', () => {
  const notes = bodyAnnexNotesView(site);
  it('links every reworded row and names every retitled entity', () => {
    expect(notes.reworded.map((r) => r.href).sort()).toEqual(content.responsibilities.filter((r) => r.differences.length > 0).map((r) => `/plan/annex/#row-${r.id}`).sort());
    expect(notes.retitled.map((r) => r.annexTitle).sort()).toEqual(content.mechanisms.filter((m) => m.annexTitle).map((m) => m.annexTitle).sort());
  });
  it('counts the targets whose lead only the annex names, and those without an annex row', () => {
    expect(notes.leads).toContain('附件为 39 项目标');
    expect(notes.leads).toContain('另有 9 项目标');
    expect(notes.leads).toContain('均为“总体要求”中的主要目标');
  });
});

describe('unitRoster: the annex by unit', () => {
  const roster = unitRoster(site);
  it('lists every unit once, busiest first, with its counts in words', () => {
    expect(roster).toHaveLength(content.departments.length);
    expect(roster[0]).toMatchObject({ id: 'water', label: '水利局', summary: '牵头 26 项 · 参与 27 项', href: '/departments/water/' });
  });
  it('states each item a unit leads or joins under the role in words, each linked to its annex row', () => {
    for (const unit of roster) {
      const led = content.responsibilities.filter((row) => row.lead.includes(unit.id)).map((row) => `/plan/annex/#row-${row.id}`).sort();
      const joined = content.responsibilities.filter((row) => row.participants.includes(unit.id)).map((row) => `/plan/annex/#row-${row.id}`).sort();
      const role = (label: string) => unit.roles.find((r) => r.label === label)?.items.map((item) => item.href).sort() ?? [];
      expect(role('牵头'), unit.id).toEqual(led);
      expect(role('参与'), unit.id).toEqual(joined);
    }
  });
});

describe('responsibilitiesView', () => {
  const view = responsibilitiesView(site);
  it('sums up the annex from the data', () => {
    expect(view.lead).toContain(`把 ${content.responsibilities.length} 项具体工作分配给 ${content.departments.length} 个单位`);
    expect(view.matrix.title).toBe(`责任矩阵：${content.departments.length} 个单位 × ${content.responsibilities.length} 项具体工作`);
    expect(view.matrix.source).toBe('《绍兴市节水行动实施方案（征求意见稿）》附件《绍兴市节水行动任务分工》。');
  });
  it('points to the annex tables by part rather than repeating them', () => {
    expect(view.annexParts.map((part) => part.href)).toEqual(annexPageView(site).parts.map((part) => `/plan/annex/#${part.id}`));
    expect(view).not.toHaveProperty('parts');
  });
});

describe('annexPageView', () => {
  const view = annexPageView(site);
  it('opens with the same summary sentence as /responsibilities/', () => {
    expect(view.lead).toBe(responsibilitiesView(site).lead);
  });
  it('splits the annex tables by part, every row once', () => {
    expect(view.parts.map((part) => part.id)).toEqual(['group-measure', 'group-task', 'group-mechanism', 'group-safeguard']);
    expect(view.parts.flatMap((part) => part.rows.map((row) => row.id)).sort()).toEqual(content.responsibilities.map((r) => r.id).sort());
  });
});

describe('departmentsIndexView', () => {
  it('ranks every unit with its kind and page', () => {
    const view = departmentsIndexView(site);
    expect(view.units).toHaveLength(content.departments.length);
    expect(view.units[0]).toMatchObject({ id: 'water', lead: 26, join: 27, label: '水利局', name: '绍兴市水利局', href: '/departments/water/' });
    expect(view.takeaway).toContain('水利局牵头最多（26 项），另参与 27 项。');
  });
});

describe('ledTargetsView', () => {
  const led = ledTargetsView(site, 'water');
  const expected = [...new Set(content.responsibilities.filter((row) => row.lead.includes('water')).flatMap((row) => row.targets))];
  it('holds every target whose annex rows the unit leads, once, grouped by status in the vocabulary’s order', () => {
    expect(led.total).toBe(expected.length);
    expect(led.groups.flatMap((g) => g.targets.map((t) => t.id)).sort()).toEqual([...expected].sort());
    const order = led.groups.map((g) => STATUSES.indexOf(g.status));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of led.groups) for (const target of group.targets) expect(site.statuses.get(target.id)!.status).toBe(group.status);
  });
  it('gives each target the same latest-figure line as every other list of targets', () => {
    const first = led.groups[0].targets[0];
    expect(first.figures).toBe(targetFigures(site, content.targets.find((t) => t.id === first.id)!).summary);
    expect(led.summary).toMatch(/项/);
  });
  it('is empty for a unit that leads nothing', () => {
    const follower = departmentsIndexView(site).units.find((unit) => unit.lead === 0)!;
    expect(ledTargetsView(site, follower.id)).toEqual({ total: 0, summary: '', groups: [] });
  });
});

describe('departmentView', () => {
  const view = departmentView(site, 'water');
  it('puts contents at the top: the led targets, then each role with its parts', () => {
    expect(view.contents[0]).toMatchObject({ href: '#led-targets' });
    expect(view.contents.map((c) => c.href)).toEqual(['#led-targets', '#role-lead', '#role-join']);
    expect(view.contents[1].children.map((c) => c.href)).toEqual(view.roles[0].parts.map((part) => `#${part.id}`));
  });
  it('lists every item the unit leads and joins, once, under its role', () => {
    const items = (role: 'lead' | 'join') => view.roles.find((r) => r.id === role)!.parts.flatMap((part) => [...part.items, ...(part.projects ?? []).flatMap((p) => p.items)]);
    expect(items('lead').map((item) => item.id).sort()).toEqual(content.responsibilities.filter((row) => row.lead.includes('water')).map((row) => row.id).sort());
    expect(items('join').map((item) => item.id).sort()).toEqual(content.responsibilities.filter((row) => row.participants.includes('water')).map((row) => row.id).sort());
    expect(new Set([...items('lead'), ...items('join')].map((item) => item.id)).size).toBe(rowsOf('water').length);
  });
  it('starts long parts closed and short ones open', () => {
    const parts = view.roles.flatMap((role) => role.parts);
    expect(parts.some((part) => !part.open)).toBe(true);
    for (const part of parts) expect(part.open).toBe(part.count <= OPEN_PART_LIMIT);
  });
  it('says who else works on an item, and marks targets whose lead only the annex names', () => {
    const items = view.roles.flatMap((role) => role.parts.flatMap((part) => [...part.items, ...(part.projects ?? []).flatMap((p) => p.items)]));
    expect(items.some((item) => item.others.some((o) => o.label === '共同牵头' || o.label === '参与单位' || o.label === '其他参与单位'))).toBe(true);
    expect(items.flatMap((item) => item.targets).some((target) => target.annexOnly?.note.startsWith('正文未写明负责单位'))).toBe(true);
    // The title leads to the item's own page, which shows its annex rows: the source is one tap away.
    expect(items.every((item) => /^\/(measures|tasks|mechanisms|safeguards)\/[a-z0-9-]+\/$/.test(item.title.href))).toBe(true);
  });
  it('notes a group name as such, and refuses an unknown unit', () => {
    const group = content.departments.find((d) => d.kind === 'group')!;
    expect(departmentView(site, group.id).groupNote).toContain('泛称');
    expect(view.groupNote).toBeNull();
    expect(() => departmentView(site, 'nobody')).toThrow('unknown department');
  });
});
