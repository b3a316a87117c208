import type { MatrixModel } from './model';
import { esc } from '../shared/svg';
import { CHART_FONT, INK, ROLE_COLOURS } from '../shared/palette';

/**
 * The plot area of the matrix as SVG markup (grid, rules, marks), in the model's coordinates.
 * The page and the snapshot both use it, so the snapshot shows exactly what ships.
 */
export function matrixPlotSvg(model: MatrixModel): string {
  const c = ROLE_COLOURS;
  // Lines as one path per weight, marks without attributes of their own: the page carries about
  // 400 of them, and their position alone says which unit and which work item each one is.
  const rows = model.units.map((unit) => `M0 ${unit.y + unit.height}H${model.width}`).join('');
  const rule = (weight: 0 | 1 | 2) =>
    model.rules
      .filter((r) => r.weight === weight)
      .map((r) => `M${r.x} 0V${model.height}`)
      .join('');
  const marks = (role: 'lead' | 'join') =>
    model.marks
      .filter((mark) => mark.role === role)
      .map((mark) => `<circle cx="${mark.cx}" cy="${mark.cy}" r="${mark.r}"/>`)
      .join('');
  return [
    `<g class="grid" stroke="${c.grid}" stroke-width="1" fill="none"><path d="${rows}${rule(0)}"/></g>`,
    `<g class="rules-parent" stroke="${c.parentRule}" stroke-width="1.5" fill="none"><path d="${rule(1)}"/></g>`,
    `<g class="rules-part" stroke="${c.partRule}" stroke-width="2" fill="none"><path d="${rule(2)}"/></g>`,
    `<g class="marks-join" fill="${c.paper}" stroke="${c.mark}" stroke-width="2.5">${marks('join')}</g>`,
    `<g class="marks-lead" fill="${c.mark}">${marks('lead')}</g>`,
  ].join('');
}

/**
 * The whole matrix as one standalone SVG with its labels as text: the reviewer's picture of
 * the fixture. The page draws the labels as HTML links instead (see Matrix.astro).
 */
export function matrixSnapshotSvg(model: MatrixModel, title: string): string {
  const { labelWidth: lw, headerHeight: hh, fontSize: fs } = model;
  const width = lw + model.width;
  const height = hh + model.height;
  const r = (value: number) => Math.round(value * 10) / 10;
  const text = (x: number, y: number, label: string, extra = '') => `<text x="${r(x)}" y="${r(y)}"${extra}>${esc(label)}</text>`;
  const bands = model.bands
    .map((band) => {
      const x = lw + band.x;
      const frame = `<rect x="${x}" y="${band.y}" width="${band.width}" height="${band.height}" fill="none" stroke="${ROLE_COLOURS.grid}"/>`;
      if (band.level !== 'parent') return frame + text(x + 4, band.y + band.height / 2 + fs / 3, band.label);
      return frame + text(x + band.width / 2, band.y + fs * 0.6, band.label, ' writing-mode="tb" text-anchor="start"');
    })
    .join('');
  const numbers = model.columns.map((col) => text(lw + col.x + col.width / 2, model.itemRow.y + model.itemRow.height / 2 + fs / 3, String(col.ordinal), ' text-anchor="middle"')).join('');
  const units = model.units.map((unit) => text(4, hh + unit.y + unit.height / 2 + fs / 3, unit.label)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${CHART_FONT}" font-size="${fs}" role="img" aria-label="${esc(title)}">`,
    `<rect width="${width}" height="${height}" fill="${ROLE_COLOURS.paper}"/>`,
    `<g fill="${INK}">${bands}${numbers}${units}</g>`,
    `<g transform="translate(${lw},${hh})">${matrixPlotSvg(model)}</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
