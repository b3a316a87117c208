import type { APIRoute, GetStaticPaths } from 'astro';
import chartCss from '../../charts/shared/charts.css?raw';
import { siteContent } from '../../content/site-content';
import { shareCards } from '../../domain/sharing/views';
import { renderShareCard } from '../../components/share/og-card';
import { svgToPng } from '../../components/share/og-png';

/**
 * Every link-preview image: /og/site.png, /og/targets/<id>.png, /og/indicators/<id>.png
 * (routes.shareImage). All are drawn at once here, so sharp can use every core; Astro then only
 * writes them out.
 */
export const getStaticPaths = (async () => {
  const cards = shareCards(await siteContent());
  const pngs = await Promise.all(cards.map((card) => svgToPng(renderShareCard(card, chartCss))));
  return cards.map((card, i) => ({ params: { image: card.path.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { png: pngs[i] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { png: Uint8Array }).png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
