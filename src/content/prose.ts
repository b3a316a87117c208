import { getEntry, render } from 'astro:content';
import type { Page } from '../schemas/pages';

/**
 * The Astro binding for prose: an MDX entry's frontmatter and its rendered body. Pages call it
 * and pass the numbers the prose shows to `<Content … />` as props (read in MDX as `props.x`),
 * and the presentational components it uses as `components={{ … }}`.
 */
export async function proseEntry(id: string): Promise<{ page: Page & { id: string }; Content: Awaited<ReturnType<typeof render>>['Content'] }> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing`);
  const { Content } = await render(entry);
  // The collection map in content.config.ts is built in a loop, so its entry types are a union; the schema guarantees this shape.
  return { page: { ...(entry.data as Page), id }, Content };
}

/** The rendered body of one update (content/updates/<id>.mdx). */
export async function updateBody(id: string): Promise<Awaited<ReturnType<typeof render>>['Content']> {
  const entry = await getEntry('updates', id);
  if (!entry) throw new Error(`content/updates/${id}.mdx is missing`);
  return (await render(entry)).Content;
}
