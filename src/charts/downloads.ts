import type { SiteModel } from '../domain/site-model';
import { hasIndicatorChart, indicatorChartView } from '../domain/targets/chart-views/indicator';
import { standaloneSvg } from './shared/standalone';
import { VARIANTS } from './shared/variants';
import { indicatorLineModel } from './indicator-line/variants';
import { renderLineChart } from './indicator-line/render';
import { sectorChartView } from '../domain/targets/chart-views/sectors';
import { sectorModel } from './sector-bars/variants';
import { renderSectorBars } from './sector-bars/render';
import { statusOverviewView } from '../domain/targets/chart-views/overview';
import { overviewModel } from './status-overview/variants';
import { renderStatusOverview } from './status-overview/render';

/** One chart's files: its data as CSV and its picture as a standalone SVG. */
export interface ChartDownload {
  /** The chart's id: /charts/<id>.csv and /charts/<id>.svg. */
  id: string;
  csv: () => string;
  /** The wide layout with the chart stylesheet inside, so it opens on its own; `css` is src/charts/shared/charts.css. */
  svg: (css: string) => string;
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const WIDE = VARIANTS.find((variant) => variant.key === 'wide')!;

/**
 * Every chart the site draws, with its files: each indicator with a published number, and the
 * site's other charts. Pages link to them from the chart's figure (ChartFigure's downloads);
 * src/pages/charts/[file].ts writes them; tests/built/chart-downloads.test.ts reads them back.
 */
export function chartDownloads(site: SiteModel): ChartDownload[] {
  const indicators = site.content.indicators.filter((indicator) => hasIndicatorChart(site, indicator.id)).map((indicator): ChartDownload => {
    const view = () => indicatorChartView(site, indicator.id)!;
    return {
      id: view().id,
      csv: () => view().csv,
      svg: (css) => XML + standaloneSvg(renderLineChart(indicatorLineModel(view(), WIDE), view().label), css),
    };
  });
  const sectors = sectorChartView(site);
  const overview = statusOverviewView(site);
  const others: ChartDownload[] = [
    { id: overview.id, csv: () => overview.csv, svg: (css) => XML + standaloneSvg(renderStatusOverview(overviewModel(overview, WIDE), overview.label), css) },
    ...(sectors ? [{ id: sectors.id, csv: () => sectors.csv, svg: (css: string) => XML + standaloneSvg(renderSectorBars(sectorModel(sectors, WIDE), sectors.label, sectors.id), css) }] : []),
  ];
  return [...indicators, ...others];
}
