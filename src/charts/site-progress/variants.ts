import { CARE_FONT_SIZE, siteProgressModel, type ProgressDatum, type ProgressModel } from './model';
import { renderSiteProgressSvg } from './render';
import type { RenderedVariant } from '../shared/variants';

/** The layouts of the progress chart: one plain drawing for every screen (its rows are short), and 关怀模式's two. */
export const PROGRESS_LAYOUTS = {
  plain: { width: 320, fontSize: 14, stacked: false, barHeight: 10 },
  /** 关怀模式 on a wide screen: label and count on one line, about 24 px text in the 32rem figure. */
  careWide: { width: 600, fontSize: 19, stacked: false, barHeight: 14 },
  /** 关怀模式 on a phone: each count on a line of its own under its label. */
  careNarrow: { width: 320, fontSize: CARE_FONT_SIZE, stacked: true, barHeight: 10 },
} as const;

/** The progress chart laid out for one of its layouts. */
export const progressModel = (data: readonly ProgressDatum[], noData: string, layout: (typeof PROGRESS_LAYOUTS)[keyof typeof PROGRESS_LAYOUTS]): ProgressModel =>
  siteProgressModel(data, { noData, width: layout.width, fontSize: layout.fontSize, stacked: layout.stacked, barHeight: layout.barHeight });

/** The progress chart in its layouts, each SVG with its own id (the hatch pattern is referenced by id). */
export function renderProgressVariants(data: readonly ProgressDatum[], noData: string, label: string): RenderedVariant[] {
  return [
    { keys: ['wide', 'narrow'], svg: renderSiteProgressSvg(progressModel(data, noData, PROGRESS_LAYOUTS.plain), label, 'site-progress') },
    { keys: ['care-wide'], svg: renderSiteProgressSvg(progressModel(data, noData, PROGRESS_LAYOUTS.careWide), label, 'site-progress-care-wide') },
    { keys: ['care-narrow'], svg: renderSiteProgressSvg(progressModel(data, noData, PROGRESS_LAYOUTS.careNarrow), label, 'site-progress-care') },
  ];
}
