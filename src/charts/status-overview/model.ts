import { markerPath } from '../shared/markers';
import { isOpenShape, STATUS_STYLE, type Status } from '../../domain/targets/status';
import { textBox, textWidth } from '../shared/text';

export interface OverviewGroup {
  key: string;
  title: string;
  items: Array<{ id: string; title: string; status: Status; href: string }>;
}

/**
 * One row per group, one marker per target, shaped and coloured by status; wraps to fit the
 * width. The label column is as wide as the longest group title at the given text size.
 */
export function statusOverviewModel(groups: OverviewGroup[], width: number, fontSize = 12) {
  const fs = fontSize;
  const cell = Math.round(Math.max(22, fs * 1.7));
  const label = Math.ceil(Math.max(0, ...groups.map((g) => textWidth(g.title, fs))) + fs * 0.8);
  const perRow = Math.max(4, Math.floor((width - label - 4) / cell));
  let y = 6;
  const rows = groups.map((group) => {
    const lines = Math.max(1, Math.ceil(group.items.length / perRow));
    const top = y;
    y += lines * cell + Math.round(fs * 0.8);
    return {
      key: group.key,
      title: group.title,
      labelY: Math.round((top + cell / 2 + fs * 0.35) * 10) / 10,
      marks: group.items.map((item, i) => ({
        ...item,
        cx: label + (i % perRow) * cell + cell / 2,
        cy: top + Math.floor(i / perRow) * cell + cell / 2,
        path: markerPath(STATUS_STYLE[item.status].shape, Math.round(cell * 0.64) / 2),
        filled: !isOpenShape(item.status),
        colour: STATUS_STYLE[item.status].colour,
      })),
    };
  });
  const height = Math.max(y, Math.ceil(rows.at(-1) ? rows.at(-1)!.labelY + fs * 0.4 : 0));
  return { width, height, fontSize: fs, rows, labelWidth: label, textBoxes: rows.map((row) => textBox(row.title, 0, row.labelY, fs)) };
}

export type StatusOverviewModel = ReturnType<typeof statusOverviewModel>;
