import { esc } from '../../charts/shared/svg';
import { resolveChartCss } from '../../charts/shared/standalone';
import { markerPath } from '../../charts/shared/markers';
import { lineChartModel } from '../../charts/indicator-line/model';
import { renderLineChart } from '../../charts/indicator-line/render';
import type { ShareCard } from '../../domain/sharing/views';
import { SHARE_IMAGE_SIZE } from '../../domain/sharing/meta';
import { fitText, textWidth, wrapText } from './wrap';
import { t } from '../../i18n/zh-CN';

const { width: W, height: H } = SHARE_IMAGE_SIZE;
const X = 64;
const TEXT_WIDTH = W - 2 * X;
/** The system font the build machines and CI install (Debian fonts-wqy-microhei); librsvg finds it through fontconfig. */
export const CARD_FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
const INK = '#1a1f24';
const MUTED = '#4a5560';
const BRAND = '#073f56';
// The chart stylesheet with its variables written out, for librsvg: one function with the chart downloads.
export { resolveChartCss };

/** Bold without a bold face: WenQuanYi Micro Hei has none, and librsvg's synthetic bold fills dense characters (量) solid. */
const bold = (colour: string, size: number) => `fill="${colour}" stroke="${colour}" stroke-width="${Math.round(size / 3.2) / 10}" stroke-linejoin="round"`;

const text = (x: number, y: number, size: number, content: string, attrs = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;

/** Title lines from the given y; returns the markup and the y below the last line. */
function block(lines: string[], y: number, size: number, lineHeight: number, attrs: string): { svg: string; bottom: number } {
  const svg = lines.map((line, i) => text(X, y + size + i * size * lineHeight, size, line, attrs)).join('');
  return { svg, bottom: y + size * lineHeight * lines.length };
}

const BAND = 76;
const FOOT = H - 60;

/** An indicator card's chart: the site's own line chart, laid out at 1/SCALE and scaled up so its text reads at 1,200 px. */
function chartOf(card: ShareCard, top: number): string[] {
  const input = card.chart!;
  const SCALE = 1.7;
  const legend = [
    // Always name the place: a card's latest figure may be for another place than the chart's series.
    ...input.series.map((s, i) => ({ i, label: s.label })),
    ...(input.thresholds.length > 0 ? [{ i: -1, label: '方案目标（在期限年份处）' }] : []),
  ];
  const chartTop = top + 40;
  const height = FOOT - 12 - chartTop;
  const model = lineChartModel({ series: input.series, thresholds: input.thresholds, width: TEXT_WIDTH / SCALE, height: height / SCALE, unit: input.unit });
  const svg = renderLineChart(model, input.label).replace(/^<svg class="[^"]*"/, `<svg x="${X}" y="${chartTop}" width="${TEXT_WIDTH}" height="${height}"`);
  let x = X;
  const items = legend.map(({ i, label }) => {
    const mark = i < 0 ? `<line x1="-13" x2="13" y1="0" y2="0" stroke="#b3541e" stroke-width="5"/>` : `<path d="${markerPath(model.series[i].shape, 9)}" fill="${model.series[i].colour}"/>`;
    const out = `<g transform="translate(${x + 13},${top + 16})">${mark}</g>${text(x + 34, top + 25, 24, label, `fill="${MUTED}"`)}`;
    x += 34 + textWidth(label) * 24 + 36;
    return out;
  });
  return [...items, `<g class="chart">${svg}</g>`];
}

/** Renders one preview card as a 1,200 × 630 SVG with the chart stylesheet inside, ready for sharp. */
export function renderShareCard(card: ShareCard, chartCss: string): string {
  const isSite = card.path === '/og/site.png';
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CARD_FONT}">`);
  if (card.chart) parts.push(`<style>${resolveChartCss(chartCss)}</style>`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/><rect width="${W}" height="${BAND}" fill="${BRAND}"/>`);
  // The site's own card shows the name large below; the band says it on every other card.
  if (!isSite) parts.push(text(X, 50, 32, t('site.name'), bold('#ffffff', 32)));
  parts.push(text(W - X, 48, 24, '方案征求意见稿 · 公开数据', 'fill="#ffffff" text-anchor="end"'));

  let y = BAND + 22;
  parts.push(text(X, y + 26, 26, wrapText(card.kicker, TEXT_WIDTH / 26, 1).lines[0], `fill="${MUTED}"`));
  y += 44;
  const sizes = isSite ? [{ size: 96, maxLines: 1 }] : card.chart ? [{ size: 52, maxLines: 1 }, { size: 40, maxLines: 2 }] : [{ size: 60, maxLines: 2 }, { size: 50, maxLines: 2 }, { size: 42, maxLines: 3 }];
  const title = fitText(card.title, TEXT_WIDTH, sizes);
  const titleBlock = block(title.lines, y, title.size, 1.25, bold(INK, title.size));
  parts.push(titleBlock.svg);
  y = titleBlock.bottom + (card.chart ? 8 : 24);

  if (card.status) {
    const label = `${card.status.symbol}  ${card.status.label}`;
    parts.push(`<rect x="${X}" y="${y}" width="${Math.round(textWidth(label) * 36 + 56)}" height="64" rx="32" fill="#ffffff" stroke="${card.status.colour}" stroke-width="4"/>`);
    parts.push(text(X + 28, y + 44, 36, label, bold(card.status.colour, 36)));
    y += 96;
  }
  if (card.chart) {
    parts.push(text(X, y + 28, 28, wrapText(card.lines[0], TEXT_WIDTH / 28, 1).lines[0], `fill="${INK}"`));
    parts.push(...chartOf(card, y + 50));
  } else {
    const size = 36;
    const room = Math.max(1, Math.floor((FOOT - 16 - y) / (size * 1.45)));
    // A summary too long for one line breaks at its own separators ("最新 … · 目标 …") before anywhere else.
    const lines = card.lines.flatMap((line) => (textWidth(line) * size > TEXT_WIDTH ? line.split(/ ?· /) : [line])).flatMap((line) => wrapText(line, TEXT_WIDTH / size, 3).lines).slice(0, room);
    const body = block(lines, y, size, 1.45, `fill="${INK}"`);
    parts.push(body.svg);
    card.tally.forEach((row, i) => parts.push(text(X, body.bottom + 10 + 40 + i * 52, 36, `${row.symbol}  ${row.label}  ${row.count}项`, bold(row.colour, 36))));
  }
  parts.push(`<line x1="${X}" x2="${W - X}" y1="${FOOT}" y2="${FOOT}" stroke="#c9d3da" stroke-width="2"/>`);
  parts.push(text(X, H - 22, 24, card.footer, `fill="${MUTED}"`));
  parts.push('</svg>');
  return parts.join('');
}
