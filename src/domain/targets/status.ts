/** Where a target stands, decided from its definition and the published figures only. */
export type Status = 'achieved' | 'on-track' | 'behind' | 'overdue-no-data' | 'missed' | 'not-measurable';

/** How each status is shown everywhere on the site: words, a symbol, a chart shape and a colour. */
export interface StatusStyle {
  /** The status in words, as badges, filters and tables say it. */
  label: string;
  /** A text symbol shown with the label, so colour is never the only signal. */
  symbol: string;
  /** The marker shape in charts (one of the shapes src/charts/shared/markers.ts draws). */
  shape: 'circle' | 'triangle' | 'diamond' | 'cross' | 'square' | 'ring';
  /**
   * The colour of the badge text and the chart marker, at least 4.5:1 on white and on the site's
   * wash (#f2f6f8). src/styles/global.css (.status-*) and src/charts/shared/charts.css (.mark-*)
   * repeat it as classes, because the content security policy forbids inline styles;
   * tests/unit/targets/status-colours.test.ts keeps all three equal.
   */
  colour: string;
}

/**
 * The one status vocabulary. Key order is the display order, best first; `STATUS_SEVERITY`
 * is the order in which several places' verdicts combine, worst first.
 */
export const STATUS_STYLE: Record<Status, StatusStyle> = {
  achieved: { label: '已达成', symbol: '✓', shape: 'circle', colour: '#007a55' },
  'on-track': { label: '进展符合预期', symbol: '↗', shape: 'triangle', colour: '#005a8c' },
  behind: { label: '进度落后', symbol: '!', shape: 'diamond', colour: '#8a4500' },
  missed: { label: '已过期限，未达成', symbol: '✗', shape: 'cross', colour: '#b3261e' },
  'overdue-no-data': { label: '已过期限，未见公开数据', symbol: '?', shape: 'square', colour: '#5c4a8a' },
  'not-measurable': { label: '暂无可评估的数据', symbol: '–', shape: 'ring', colour: '#4a5560' },
};

/** Display order, best first. */
export const STATUSES = Object.keys(STATUS_STYLE) as Status[];

/** When several places must all reach a target, the first of these that any place has wins. */
export const STATUS_SEVERITY: readonly Status[] = ['missed', 'behind', 'overdue-no-data', 'not-measurable', 'on-track', 'achieved'];

/** A status in words. */
export const statusLabel = (status: Status): string => STATUS_STYLE[status].label;

/** Is the marker drawn open (an outline) rather than filled? Open shapes read as "no verdict" or "missed". */
export const isOpenShape = (status: Status): boolean => STATUS_STYLE[status].shape === 'ring' || STATUS_STYLE[status].shape === 'cross';

/** How many items have each status, in display order, leaving out statuses nobody has. */
export function countByStatus<T>(items: readonly T[], statusOf: (item: T) => Status): Array<{ status: Status; count: number }> {
  return STATUSES.map((status) => ({ status, count: items.filter((item) => statusOf(item) === status).length })).filter((entry) => entry.count > 0);
}
