import type { CountyMapModel } from './model';
import { esc } from '../shared/svg';

/** The map's own styles; on the site they come from CountyMap.astro's stylesheet, in snapshots they are embedded. */
export const countyMapCss = (id: string) =>
  `#${id} .tile{fill:#f2f6f8;stroke:#4a5560;stroke-width:1.5}#${id} .tile-city{fill:#fff;stroke-dasharray:5 3}` +
  `#${id} .current .tile{fill:#fff1c7;stroke:#1a1f24;stroke-width:3}#${id} text{fill:#1a1f24}#${id} .name{font-weight:700}`;

/**
 * Draws the schematic map as an SVG string (the page inlines it; the snapshot test stores it).
 * Each tile is a link named by its own text (name and lines, in words), so nothing is encoded by
 * colour alone and no boundary is drawn. The SVG is a group of links, not an image, so each link
 * stays reachable by keyboard and screen reader. Without links (the SVG download) it is one picture.
 */
export function renderCountyMapSvg(model: CountyMapModel, title: string, id = 'county-map', links = true): string {
  const tiles = model.tiles
    .map((tile) => {
      const texts = tile.texts.map((text) => `<text class="${text.kind}" x="${text.x}" y="${text.y}" font-size="${text.size}">${esc(text.text)}</text>`).join('');
      const open = links
        ? `<a href="${esc(tile.href)}" class="place place-${tile.kind}${tile.current ? ' current' : ''}"${tile.current ? ' aria-current="page"' : ''} data-county="${esc(tile.id)}">`
        : `<g class="place place-${tile.kind}">`;
      return `${open}<rect class="tile tile-${tile.kind}" x="${tile.x}" y="${tile.y}" width="${tile.width}" height="${tile.height}" rx="4"/>${texts}${links ? '</a>' : '</g>'}`;
    })
    .join('');
  // With links, a group of links (each reachable by keyboard); as a file on its own, a picture.
  const role = links ? `role="group" aria-labelledby="${id}-title"` : `role="img" aria-labelledby="${id}-title"`;
  return (
    `<svg class="chart county-map" id="${id}" viewBox="0 0 ${model.width} ${model.height}" ${role} xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${esc(title)}</title>${tiles}</svg>`
  );
}
