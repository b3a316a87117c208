import type { APIRoute } from 'astro';
import { siteContent } from '../../content/site-content';
import { filterIndex } from '../../domain/sites/views';

/**
 * The compact index the instant filter fetches when the directory spans several pages: one array
 * per site (id, name, type, county, level, status, year, short source), in directory order.
 */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(filterIndex(await siteContent())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
