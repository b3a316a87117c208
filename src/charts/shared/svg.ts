/** Escapes text for SVG/HTML content and attributes. */
export const esc = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Opening tag of an accessible chart SVG: role img, a label, scalable, sized by its viewBox. */
export const svgOpen = (width: number, height: number, label: string, className: string) =>
  `<svg class="${className}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">`;

/** Makes a chart SVG viewable on its own (for snapshot files): adds the chart stylesheet inside it. */
export function standaloneSvg(svg: string, css: string): string {
  const vars = ':root{--ink:#1a1f24;--muted:#4a5560;--accent:#b3541e;}svg{font-family:sans-serif;background:#fff}';
  return svg.replace(/^<svg([^>]*)>/, (open) => `${open}<style>${vars}${css.replace(/\s+/g, ' ')}</style>`);
}
