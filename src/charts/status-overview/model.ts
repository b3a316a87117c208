import { markerPath, type Shape } from '../shared/markers';
import { isOpenShape, STATUS_STYLE, type Status } from '../../domain/targets/status';

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
        filled: !isOpenShape(item.status),
        colour: STATUS_STYLE[item.status].colour,
      })),
    };
  });
  return { width, height: y, rows, labelWidth: LABEL };
}

export type StatusOverviewModel = ReturnType<typeof statusOverviewModel>;
