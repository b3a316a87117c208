import { ACCENT, CHART_FONT, INK, MUTED, PAPER } from './palette';

/** The page variables the chart stylesheet reads (the site sets them on :root). */
const PAGE_VARS: Record<string, string> = { ink: INK, muted: MUTED, accent: ACCENT };

/**
 * The chart stylesheet with its CSS variables written out, for viewers without var() (librsvg,
 * which sharp draws SVG with; many image viewers). A rule that reads a per-class variable
 * (`.chart .series-0 { --series: … }`) becomes one rule per class, in place, so the stylesheet's
 * order still decides which rule wins; each matches the class on an ancestor or on the element itself.
 */
export function resolveChartCss(css: string): string {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  const perClass = new Map<string, Array<{ cls: string; value: string }>>();
  for (const [, cls, name, value] of flat.matchAll(/\.chart \.([\w-]+) \{ --([\w-]+): ([^;}]+);? \}/g)) {
    perClass.set(name, [...(perClass.get(name) ?? []), { cls, value: value.trim() }]);
  }
  const withPageVars = (body: string) => body.replace(/var\(--([\w-]+)\)/g, (whole, name: string) => PAGE_VARS[name] ?? whole);
  return [...flat.matchAll(/([^{}]+)\{([^}]*)\}/g)]
    .map(([, selector, body]) => {
      if (/^\s*--/.test(body)) return '';
      const used = [...perClass.keys()].find((name) => body.includes(`var(--${name})`));
      if (!used) return `${selector.trim()}{${withPageVars(body).trim()}}`;
      // The class that sets the variable may sit on an ancestor (.series-0 on the series' group) or on the element itself (.mark-achieved on the mark).
      const sel = selector.trim();
      const onSelf = (cls: string) => sel.replace(/^(\.chart [^ ]+)/, `$1.${cls}`);
      return perClass.get(used)!.map(({ cls, value }) => `${sel.replace(/^\.chart /, `.chart .${cls} `)},${onSelf(cls)}{${withPageVars(body.replaceAll(`var(--${used})`, value)).trim()}}`).join('');
    })
    .join('');
}

/**
 * A chart SVG that opens on its own (the SVG downloads and the snapshot files): the chart
 * stylesheet inside it with its variables written out, the site's fonts, a white background and
 * its natural size. It loads nothing from anywhere.
 */
export function standaloneSvg(svg: string, css: string): string {
  const style = `svg{font-family:${CHART_FONT};background:${PAPER}}${resolveChartCss(css)}`;
  return svg.replace(/^<svg([^>]*)>/, (open, attrs: string) => {
    const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(attrs);
    const size = box && !/\swidth="/.test(attrs) ? ` width="${box[1]}" height="${box[2]}"` : '';
    return `${open.slice(0, -1)}${size}><style>${style}</style>`;
  });
}
