import type { SiteContent } from '../../schemas/index';
import type { SiteModel } from '../site-model';
import { indexContent, type ContentIndex } from '../plan/relations';
import type { StatusResult } from '../targets/status-rules';
import { STATUSES, STATUS_STYLE, type Status } from '../targets/status';
import { targetFigures } from '../targets/latest';
import { listNames } from '../targets/format';
import { routes } from '../../routes';
import { groupRuns, itemLabel, workItems, type WorkItem, type WorkKind } from './work';
import { matrixInputs, matrixTakeaway } from './matrix';
import { rankUnits } from './stats';
import { kindLabel } from './kinds';
import { annexSpellings } from './names';
import { planTitleOf } from '../plan/title';
import { countyRefs, isCountyScoped, linkFigurePlace, type CountyRef, type LinkedText } from '../counties/links';
import { isAnnexOnlyLead, targetAssignments } from './targets';

/** A target as lists on these pages show it: its latest-figure line, the place of that figure linked, the counties it names. */
function targetLine(site: Pick<SiteModel, 'content' | 'index' | 'evidence'>, target: SiteContent['targets'][number]) {
  const figures = targetFigures(site, target);
  return {
    figures: figures.summary,
    figuresText: linkFigurePlace(site.content, figures.summary, figures.latest?.otherScope ?? null),
    places: isCountyScoped(target.scope) ? countyRefs(site.content, target.scope) : [],
  };
}

type AnnexRow = SiteContent['responsibilities'][number];

/** A unit as a link: its name (short or full) and its page, where the full name heads the page. */
export interface UnitLink {
  id: string;
  label: string;
  href: string;
}

/** What the annex tables and unit links need: the site model's index, or the content to index. */
export type IndexSource = Pick<SiteModel, 'index'> | Pick<SiteModel, 'content'>;
const indexCache = new WeakMap<SiteContent, ContentIndex>();
/** The site model's index; for callers holding only the content, the content indexed once. */
function indexOf(site: IndexSource): ContentIndex {
  if ('index' in site) return site.index;
  let index = indexCache.get(site.content);
  if (!index) indexCache.set(site.content, (index = indexContent(site.content)));
  return index;
}

/** Links to the units with these ids, in the order given (the annex's short names unless `short` is false). */
export function unitLinks(site: IndexSource, ids: readonly string[], short = true): UnitLink[] {
  const index = indexOf(site);
  return ids.map((id) => {
    const unit = index.departments.get(id);
    if (!unit) throw new Error(`unitLinks: unknown department "${id}"`);
    return { id, label: short ? unit.shortName : unit.name, href: routes.department(id) };
  });
}

/** One annex row as the annex tables show it. */
export interface AnnexRowView {
  id: string;
  /** The row's anchor on the page (/plan/annex/#row-…). */
  anchor: string;
  /** The measure, task, mechanism or safeguard it belongs to. */
  parent: { label: string; href: string };
  text: string;
  /** Where the annex words it differently from the body. */
  differences: Array<{ body: string; annex: string; note: string }>;
  lead: UnitLink[];
  participants: UnitLink[];
}

/** Annex rows, in the order given, as the annex tables show them (for AnnexTable). */
export function annexRowsView(site: IndexSource, rows: readonly AnnexRow[]): AnnexRowView[] {
  const index = indexOf(site);
  return rows.map((row) => ({
    id: row.id,
    anchor: `row-${row.id}`,
    parent: { label: index.titleOf(row.parent), href: routes.entity(row.parent) },
    text: row.text,
    differences: row.differences.map((d) => ({ body: d.body, annex: d.annex, note: d.note ?? '' })),
    lead: unitLinks(site, row.lead),
    participants: unitLinks(site, row.participants),
  }));
}

const workCache = new WeakMap<SiteContent, WorkItem[]>();
/** The annex rows in plan order (workItems), computed once per content: every unit page needs them. */
export function workOf(content: SiteContent): WorkItem[] {
  let work = workCache.get(content);
  if (!work) workCache.set(content, (work = workItems(content)));
  return work;
}

/** The annex's title, as its clause heads it. */
const annexTitleOf = (site: Pick<SiteModel, 'content'>) => planTitleOf(site).annex;
/** The source line under the charts of this area. */
export const annexSourceLine = (site: Pick<SiteModel, 'content' | 'index'>) => `《${planTitleOf(site).full}》附件《${annexTitleOf(site)}》。`;

/** Where the plan's body and its annex say different things (/responsibilities/, section 正文与附件不一致之处). */
export interface BodyAnnexNotesView {
  /** Rows the annex words differently, linked to their row in the annex tables. */
  reworded: Array<{ label: string; href: string }>;
  /** Entities the annex gives another title. */
  retitled: Array<{ href: string; title: string; annexTitle: string }>;
  /** The sentence on lead units: targets whose lead only the annex names, and targets without an annex row. */
  leads: string;
}

const deadlines = (list: ReadonlyArray<{ target: { deadline: number | null } }>) =>
  [...new Set(list.map((a) => a.target.deadline ?? '每年'))].map((d) => `${d}${typeof d === 'number' ? '年' : ''}`).join('、');

/** The differences between the plan's body and its annex, for the section that lists them once. */
export function bodyAnnexNotesView(site: Pick<SiteModel, 'content'>): BodyAnnexNotesView {
  const work = workOf(site.content);
  const reworded = work.filter((item) => item.row.differences.length > 0).map((item) => ({ label: itemLabel(item), href: routes.annexRow(item.row.id) }));
  const retitled = [...new Map(work.filter((item) => item.parent.annexTitle).map((item) => [`${item.kind}-${item.parent.id}`, item])).values()].map((item) => ({
    href: routes.entity({ kind: item.kind, id: item.parent.id }),
    title: item.parent.title,
    annexTitle: item.parent.annexTitle!,
  }));
  const assignments = [...targetAssignments(site.content).values()];
  const annexOnly = assignments.filter(isAnnexOnlyLead);
  const unassigned = assignments.filter((a) => a.rows.length === 0);
  const goals = unassigned.filter((a) => a.target.parent.kind === 'goal').length;
  const leads =
    `附件为 ${annexOnly.length} 项目标（期限 ${deadlines(annexOnly)}）指定了牵头单位，而正文陈述这些目标时没有写明由哪个单位负责；本站各单位页面把这类责任标注为“附件指定”。` +
    `另有 ${unassigned.length} 项目标（期限 ${deadlines(unassigned)}）在附件中没有对应的分工行，${goals === unassigned.length ? '均为' : `其中 ${goals} 项为`}“总体要求”中的主要目标，`;
  return { reworded, retitled, leads };
}

/** One unit in the by-unit view of the annex: the narrow-screen reading of the matrix, and its table alternative. */
export interface UnitRosterEntry {
  id: string;
  label: string;
  name: string;
  href: string;
  lead: number;
  join: number;
  /** "牵头 26 项 · 参与 27 项". */
  summary: string;
  /** The work items by role, in plan order, each with its part of the plan and its annex row. */
  roles: Array<{ role: 'lead' | 'join'; label: string; items: Array<{ label: string; part: string; href: string }> }>;
}

/** Every unit, busiest first, with the items it leads and joins stated in words. */
export function unitRoster(site: Pick<SiteModel, 'content' | 'index'>): UnitRosterEntry[] {
  const work = workOf(site.content);
  const ranked = rankUnits(site.content.responsibilities, site.content.departments.map((unit) => unit.id));
  return ranked.map(({ id, lead, join }) => {
    const unit = site.index.departments.get(id)!;
    const itemsOf = (field: 'lead' | 'participants') =>
      work.filter((item) => item.row[field].includes(id)).map((item) => ({ label: itemLabel(item), part: item.part.label, href: routes.annexRow(item.row.id) }));
    const roles = [
      { role: 'lead' as const, label: '牵头', items: itemsOf('lead') },
      { role: 'join' as const, label: '参与', items: itemsOf('participants') },
    ].filter((role) => role.items.length > 0);
    return { id, label: unit.shortName, name: unit.name, href: routes.department(id), lead, join, summary: `牵头 ${lead} 项 · 参与 ${join} 项`, roles };
  });
}

/** The annex's numbers in one sentence, as /responsibilities/ and /plan/annex/ both open with it. */
function annexSummary(site: Pick<SiteModel, 'content' | 'index'>) {
  const rows = site.content.responsibilities;
  const pairs = rows.reduce((sum, row) => sum + row.lead.length + row.participants.length, 0);
  const leadPairs = rows.reduce((sum, row) => sum + row.lead.length, 0);
  const annexTitle = annexTitleOf(site);
  return {
    annexTitle,
    lead: `方案附件《${annexTitle}》把 ${rows.length} 项具体工作分配给 ${site.content.departments.length} 个单位（含“各有关单位”等泛称），共 ${pairs} 个“单位—工作”对应关系：${leadPairs} 个牵头、${pairs - leadPairs} 个参与。`,
    reworded: rows.filter((row) => row.differences.length > 0).length,
  };
}

/** The annex's parts in annex order, each with its heading ("二、严格目标管理，强化刚性约束") and its work items. */
function annexParts(content: SiteContent) {
  return groupRuns(workOf(content), (item) => item.kind).map((part) => ({ key: part.key, label: part.items[0]!.part.label, items: part.items }));
}

/** The annex's parts in annex order: where each one's table starts on /plan/annex/, and how many work items it has. */
export function annexPartLinks(site: Pick<SiteModel, 'content'>) {
  return annexParts(site.content).map((part) => ({ href: routes.annexGroup(part.key), label: part.label, count: part.items.length }));
}

/** Everything /responsibilities/ shows. */
export function responsibilitiesView(site: Pick<SiteModel, 'content' | 'index'>) {
  const { content } = site;
  const { items, units } = matrixInputs(content, workOf(content));
  const { annexTitle, lead, reworded } = annexSummary(site);
  return {
    annexTitle,
    lead,
    differences: `附件有 ${reworded} 项工作的措辞与方案正文不同，附件原表逐一标出两种写法。`,
    matrix: { items, units, title: `责任矩阵：${units.length} 个单位 × ${items.length} 项具体工作`, takeaway: matrixTakeaway(content), source: annexSourceLine(site) },
    roster: unitRoster(site),
    notes: bodyAnnexNotesView(site),
    annexParts: annexPartLinks(site),
  };
}

/** Everything /plan/annex/ shows: the annex as published, one table per part, each row with its anchor. */
export function annexPageView(site: Pick<SiteModel, 'content' | 'index'>) {
  const { annexTitle, lead, reworded } = annexSummary(site);
  return {
    annexTitle,
    lead,
    differences: `附件有 ${reworded} 项工作的措辞与方案正文不同，表中逐一标出两种写法。`,
    parts: annexParts(site.content).map(({ key, label, items }) => ({
      id: `group-${key}`,
      label,
      heading: `${label}（${items.length}项）`,
      caption: `${label}：具体工作与责任单位`,
      rows: annexRowsView(site, items.map((item) => item.row)),
    })),
  };
}

/** Everything /departments/ shows: every unit with the number of items it leads and joins. */
export function departmentsIndexView(site: Pick<SiteModel, 'content' | 'index'>) {
  const { content, index } = site;
  const ranked = rankUnits(content.responsibilities, content.departments.map((d) => d.id));
  const name = (id: string) => index.departments.get(id)!.shortName;
  const leaders = ranked.filter((unit) => unit.lead > 0);
  const top = ranked[0];
  const takeaway = top
    ? `${ranked.length} 个单位中，${leaders.length} 个至少牵头一项工作，${ranked.length - leaders.length} 个只参与、不牵头；${name(top.id)}牵头最多（${top.lead} 项），另参与 ${top.join} 项。`
    : '附件未列出任何责任单位。';
  return {
    count: content.departments.length,
    takeaway,
    source: annexSourceLine(site),
    units: ranked.map((unit) => {
      const entry = index.departments.get(unit.id)!;
      return { ...unit, label: entry.shortName, name: entry.name, kind: kindLabel(entry.kind), href: routes.department(unit.id) };
    }),
  };
}

/** A target beside a work item, with its status and latest figure. */
export interface WorkTargetView {
  id: string;
  href: string;
  title: string;
  /** "最新 …（年份）· 目标 …（期限）" (targets/latest.ts), the same line as on every list of targets. */
  figures: string;
  /** The same line with the figure's place linked where it names one. */
  figuresText: LinkedText;
  /** The counties the target names (none for a city-wide target), as links. */
  places: CountyRef[];
  result: StatusResult;
  /** Set when the plan's body names no unit for the target and only the annex assigns its lead. */
  annexOnly: { note: string; leads: UnitLink[]; after: string } | null;
}

/** One work item on a unit's page. */
export interface WorkItemView {
  id: string;
  title: { label: string; href: string };
  /** "（本条第 1 项，共 3 项）" where the entity has several rows. */
  ordinal: string | null;
  text: string;
  /** The other units on the row: who else leads, who participates. */
  others: Array<{ label: string; units: UnitLink[] }>;
  /** Where the annex titles the entity differently from the body. */
  retitled: string | null;
  differences: AnnexRowView['differences'];
  targets: WorkTargetView[];
}

/** A part of the plan (measures, tasks, mechanisms, safeguards) on a unit's page; tasks further by project. */
export interface WorkPartView {
  id: string;
  heading: string;
  count: number;
  /** Whether the part starts open: short parts do, long ones start closed so the page stays navigable. */
  open: boolean;
  projects: Array<{ id: string; href: string; title: string; count: number; items: WorkItemView[] }> | null;
  items: WorkItemView[];
}

/** Parts with more items than this start closed on a unit's page, so a long page stays navigable. */
export const OPEN_PART_LIMIT = 4;

function workItemView(site: Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence'>, item: WorkItem, unitId: string): WorkItemView {
  const { row, parent } = item;
  const assignments = targetAssignments(site.content);
  const otherLeads = row.lead.filter((id) => id !== unitId);
  const otherParticipants = row.participants.filter((id) => id !== unitId);
  const others = [
    ...(otherLeads.length > 0 ? [{ label: row.lead.includes(unitId) ? '共同牵头' : '牵头单位', units: unitLinks(site, otherLeads) }] : []),
    ...(otherParticipants.length > 0 ? [{ label: row.participants.includes(unitId) ? '其他参与单位' : '参与单位', units: unitLinks(site, otherParticipants) }] : []),
  ];
  const targets = row.targets.map((id): WorkTargetView => {
    const target = site.index.targets.get(id)!;
    const assignment = assignments.get(id)!;
    let annexOnly: WorkTargetView['annexOnly'] = null;
    if (isAnnexOnlyLead(assignment)) {
      const onlyThis = assignment.annexLeads.length === 1 && assignment.annexLeads[0] === unitId;
      annexOnly = onlyThis
        ? { note: '正文未写明负责单位；附件指定本单位牵头。', leads: [], after: '' }
        : { note: '正文未写明负责单位；附件指定牵头：', leads: unitLinks(site, assignment.annexLeads), after: `${assignment.annexLeads.includes(unitId) ? '（含本单位）' : ''}。` };
    }
    return { id, href: routes.target(id), title: target.title, ...targetLine(site, target), result: site.statuses.get(id)!, annexOnly };
  });
  return {
    id: row.id,
    title: { label: item.kind === 'task' ? `任务${parent.number} ${parent.title}` : parent.title, href: routes.entity({ kind: item.kind, id: parent.id }) },
    ordinal: item.siblings > 1 ? `（本条第 ${item.ordinal} 项，共 ${item.siblings} 项）` : null,
    text: row.text,
    others,
    retitled: parent.annexTitle ? `附件把本条称为“${parent.annexTitle}”，正文标题为“${parent.title}”。` : null,
    differences: row.differences.map((d) => ({ body: d.body, annex: d.annex, note: d.note ?? '' })),
    targets,
  };
}

function workParts(site: Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence'>, items: readonly WorkItem[], unitId: string, prefix: string): WorkPartView[] {
  return groupRuns(items, (item) => item.kind).map((part) => {
    const first = part.items[0]!;
    const view = (item: WorkItem) => workItemView(site, item, unitId);
    const projects =
      (first.kind as WorkKind) === 'task'
        ? groupRuns(part.items, (item) => item.project?.id ?? '').map((project) => ({
            id: `${prefix}-project-${project.key}`,
            href: routes.entity({ kind: 'project', id: project.key }),
            title: project.items[0]!.project?.title ?? '',
            count: project.items.length,
            items: project.items.map(view),
          }))
        : null;
    return { id: `${prefix}-${part.key}`, heading: `${first.part.label}（${part.items.length}项）`, count: part.items.length, open: part.items.length <= OPEN_PART_LIMIT, projects, items: projects ? [] : part.items.map(view) };
  });
}

/** Targets grouped by status (best first, in the one status vocabulary), each with its latest figure. */
export interface TargetStatusGroups {
  total: number;
  /** "已达成 2 项，已过期限，未见公开数据 9 项 …". */
  summary: string;
  groups: Array<{ status: Status; label: string; symbol: string; targets: Array<{ id: string; href: string; title: string; figures: string; figuresText: LinkedText; places: CountyRef[]; result: StatusResult }> }>;
}

/** Some targets, in plan order, grouped by their computed status; each with the latest-figure line every list of targets shows. */
export function targetsByStatus(site: Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence'>, ids: readonly string[]): TargetStatusGroups {
  const targets = site.index.inPlanOrder([...new Set(ids)].map((id) => site.index.targets.get(id)!));
  const groups = STATUSES.map((status) => ({
    status,
    label: STATUS_STYLE[status].label,
    symbol: STATUS_STYLE[status].symbol,
    targets: targets
      .filter((target) => site.statuses.get(target.id)!.status === status)
      .map((target) => ({ id: target.id, href: routes.target(target.id), title: target.title, ...targetLine(site, target), result: site.statuses.get(target.id)! })),
  })).filter((group) => group.targets.length > 0);
  return { total: targets.length, summary: groups.map((group) => `${group.label} ${group.targets.length} 项`).join('，'), groups };
}

/** The targets whose annex rows the unit leads, by status. */
export const ledTargetsView = (site: Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence'>, unitId: string): TargetStatusGroups =>
  targetsByStatus(site, workOf(site.content).filter((item) => item.row.lead.includes(unitId)).flatMap((item) => item.row.targets));

/** Everything /departments/<id>/ shows. */
export function departmentView(site: Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence'>, unitId: string) {
  const { content, index } = site;
  const unit = index.departments.get(unitId);
  if (!unit) throw new Error(`departmentView: unknown department "${unitId}"`);
  const work = workOf(content);
  const led = work.filter((item) => item.row.lead.includes(unitId));
  const joined = work.filter((item) => item.row.participants.includes(unitId));
  const spellings = annexSpellings(content.responsibilities, content.departments).get(unitId) ?? [];
  const targetIds = [...new Set([...led, ...joined].flatMap((item) => item.row.targets))];
  const ledTargets = ledTargetsView(site, unitId);
  const assignments = targetAssignments(content);
  const annexOnlyLed = [...new Set(led.flatMap((item) => item.row.targets))].filter((id) => isAnnexOnlyLead(assignments.get(id)!));
  const reworded = [...led, ...joined].filter((item) => item.row.differences.length > 0 || item.parent.annexTitle).length;
  const annexTitle = annexTitleOf(site);
  const roles = [
    { id: 'lead' as const, heading: `${unit.shortName}牵头的工作（${led.length}项）`, count: led.length, marker: 'filled', empty: '附件未列出该单位牵头的工作。', parts: workParts(site, led, unitId, 'lead') },
    { id: 'join' as const, heading: `${unit.shortName}参与的工作（${joined.length}项）`, count: joined.length, marker: 'outline', empty: '附件未列出该单位参与的工作。', parts: workParts(site, joined, unitId, 'join') },
  ];
  const contents = [
    ...(ledTargets.total > 0 ? [{ href: '#led-targets', label: `牵头的目标（${ledTargets.total}项）`, children: [] as Array<{ href: string; label: string }> }] : []),
    ...roles.map((role) => ({ href: `#role-${role.id}`, label: role.heading.replace(unit.shortName, ''), children: role.parts.map((part) => ({ href: `#${part.id}`, label: part.heading })) })),
  ];
  return {
    unit: { id: unit.id, name: unit.name, shortName: unit.shortName, isGroup: unit.kind === 'group' },
    title: unit.shortName,
    description: `${unit.name}在《${planTitleOf(site).short}》附件中牵头 ${led.length} 项、参与 ${joined.length} 项具体工作。`,
    searchTerms: [unit.name, unit.shortName, ...unit.aliases],
    lead: `${kindLabel(unit.kind)} · 附件中的写法：${spellings.length > 0 ? listNames(spellings.map((s) => `“${s.name}”（${s.count} 处）`)) : `“${unit.shortName}”`}`,
    groupNote: unit.kind === 'group' ? `“${unit.shortName}”是附件使用的泛称，指多个单位，不是一个具体机构；附件没有写明具体包括哪些单位。` : null,
    summary: `${unit.shortName}在附件中牵头 ${led.length} 项、参与 ${joined.length} 项具体工作；${targetIds.length} 项目标与其工作相关，其中 ${ledTargets.total} 项由其牵头${reworded > 0 ? `；${reworded} 项工作附件与正文写法不同（见各项注）` : ''}。`,
    annexOnlyNote:
      annexOnlyLed.length > 0 ? `本单位牵头的 ${annexOnlyLed.length} 项目标，方案正文陈述时没有写明由哪个单位负责；牵头责任来自附件《${annexTitle}》，下文逐项注明“附件指定”。` : null,
    ledTargets,
    contents,
    roles,
  };
}
