import { esc, svgOpen } from '../shared/svg';
import type { LineChartModel } from './model';

/** Renders a line chart model to an SVG string (used by the page and by the snapshot tests). */
export function renderLineChart(m: LineChartModel, label: string): string {
  const parts = [svgOpen(m.width, m.height, label, 'chart chart-line')];
  parts.push(`<g class="axis" aria-hidden="true">`);
  for (const t of m.yTicks) parts.push(`<line x1="${m.axis.x1}" x2="${m.axis.x2}" y1="${t.y}" y2="${t.y}" class="grid"/><text x="${m.axis.x1 - 6}" y="${t.y + 4}" text-anchor="end">${esc(t.label)}</text>`);
  parts.push(`<line x1="${m.axis.x1}" x2="${m.axis.x2}" y1="${m.axis.y}" y2="${m.axis.y}" class="baseline"/>`);
  for (const t of m.xTicks) parts.push(`<text x="${t.x}" y="${m.axis.y + 18}" text-anchor="middle">${esc(t.label)}</text>`);
  parts.push(`<text x="${m.axis.x1 - 6}" y="${m.axis.top - 4}" text-anchor="end" class="unit">${esc(m.unit)}</text></g>`);
  if (m.path) parts.push(`<path d="${m.path}" class="target-path" aria-hidden="true"/>`);
  for (const t of m.thresholds) {
    parts.push(`<g class="threshold threshold-${t.kind}"><line x1="${t.x1}" x2="${t.x2}" y1="${t.y}" y2="${t.y}"/><text x="${t.labelX}" y="${t.labelY}" text-anchor="end">${esc(t.label)}</text></g>`);
  }
  for (const s of m.series) {
    parts.push(`<g class="series series-${s.index}">`);
    for (const d of s.lines) parts.push(`<path d="${d}" class="line"/>`);
    for (const p of s.points) {
      parts.push(`<g transform="translate(${p.cx},${p.cy})"><title>${esc(s.label)} ${esc(p.title)}</title><path d="${s.marker}" class="marker${p.bound === 'exact' ? '' : ' marker-bound'}"/>${p.arrow ? `<path d="${p.arrow}" class="bound-arrow"/>` : ''}</g>`);
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}
