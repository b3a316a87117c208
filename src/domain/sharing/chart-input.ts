import type { SiteModel } from '../site-model';
import { indicatorChartView, type IndicatorChartPoint } from '../targets/chart-views/indicator';

/** One point of a published series (the shape src/charts/indicator-line/model.ts takes). */
export type ChartPoint = IndicatorChartPoint;

/** What the indicator line chart is drawn from: the same inputs the indicator page's chart uses. */
export interface IndicatorChartInput {
  series: Array<{ label: string; points: ChartPoint[] }>;
  thresholds: Array<{ year: number; value: number; kind: 'cap' | 'floor'; label: string }>;
  unit: string;
  /** The chart in words, for the SVG's label. */
  label: string;
  /** "绍兴市水利局《绍兴市水资源公报》；…" */
  sources: string;
}

/**
 * The inputs of an indicator's line chart, or null when it has no published number: the view of
 * src/domain/targets/chart-views/indicator.ts, so the preview image draws what the page draws.
 */
export function indicatorChartInput(site: Pick<SiteModel, 'content' | 'index'>, indicatorId: string): IndicatorChartInput | null {
  const view = indicatorChartView(site, indicatorId);
  if (!view) return null;
  return { series: view.series, thresholds: view.thresholds, unit: view.unit, label: view.label, sources: view.source };
}
