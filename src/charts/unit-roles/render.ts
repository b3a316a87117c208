import { esc } from '../shared/svg';
import { ROLE_COLOURS } from '../shared/palette';
import type { UnitRolesModel } from './model';

/**
 * The chart as one SVG element. The page inlines this markup, the download and the snapshot
 * test store it, so the snapshot is exactly what ships. Lead bars are filled, participation bars outlined.
 */
export function unitRolesSvg(model: UnitRolesModel, label: string): string {
  const c = ROLE_COLOURS;
  const { fontSize: fs, axisY } = model;
  const ticks = model.ticks
    .map((tick) => `<line x1="${tick.x}" x2="${tick.x}" y1="${axisY}" y2="${model.height}" stroke="${c.grid}"/><text x="${tick.x}" y="${Math.round((axisY - fs * 0.6) * 10) / 10}" text-anchor="middle">${tick.label}</text>`)
    .join('');
  const rows = model.rows
    .map((row) =>
      [
        `<text x="${row.labelX}" y="${row.labelY}"${row.labelAnchor === 'end' ? ' text-anchor="end"' : ''}>${esc(row.label)}</text>`,
        row.lead.width > 0 ? `<rect class="bar-lead" x="${row.lead.x}" y="${row.barY}" width="${row.lead.width}" height="${row.barHeight}" fill="${c.mark}"/>` : '',
        row.join.width > 0
          ? `<rect class="bar-join" x="${row.join.x + 1}" y="${row.barY + 1}" width="${Math.max(0, row.join.width - 2)}" height="${row.barHeight - 2}" fill="${c.paper}" stroke="${c.mark}" stroke-width="2"/>`
          : '',
        `<text x="${row.valueX}" y="${row.valueY}">${row.valueText}</text>`,
      ].join(''),
    )
    .join('');
  return [
    `<svg class="chart chart-roles" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" font-size="${fs}" role="img" aria-label="${esc(label)}">`,
    `<g class="axis">${ticks}<line x1="${model.plotX}" x2="${model.plotX}" y1="${axisY}" y2="${model.height}" stroke="${c.partRule}"/></g>`,
    `<g class="rows">${rows}</g>`,
    `</svg>`,
  ].join('');
}
