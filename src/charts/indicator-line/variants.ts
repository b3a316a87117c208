import type { IndicatorChartView } from '../../domain/targets/chart-views/indicator';
import { VARIANTS, type RenderedVariant } from '../shared/variants';
import { lineChartModel, type LineChartModel } from './model';
import { renderLineChart } from './render';

/** The line chart of an indicator laid out for one layout (see ../shared/variants.ts). */
export function indicatorLineModel(view: IndicatorChartView, layout: { width: number; height: number; fontSize: number }): LineChartModel {
  return lineChartModel({ series: view.series, thresholds: view.thresholds, unit: view.unit, ...layout });
}

/** The indicator's chart in every layout, ready for ChartVariants.astro. */
export function renderIndicatorVariants(view: IndicatorChartView): RenderedVariant[] {
  return VARIANTS.map((variant) => ({ keys: [variant.key], svg: renderLineChart(indicatorLineModel(view, variant), view.label) }));
}
