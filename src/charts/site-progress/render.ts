import type { ProgressModel } from './model';
import { esc, svgText } from '../shared/svg';

/** The chart's own styles; on the site they come from SiteProgress.astro's stylesheet, in snapshots they are embedded. */
export const siteProgressCss = (id: string) =>
  `#${id} .track{fill:#e4edf2;stroke:#4a5560;stroke-width:1}#${id} .fill{fill:#0b5a7a}` +
  `#${id} .fill.reached{fill:#1d6b3a}#${id} .value{font-weight:700}#${id} .unknown .value{font-weight:400;fill:#4a5560}` +
  `#${id} .track-unknown{stroke:#4a5560;stroke-width:1;stroke-dasharray:3 2}`;

/**
 * Draws the progress model as an SVG string (used by the page and by the snapshot test, so the
 * snapshot is exactly what ships). Colour is never the only signal: every row prints its numbers,
 * and a row nothing is known about is hatched and outlined, with 暂无公开数据 for its value.
 */
export function renderSiteProgressSvg(model: ProgressModel, label: string, id = 'site-progress'): string {
  const hatch = `${id}-unknown`;
  const rows = model.rows
    .map((row) => {
      const bar = row.unknown
        ? `<rect class="track-unknown" x="0.5" y="${row.barY}" width="${row.trackWidth - 1}" height="${row.barHeight}" fill="url(#${hatch})"/>`
        : `<rect class="track" x="0.5" y="${row.barY}" width="${row.trackWidth - 1}" height="${row.barHeight}"/>` +
          (row.fillWidth > 0 ? `<rect class="fill${row.reached ? ' reached' : ''}" x="0" y="${row.barY}" width="${row.fillWidth}" height="${row.barHeight}"/>` : '');
      return (
        `<g class="row${row.unknown ? ' unknown' : ''}" data-key="${esc(row.key)}">` +
        svgText(0, row.textY, row.label) +
        `<text class="value" x="${row.valueX}" y="${row.valueY}" text-anchor="${row.valueAnchor}">${esc(row.value)}</text>${bar}</g>`
      );
    })
    .join('');
  return (
    `<svg class="chart site-progress" id="${id}" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-label="${esc(label)}" font-size="${model.fontSize}" xmlns="http://www.w3.org/2000/svg">` +
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch-gap"/></pattern></defs>` +
    `${rows}</svg>`
  );
}
