import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../content/site-content';
import { DATASETS, toCsv } from '../../domain/open-data/datasets';

export const getStaticPaths = (() =>
  DATASETS.flatMap((dataset) => ['csv', 'json'].map((format) => ({ params: { file: `${dataset.id}.${format}` }, props: { id: dataset.id, format } })))) satisfies GetStaticPaths;

/** Builds one open-data file from the content. */
export const GET: APIRoute = async ({ props }) => {
  const { content } = await siteContent();
  const dataset = DATASETS.find((d) => d.id === props.id)!;
  const rows = dataset.rows(content);
  if (props.format === 'json') return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return new Response(toCsv(dataset, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
