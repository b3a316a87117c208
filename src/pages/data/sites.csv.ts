import type { APIRoute } from 'astro';
import { siteContent } from '../../content/site-content';
import { siteRecords } from '../../domain/sites/views';
import { sitesToCsv } from '../../domain/sites/export';

/** /data/sites.csv: the whole directory, UTF-8 with BOM, one row per site. */
export const GET: APIRoute = async ({ site }) => {
  const csv = sitesToCsv(siteRecords(await siteContent(), site?.origin ?? ''));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
