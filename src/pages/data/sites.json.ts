import type { APIRoute } from 'astro';
import { sitesData } from '../../components/sites/data';
import { sitesToJson, toSiteRecord } from '../../domain/sites/export';

/** /data/sites.json: the same records as sites.csv, with the column list. */
export const GET: APIRoute = async ({ site }) => {
  const { sites, counties, sources } = await sitesData();
  const json = sitesToJson(sites.map((entry) => toSiteRecord(entry, counties, sources, site?.origin ?? '')));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
