import type { ProgressModel } from './model';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Draws the progress model as an SVG string (used by the page and by the snapshot test, so the
 * snapshot is exactly what ships). Colour is never the only signal: every row prints its numbers.
 */
/** The chart's own styles; on the site they come from SiteProgress.astro's stylesheet, in snapshots they are embedded. */
export const siteProgressCss = (id: string) =>
  `#${id} text{fill:#1a1f24}#${id} .track{fill:#e4edf2;stroke:#4a5560;stroke-width:1}#${id} .fill{fill:#0b5a7a}` +
  `#${id} .fill.reached{fill:#1d6b3a}#${id} .value{font-weight:700}#${id} .empty .value{font-weight:400;fill:#4a5560}`;

export function renderSiteProgressSvg(model: ProgressModel, title: string, description: string, id = 'site-progress', standalone = false): string {
  const rows = model.rows
    .map((row) => {
      const fill = row.fillWidth > 0 ? `<rect class="fill${row.reached ? ' reached' : ''}" x="0" y="${row.barY}" width="${row.fillWidth}" height="${row.barHeight}"/>` : '';
      return (
        `<g class="row${row.empty ? ' empty' : ''}">` +
        `<text x="0" y="${row.textY}">${escape(row.label)}</text>` +
        `<text class="value" x="${model.width}" y="${row.textY}" text-anchor="end">${escape(row.value)}</text>` +
        `<rect class="track" x="0.5" y="${row.barY}" width="${row.trackWidth - 1}" height="${row.barHeight}"/>${fill}</g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-size="14">` +
    `<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(description)}</desc>` +
    // No inline <style> on the site: the content security policy allows only hashed or external styles.
    (standalone ? `<style>${siteProgressCss(id)}</style>` : '') +
    `${rows}</svg>`
  );
}
