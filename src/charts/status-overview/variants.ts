import type { StatusOverviewView } from '../../domain/targets/chart-views/overview';
import { VARIANTS, type RenderedVariant } from '../shared/variants';
import { statusOverviewModel, type StatusOverviewModel } from './model';
import { renderStatusOverview } from './render';

/** The status overview laid out for one layout (see ../shared/variants.ts). */
export const overviewModel = (view: StatusOverviewView, layout: { width: number; fontSize: number }): StatusOverviewModel =>
  statusOverviewModel(view.groups, layout.width, layout.fontSize);

/** The status overview in every layout. */
export function renderOverviewVariants(view: StatusOverviewView): RenderedVariant[] {
  return VARIANTS.map((variant) => ({ keys: [variant.key], svg: renderStatusOverview(overviewModel(view, variant), view.label) }));
}
