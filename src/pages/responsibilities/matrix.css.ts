import type { APIRoute } from 'astro';
import { siteContent } from '../../content/site-content';
import { workItems } from '../../domain/responsibilities/work';
import { matrixInputs } from '../../domain/responsibilities/matrix';
import { matrixModel } from '../../charts/responsibility-matrix/model';
import { matrixLayoutCss, MATRIX_OPTIONS } from '../../charts/responsibility-matrix/layout-css';

/** The responsibility matrix's computed positions, as a stylesheet (no inline styles under CSP). */
export const GET: APIRoute = async () => {
  const { content } = await siteContent();
  const { items, units } = matrixInputs(content, workItems(content));
  return new Response(matrixLayoutCss(matrixModel(items, units, MATRIX_OPTIONS)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
