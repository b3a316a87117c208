import type { matrixModel } from './model';

type Model = ReturnType<typeof matrixModel>;
type Box = { x: number; y: number; width: number; height: number };

/** The matrix's layout options, shared by the page and its stylesheet. */
export const MATRIX_OPTIONS = { step: 44, fontSize: 14, labelWidth: 112 };

const rem = (px: number) => `${px / 16}rem`;
const place = (b: Box) => `left:${rem(b.x)};top:${rem(b.y)};width:${rem(b.width)};height:${rem(b.height)}`;

/** Class names for positioned header links: band-N and col-N. */
export const bandClass = (i: number) => `mx-b${i}`;
export const colClass = (i: number) => `mx-c${i}`;

/**
 * The matrix's positions as a stylesheet rather than style attributes, so the page needs no
 * inline styles under the content security policy. Served from /responsibilities/matrix.css.
 */
export function matrixLayoutCss(model: Model): string {
  const rules = [
    `.matrix-grid{--lw:${rem(model.labelWidth)};--pw:${rem(model.width)};--hh:${rem(model.headerHeight)};--ph:${rem(model.height)};--step:${rem(model.step)}}`,
    ...model.bands.map((band, i) => `.${bandClass(i)}{${place(band)}}`),
    ...model.columns.map((col, i) => `.${colClass(i)}{${place({ ...col, ...model.itemRow })}}`),
  ];
  return `${rules.join('\n')}\n`;
}
