/**
 * The charts' colours and font, in one place. Series colours are the Okabe–Ito palette (safe for
 * colour-blind readers) and always come with a shape or texture; status colours live with the
 * status vocabulary (src/domain/targets/status.ts). charts.css repeats the slots as classes, so
 * the page needs no inline styles; tests keep the two equal.
 */

/** Series colours, slot by slot (.series-N in charts.css). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** Text, secondary text, rules and the target colour, as the site's stylesheet names them. */
export const INK = '#1a1f24';
export const MUTED = '#4a5560';
export const GRID = '#dde3e7';
export const ACCENT = '#b3541e';
export const PAPER = '#ffffff';

/** Marks of the responsibility charts (matrix, unit roles): filled = lead, outlined = participate. */
export const ROLE_COLOURS = { mark: '#0b5a7a', paper: PAPER, grid: '#dfe6ea', parentRule: '#9aabb7', partRule: MUTED };

/** The site's font stack, written into SVG files so they look the same outside the page. */
export const CHART_FONT = "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
