import { esc, svgOpen, svgText } from '../shared/svg';
import type { LineChartModel } from './model';

/** Renders a line chart model to an SVG string (used by the page, the downloads and the snapshot tests). */
export function renderLineChart(m: LineChartModel, label: string): string {
  const fs = m.fontSize;
  const parts = [svgOpen(m.width, m.height, label, 'chart chart-line', fs)];
  parts.push(`<g class="axis" aria-hidden="true">`);
  for (const t of m.yTicks) parts.push(`<line x1="${m.axis.x1}" x2="${m.axis.x2}" y1="${t.y}" y2="${t.y}" class="grid"/><text x="${t.x}" y="${round(t.y + fs * 0.35)}" text-anchor="end">${esc(t.label)}</text>`);
  parts.push(`<line x1="${m.axis.x1}" x2="${m.axis.x2}" y1="${m.axis.y}" y2="${m.axis.y}" class="baseline"/>`);
  for (const t of m.xTicks) parts.push(`<text x="${t.x}" y="${t.y}" text-anchor="${t.anchor}">${esc(t.label)}</text>`);
  if (m.slot) {
    if (m.slot.divider) parts.push(`<line x1="${m.slot.x1}" x2="${m.slot.x1}" y1="${m.axis.top}" y2="${m.axis.y}" class="slot-divider"/>`);
    parts.push(`<text x="${m.slot.label.x}" y="${m.slot.label.y}" text-anchor="middle">${esc(m.slot.label.text)}</text>`);
  }
  parts.push(`<text x="${m.unitLabel.x}" y="${m.unitLabel.y}" class="unit">${esc(m.unitLabel.text)}</text></g>`);
  if (m.path) parts.push(`<path d="${m.path}" class="target-path" aria-hidden="true"/>`);
  for (const t of m.thresholds) {
    parts.push(`<g class="threshold threshold-${t.kind}"><line x1="${t.x1}" x2="${t.x2}" y1="${t.y}" y2="${t.y}"/>${svgText(t.labelX, t.labelY, t.labelText, `text-anchor="${t.anchor}"`)}</g>`);
  }
  for (const s of m.series) {
    parts.push(`<g class="series series-${s.index}">`);
    for (const d of s.lines) parts.push(`<path d="${d}" class="line"/>`);
    for (const p of s.points) {
      parts.push(`<g transform="translate(${p.cx},${p.cy})"><title>${esc(s.label)} ${esc(p.title)}</title><path d="${s.marker}" class="marker${p.bound === 'exact' ? '' : ' marker-bound'}"/>${p.arrow ? `<path d="${p.arrow}" class="bound-arrow"/>` : ''}</g>`);
    }
    for (const l of m.pointLabels.filter((l) => l.series === m.series.indexOf(s))) parts.push(`<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" class="point-label">${esc(l.text)}</text>`);
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}

const round = (n: number) => Math.round(n * 10) / 10;
