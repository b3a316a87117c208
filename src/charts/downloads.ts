import type { SiteModel } from '../domain/site-model';
import { hasIndicatorChart, indicatorChartId, indicatorChartView } from '../domain/targets/chart-views/indicator';
import { standaloneSvg } from './shared/standalone';
import { VARIANTS } from './shared/variants';
import { indicatorLineModel } from './indicator-line/variants';
import { renderLineChart } from './indicator-line/render';
import { hasSectorChart, SECTOR_CHART, sectorChartView } from '../domain/targets/chart-views/sectors';
import { sectorModel } from './sector-bars/variants';
import { renderSectorBars } from './sector-bars/render';
import { STATUS_OVERVIEW_CHART, statusOverviewView } from '../domain/targets/chart-views/overview';
import { overviewModel } from './status-overview/variants';
import { renderStatusOverview } from './status-overview/render';
import { siteProgressView } from '../domain/sites/views';
import { SITE_PROGRESS_CHART, siteProgressCsv } from '../domain/targets/chart-views/site-progress';
import { PROGRESS_LAYOUTS, progressModel } from './site-progress/variants';
import { renderSiteProgressSvg, siteProgressCss } from './site-progress/render';
import { t } from '../i18n/zh-CN';
import { countyMapView } from '../domain/counties/views';
import { COUNTY_MAP_CHART, countyMapCsv } from '../domain/targets/chart-views/county-map';
import { countyMapModel } from './county-map/model';
import { countyMapCss, renderCountyMapSvg } from './county-map/render';
import { departmentsIndexView, responsibilitiesView } from '../domain/responsibilities/views';
import { MATRIX_CHART, UNIT_ROLES_CHART, matrixCsv, unitRolesCsv } from '../domain/targets/chart-views/responsibilities';
import { ROLES_LAYOUTS, rolesModel } from './unit-roles/variants';
import { unitRolesSvg } from './unit-roles/render';
import { matrixModel } from './responsibility-matrix/model';
import { MATRIX_OPTIONS } from './responsibility-matrix/layout-css';
import { matrixSnapshotSvg } from './responsibility-matrix/render';

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
/** A value computed on first use, so listing the charts (getStaticPaths) computes no view. */
const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
const file = (svg: string, css: string) => XML + standaloneSvg(svg, css);
const cache = new WeakMap<SiteModel, ChartDownload[]>();

/**
 * Every chart the site draws, with its files: each indicator with a published number, and the
 * site's other charts. Pages link to them from the chart's figure (ChartFigure's downloads);
 * src/pages/charts/[file].ts writes them; tests/built/chart-downloads.test.ts reads them back.
 */
export function chartDownloads(site: SiteModel): ChartDownload[] {
  const cached = cache.get(site);
  if (cached) return cached;
  const indicators = site.content.indicators.filter((indicator) => hasIndicatorChart(site, indicator.id)).map((indicator): ChartDownload => {
    const view = once(() => indicatorChartView(site, indicator.id)!);
    return { id: indicatorChartId(indicator.id), csv: () => view().csv, svg: (css) => file(renderLineChart(indicatorLineModel(view(), WIDE), view().label), css) };
  });
  const sectors = once(() => sectorChartView(site));
  const overview = once(() => statusOverviewView(site));
  const progress = once(() => siteProgressView(site));
  const map = once(() => countyMapView(site));
  const roles = once(() => departmentsIndexView(site).units);
  const matrix = once(() => responsibilitiesView(site).matrix);
  const progressSvg = () => {
    const data = progress().rows.map((row) => ({ key: row.key, label: row.label, count: row.count, goal: row.goal, known: row.known, note: row.noteNumber }));
    return renderSiteProgressSvg(progressModel(data, t('sites.noData'), PROGRESS_LAYOUTS.plain), progress().title);
  };
  const charts: ChartDownload[] = [
    ...indicators,
    ...(hasSectorChart(site) ? [{ id: SECTOR_CHART, csv: () => sectors()!.csv, svg: (css: string) => file(renderSectorBars(sectorModel(sectors()!, WIDE), sectors()!.label, SECTOR_CHART), css) }] : []),
    { id: STATUS_OVERVIEW_CHART, csv: () => overview().csv, svg: (css) => file(renderStatusOverview(overviewModel(overview(), WIDE), overview().label), css) },
    { id: SITE_PROGRESS_CHART, csv: () => siteProgressCsv(progress().rows), svg: (css) => file(progressSvg(), css + siteProgressCss('site-progress')) },
    { id: COUNTY_MAP_CHART, csv: () => countyMapCsv(map()), svg: (css) => file(renderCountyMapSvg(countyMapModel(map().tiles), t('counties.map'), 'county-map', false), css + countyMapCss('county-map')) },
    { id: UNIT_ROLES_CHART, csv: () => unitRolesCsv(roles()), svg: (css) => file(unitRolesSvg(rolesModel(roles(), ROLES_LAYOUTS.plain), t('chart.unitRolesTitle')), css) },
    {
      id: MATRIX_CHART,
      csv: () => matrixCsv(matrix().items, matrix().units),
      // The matrix's own standalone drawing: labels as text, colours as attributes.
      svg: () => XML + matrixSnapshotSvg(matrixModel(matrix().items, matrix().units, MATRIX_OPTIONS), matrix().title),
    },
  ];
  cache.set(site, charts);
  return charts;
}
