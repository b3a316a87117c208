import type { APIRoute } from 'astro';
import { sitesData } from '../../components/sites/data';

/**
 * The compact index the instant filter fetches when the directory spans several pages: one array
 * per site (id, name, type, county, level, status, year, short source), in directory order.
 */
export const GET: APIRoute = async () => {
  const { sites, sources } = await sitesData();
  const rows = sites.map((site) => [site.id, site.name, site.type, site.county, site.level, site.status, site.year, sources.get(site.source)?.short ?? '']);
  return new Response(JSON.stringify({ columns: ['id', 'name', 'type', 'county', 'level', 'status', 'year', 'source'], rows }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
