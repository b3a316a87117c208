import { esc, svgOpen } from '../shared/svg';
import type { StatusOverviewModel } from './model';
import { STATUS_STYLE } from '../../domain/targets/status';

/** Renders the status overview as a picture; the links to each target live in the table beside it. */
export function renderStatusOverview(m: StatusOverviewModel, label: string): string {
  const parts = [svgOpen(m.width, m.height, label, 'chart chart-overview', m.fontSize)];
  for (const row of m.rows) {
    parts.push(`<text x="0" y="${row.labelY}" class="row-label">${esc(row.title)}</text>`);
    for (const mark of row.marks) {
      const style = STATUS_STYLE[mark.status];
      parts.push(`<g transform="translate(${mark.cx},${mark.cy})"><title>${esc(mark.title)}：${esc(style.label)}</title>`
        + `<path d="${mark.path}" class="status-mark mark-${mark.status}${mark.filled ? '' : ' status-mark-open'}"/></g>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
