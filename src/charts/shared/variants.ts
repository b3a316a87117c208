/**
 * Every chart is drawn at build time in a few layouts, and the stylesheet shows the one that
 * fits (src/styles/global.css, src/components/care/care.css): SVG text scales with the picture,
 * so a phone needs a narrower drawing for its text to stay legible, and 关怀模式 needs larger
 * text that still fits the width without a sideways scroller.
 */
export type VariantKey = 'wide' | 'narrow' | 'care-wide' | 'care-narrow';

/** One layout: drawing width and text size, in SVG user units. */
export interface ChartVariant {
  key: VariantKey;
  width: number;
  /** Height of a chart whose height does not follow from its rows (the line chart). */
  height: number;
  fontSize: number;
}

/**
 * The layouts and where they show: wide above 40rem; narrow up to 40rem (about 10–13 px text on a
 * 320–390 px phone); care-wide in 关怀模式 above 40rem (about 24 px text in the 32rem figure);
 * care-narrow in 关怀模式 up to 40rem (about 18–23 px text on a 320–390 px phone).
 */
export const VARIANTS: readonly ChartVariant[] = [
  { key: 'wide', width: 640, height: 260, fontSize: 12 },
  { key: 'narrow', width: 320, height: 250, fontSize: 12 },
  { key: 'care-wide', width: 600, height: 360, fontSize: 19 },
  { key: 'care-narrow', width: 270, height: 320, fontSize: 18 },
];

/** One rendered layout, ready for ChartVariants.astro: the SVG and the layouts it serves. */
export interface RenderedVariant {
  keys: readonly VariantKey[];
  svg: string;
}
