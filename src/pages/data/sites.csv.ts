import type { APIRoute } from 'astro';
import { sitesData } from '../../components/sites/data';
import { sitesToCsv, toSiteRecord } from '../../domain/sites/export';

/** /data/sites.csv: the whole directory, UTF-8 with BOM, one row per site. */
export const GET: APIRoute = async ({ site }) => {
  const { sites, counties, sources } = await sitesData();
  const csv = sitesToCsv(sites.map((entry) => toSiteRecord(entry, counties, sources, site?.origin ?? '')));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
