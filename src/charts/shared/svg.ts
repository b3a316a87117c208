import { LINE_HEIGHT } from './text';

/** Escapes text for SVG and HTML content and attributes: the one escape of every chart. */
export const esc = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Opening tag of an accessible chart SVG: role img, a label, scalable, sized by its viewBox, text size in user units. */
export const svgOpen = (width: number, height: number, label: string, className: string, fontSize = 12) =>
  `<svg class="${className}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet" font-size="${fontSize}">`;

/**
 * A text element; a text with line breaks ("\n") becomes one tspan per line, each LINE_HEIGHT
 * under the one before, which is how textBox() in text.ts measures it.
 */
export function svgText(x: number, y: number, text: string, attrs = ''): string {
  const lines = text.split('\n');
  const body = lines.length === 1 ? esc(text) : lines.map((line, i) => `<tspan x="${x}"${i ? ` dy="${LINE_HEIGHT}em"` : ''}>${esc(line)}</tspan>`).join('');
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${body}</text>`;
}
