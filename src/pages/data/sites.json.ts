import type { APIRoute } from 'astro';
import { siteContent } from '../../content/site-content';
import { siteRecords } from '../../domain/sites/views';
import { sitesToJson } from '../../domain/sites/export';

/** /data/sites.json: the same records as sites.csv, with the column list. */
export const GET: APIRoute = async ({ site }) => {
  const json = sitesToJson(siteRecords(await siteContent(), site?.origin ?? ''));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
