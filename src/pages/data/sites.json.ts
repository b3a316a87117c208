import type { APIRoute } from 'astro';
import { sitesData } from '../../components/sites/data';
import { sitesToJson, toSiteRecord } from '../../lib/sites-export';

/** /data/sites.json: the same records as sites.csv, with the column list. */
export const GET: APIRoute = async () => {
  const { sites, counties, sources } = await sitesData();
  const json = sitesToJson(sites.map((site) => toSiteRecord(site, counties, sources)));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
