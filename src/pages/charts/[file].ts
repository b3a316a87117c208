import type { APIRoute, GetStaticPaths } from 'astro';
import chartCss from '../../charts/shared/charts.css?raw';
import { siteContent } from '../../content/site-content';
import { chartDownloads } from '../../charts/downloads';

export const getStaticPaths = (async () => {
  const charts = chartDownloads(await siteContent());
  return charts.flatMap((chart) => (['csv', 'svg'] as const).map((format) => ({ params: { file: `${chart.id}.${format}` }, props: { id: chart.id, format } })));
}) satisfies GetStaticPaths;

/** /charts/<id>.csv and /charts/<id>.svg: a chart's data and its picture, for download. */
export const GET: APIRoute = async ({ props }) => {
  const chart = chartDownloads(await siteContent()).find((c) => c.id === props.id)!;
  if (props.format === 'csv') return new Response(chart.csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(chart.svg(chartCss), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
