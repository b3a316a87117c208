import { markerPath, type Shape } from '../shared/markers';
import type { Status } from '../../domain/targets/status-rules';

/** How each status is drawn: a shape and a colour, and the words for it. */
export const STATUS_STYLE: Record<Status, { shape: Shape; colour: string; label: string; symbol: string }> = {
  achieved: { shape: 'circle', colour: '#007a55', label: '已达成', symbol: '✓' },
  'on-track': { shape: 'triangle', colour: '#0072B2', label: '进展符合预期', symbol: '↗' },
  behind: { shape: 'diamond', colour: '#b35900', label: '进度落后', symbol: '!' },
  missed: { shape: 'cross', colour: '#b3261e', label: '已过期限，未达成', symbol: '✗' },
  'overdue-no-data': { shape: 'square', colour: '#5c4a8a', label: '已过期限，未见公开数据', symbol: '?' },
  'not-measurable': { shape: 'ring', colour: '#555f66', label: '暂无可评估的数据', symbol: '–' },
};

export interface OverviewGroup {
  key: string;
  title: string;
  items: Array<{ id: string; title: string; status: Status; href: string }>;
}

const CELL = 22;
const LABEL = 112;

/** One row per group, one marker per target, shaped and coloured by status; wraps to fit the width. */
export function statusOverviewModel(groups: OverviewGroup[], width: number) {
  const perRow = Math.max(4, Math.floor((width - LABEL - 8) / CELL));
  let y = 6;
  const rows = groups.map((group) => {
    const lines = Math.max(1, Math.ceil(group.items.length / perRow));
    const top = y;
    y += lines * CELL + 10;
    return {
      key: group.key,
      title: group.title,
      labelY: top + CELL / 2 + 5,
      marks: group.items.map((item, i) => ({
        ...item,
        cx: LABEL + (i % perRow) * CELL + CELL / 2,
        cy: top + Math.floor(i / perRow) * CELL + CELL / 2,
        path: markerPath(STATUS_STYLE[item.status].shape, 7),
        filled: STATUS_STYLE[item.status].shape !== 'ring' && STATUS_STYLE[item.status].shape !== 'cross',
        colour: STATUS_STYLE[item.status].colour,
      })),
    };
  });
  return { width, height: y, rows, labelWidth: LABEL };
}

export type StatusOverviewModel = ReturnType<typeof statusOverviewModel>;
