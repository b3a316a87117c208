import { getCollection } from 'astro:content';
import { collections, type CollectionName } from '../schemas/index';
import type { SiteContent } from '../schemas/index';
import { POSITION } from './astro-loader';
import { buildSiteModel, type SiteModel } from '../domain/site-model';

let cached: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const content = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(collections) as CollectionName[]) {
    const entries = (await getCollection(name)).map((entry) => {
      const { [POSITION]: position, ...data } = entry.data as Record<string, unknown>;
      return { ...data, id: entry.id, label: `${name}/${entry.id}`, position: Number(position) };
    });
    content[name] = entries.sort((a, b) => a.position - b.position).map(({ position: _, ...entry }) => entry);
  }
  return buildSiteModel(content as SiteContent);
}

/**
 * The site model (content, relations, statuses), loaded from Astro's content store once per build.
 * Only pages call this; they pass what each component shows to it as props.
 */
export function siteContent(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
