import type { SectorChartView } from '../../domain/targets/chart-views/sectors';
import { VARIANTS, type RenderedVariant } from '../shared/variants';
import { sectorBarsModel, type SectorBarsModel } from './model';
import { renderSectorBars } from './render';

/** The sector chart laid out for one layout (see ../shared/variants.ts). */
export const sectorModel = (view: SectorChartView, layout: { width: number; fontSize: number }): SectorBarsModel =>
  sectorBarsModel({ years: view.years, sectors: view.sectors, unit: view.unit, width: layout.width, fontSize: layout.fontSize });

/** The sector chart in every layout, each with its own pattern ids. */
export function renderSectorVariants(view: SectorChartView): RenderedVariant[] {
  return VARIANTS.map((variant) => ({ keys: [variant.key], svg: renderSectorBars(sectorModel(view, variant), view.label, `${view.id}-${variant.key}`) }));
}
