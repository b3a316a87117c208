import type { SiteModel } from '../../site-model';
import type { Indicator } from '../../../schemas/indicators';
import type { StatusResult } from '../status-rules';
import { routes } from '../../../routes';
import { effectiveYear, yearLabel } from '../status-rules';
import { formatObservedValue } from '../observed';
import { indicatorChartView, type IndicatorChartView } from '../chart-views/indicator';
import { sectorChartView, showsSectorChart, type SectorChartView } from '../chart-views/sectors';
import { countyRef, countyRefs, isCountyScoped, type CountyRef } from '../../counties/links';
import { CITY } from '../../counties/status';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>;

const QUANTITY = { use: '用水量', withdrawal: '取水量', other: '其他' } as const;
const PRICE_BASIS = { current: '当年价', comparable: '可比价', unstated: '未说明' } as const;

/** One published figure as the indicator page's table lists it. */
export interface IndicatorFigureRow {
  id: string;
  year: string;
  yearNote: string | null;
  place: CountyRef;
  scopeNote: string | null;
  value: string;
  /** 用水量 / 取水量 …, the price basis and whether it is evidence of a measure, in words. */
  basis: string;
  source: { label: string; href: string; published: string | null };
  excerpt: string | null;
  /** Read on a copy the site does not link. */
  fromCopy: boolean;
  note: string | null;
}

/** Everything an indicator's page shows, worked out once. */
export interface IndicatorPageView {
  indicator: Indicator & { id: string };
  /**
   * The newest published figure, for the first screen: by the year it describes (else the year
   * published), the city's before a county's in the same year. Null when there is none.
   */
  latest: { value: string; year: string; place: CountyRef } | null;
  relatedTo: { label: string; href: string } | null;
  targets: Array<{ id: string; title: string; href: string; counties: CountyRef[]; result: StatusResult }>;
  chart: IndicatorChartView | null;
  sectors: SectorChartView | null;
  rows: IndicatorFigureRow[];
}

/** The view of /indicators/<id>/. Throws for an unknown id (a bug in getStaticPaths). */
export function indicatorPageView(site: Site, id: string): IndicatorPageView {
  const { content } = site;
  const indicator = content.indicators.find((entry) => entry.id === id);
  if (!indicator) throw new Error(`unknown indicator "${id}"`);
  const observations = content.observations.filter((o) => o.indicator === id);
  const sourceOf = (sourceId: string) => content.sources.find((s) => s.id === sourceId)!;
  const relatedTo = indicator.relatedTo ? content.indicators.find((i) => i.id === indicator.relatedTo) : undefined;
  const newest = [...observations]
    .filter((o) => o.value !== null || o.finding)
    .sort((a, b) => (effectiveYear(b) ?? -Infinity) - (effectiveYear(a) ?? -Infinity) || Number(b.scope === CITY) - Number(a.scope === CITY))[0];
  return {
    indicator,
    latest: newest
      ? { value: formatObservedValue(newest), year: yearLabel(newest), place: countyRef(content, newest.scope) }
      : null,
    relatedTo: relatedTo ? { label: relatedTo.name, href: routes.indicator(relatedTo.id) } : null,
    targets: content.targets
      .filter((t) => t.indicator === id)
      .map((t) => ({ id: t.id, title: t.title, href: routes.target(t.id), counties: isCountyScoped(t.scope) ? countyRefs(content, t.scope) : [], result: site.statuses.get(t.id)! })),
    chart: indicatorChartView(site, id),
    sectors: showsSectorChart(site, id) ? sectorChartView(site) : null,
    rows: observations.map((o) => ({
      id: o.id,
      year: o.year !== null ? String(o.year) : '不明',
      yearNote: o.yearNote,
      place: countyRef(content, o.scope),
      scopeNote: o.scopeNote,
      value: formatObservedValue(o),
      basis: `${QUANTITY[o.quantity]}${o.priceBasis ? `；价格基准：${PRICE_BASIS[o.priceBasis]}` : ''}${o.signal === 'action' ? '；措施落实证据' : ''}`,
      source: { label: `${sourceOf(o.source).publisher}《${sourceOf(o.source).title}》`, href: routes.source(o.source), published: o.published ?? null },
      excerpt: o.excerpt ?? null,
      fromCopy: Boolean(o.retrievedFrom),
      note: o.note ?? null,
    })),
  };
}
