import { esc, svgOpen } from '../shared/svg';
import type { SectorBarsModel } from './model';

/** Renders stacked sector bars to an SVG string (the page, the download and the snapshot test). */
export function renderSectorBars(m: SectorBarsModel, label: string, idPrefix = 'sectors'): string {
  const id = (key: string) => `${idPrefix}-hatch-${key}`;
  const parts = [svgOpen(m.width, m.height, label, 'chart chart-sectors', m.fontSize)];
  parts.push(`<defs><pattern id="${id('a')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>`
    + `<pattern id="${id('b')}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="hatch-bg"/><circle cx="3" cy="3" r="1.2" class="hatch-dot"/></pattern>`
    + `<pattern id="${id('none')}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="8" class="hatch-gap"/></pattern></defs>`);
  parts.push('<g class="axis" aria-hidden="true">');
  for (const t of m.ticks) parts.push(`<line x1="${t.x}" x2="${t.x}" y1="${m.top}" y2="${m.axisY}" class="grid"/><text x="${t.x}" y="${t.y}" text-anchor="middle">${esc(t.label)}</text>`);
  parts.push(`<text x="${m.unitLabel.x}" y="${m.unitLabel.y}" class="unit">${esc(m.unitLabel.text)}</text></g>`);
  for (const bar of m.bars) {
    parts.push(`<g class="bar"><text x="${bar.labelX}" y="${bar.labelY}" text-anchor="end">${bar.year}</text>`);
    for (const s of bar.segments) {
      parts.push(`<rect x="${s.x}" y="${bar.y}" width="${s.width}" height="${bar.height}" fill="${s.fill}" class="segment"><title>${bar.year}年 ${esc(s.label)}：${s.value}${esc(m.unit)}</title></rect>`);
      if (s.pattern) parts.push(`<rect x="${s.x}" y="${bar.y}" width="${s.width}" height="${bar.height}" fill="url(#${id(s.pattern)})" class="segment-texture" aria-hidden="true"/>`);
    }
    if (bar.unpublished) parts.push(`<rect x="${bar.unpublished.x}" y="${bar.y}" width="${bar.unpublished.width}" height="${bar.height}" fill="url(#${id('none')})" class="unpublished"><title>${bar.year}年：其余分项未公开</title></rect>`);
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}
