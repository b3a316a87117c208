import type { SiteModel } from '../site-model';
import { formatObservedValue } from '../targets/observed';

/** One point of a published series (the shape src/charts/indicator-line/model.ts takes). */
export interface ChartPoint {
  year: number;
  value: number;
  bound: 'exact' | 'below' | 'above' | 'at-least' | 'about';
}

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
 * The inputs of an indicator's line chart, or null when it has no dated figure. The same
 * preparation as src/charts/indicator-line/IndicatorChart.astro (series per place, thresholds from
 * the targets at their deadline); replace with indicatorChartView() from src/domain/targets/views.ts
 * once that exists (issue 17 note to the lead).
 */
export function indicatorChartInput(site: Pick<SiteModel, 'content' | 'index'>, indicatorId: string): IndicatorChartInput | null {
  const { content, index } = site;
  const indicator = content.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`no indicator "${indicatorId}"`);
  const observations = content.observations.filter((o) => o.indicator === indicatorId && o.value !== null);
  const dated = observations.filter((o) => o.year !== null);
  if (dated.length === 0) return null;
  const scopes = [...new Set(dated.map((o) => o.scope))];
  const series = scopes.map((scope) => ({
    label: `${index.counties.get(scope)?.name ?? scope}${dated.find((o) => o.scope === scope && o.scopeNote) ? '（含园区口径）' : ''}`,
    points: dated.filter((o) => o.scope === scope).map((o) => ({ year: o.year!, value: o.value!, bound: o.bound })),
  }));
  const thresholds = content.targets
    .filter((t) => t.indicator === indicatorId && t.value !== null && t.deadline !== null && (t.comparator === 'at-most' || t.comparator === 'at-least'))
    .filter((t) => t.unit === indicator.unit || t.unit === '')
    .map((t) => ({
      year: t.deadline!,
      value: t.value!,
      kind: t.comparator === 'at-most' ? ('cap' as const) : ('floor' as const),
      label: `${t.deadline}年${t.comparator === 'at-most' ? '上限' : '目标'}${t.value}`,
    }));
  const label = `${indicator.name}（${indicator.unit}）：${dated.map((o) => `${o.year}年${formatObservedValue(o)}`).join('，')}${thresholds.length ? `；目标：${thresholds.map((t) => t.label + indicator.unit).join('，')}` : ''}`;
  const sources = [...new Set(observations.map((o) => o.source))]
    .map((id) => content.sources.find((s) => s.id === id)!)
    .map((s) => `${s.publisher}《${s.title}》`)
    .join('；');
  return { series, thresholds, unit: indicator.unit, label, sources };
}
