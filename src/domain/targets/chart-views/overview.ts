import type { SiteModel } from '../../site-model';
import { routes } from '../../../routes';
import { groupTargets } from '../groups';
import { countByStatus, isOpenShape, STATUS_STYLE, STATUSES, type Status } from '../status';
import { formatCsv, type CsvColumn } from '../../open-data/csv';
import { planTitleOf } from '../../plan/title';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'asOf'>;

/** One target as the overview draws it: a mark shaped and coloured by its status. */
export interface OverviewItem {
  id: string;
  title: string;
  status: Status;
  href: string;
}

/** Everything the status overview on /targets/ shows, worded. */
export interface StatusOverviewView {
  /** The chart's id: the name of its downloads. */
  id: string;
  title: string;
  takeaway: string;
  /** The chart in words, for the SVG's label. */
  label: string;
  source: string;
  /** One row per deadline, targets in the plan's order. */
  groups: Array<{ key: string; title: string; items: OverviewItem[] }>;
  /** Every status in display order, with its words, shape and colour. */
  legend: Array<{ status: Status; label: string; shape: (typeof STATUS_STYLE)[Status]['shape']; colour: string; open: boolean }>;
  /** Targets per deadline and status, for the table under the chart. */
  table: { caption: string; statuses: string[]; rows: Array<{ title: string; counts: number[] }> };
  csv: string;
}

/** The id of the status overview: the name of its downloads. */
export const STATUS_OVERVIEW_CHART = 'targets-status';

const COLUMNS: CsvColumn[] = [
  { name: 'target', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'deadline', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'status_label', type: 'text' },
];

/** The status of every target, one mark each, grouped by deadline (the chart at the top of /targets/). */
export function statusOverviewView(site: Site): StatusOverviewView {
  const { content, index, statuses, asOf } = site;
  const statusOf = (id: string) => statuses.get(id)!.status;
  const groups = groupTargets(content, index).map((group) => ({
    key: group.key,
    title: group.title,
    items: group.sections.flatMap((section) => section.targets).map((t) => ({ id: t.id, title: t.title, status: statusOf(t.id), href: routes.target(t.id) })),
  }));
  const counts = countByStatus(content.targets, (t) => statusOf(t.id));
  const tally = counts.map((c) => `${STATUS_STYLE[c.status].label}${c.count}项`).join('，');
  const rows = groups.flatMap((g) => g.items.map((item) => ({ ...item, deadline: g.title })));
  return {
    id: STATUS_OVERVIEW_CHART,
    title: '全部目标的状态一览',
    takeaway: `截至${asOf}，${tally}。`,
    label: `全部${content.targets.length}项目标的状态：${tally}`,
    source: `方案目标：《${planTitleOf(site).full}》；状态：本站按公开数据和公开规则判断（见“判断方法”）`,
    groups,
    legend: STATUSES.map((status) => ({ status, ...STATUS_STYLE[status], open: isOpenShape(status) })),
    table: {
      caption: '各期限目标的状态（项）',
      statuses: STATUSES.map((s) => STATUS_STYLE[s].label),
      rows: groups.map((g) => ({ title: g.title, counts: STATUSES.map((s) => g.items.filter((i) => i.status === s).length) })),
    },
    csv: formatCsv(COLUMNS, rows, (row, column) =>
      column === 'target' ? row.id : column === 'title' ? row.title : column === 'deadline' ? row.deadline : column === 'status' ? row.status : STATUS_STYLE[row.status].label),
  };
}
