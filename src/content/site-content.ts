import { getCollection } from 'astro:content';
import { collections, type CollectionName } from '../schemas/index';
import type { SiteContent } from '../schemas/index';
import { indexContent } from '../domain/plan/relations';
import { POSITION } from './astro-loader';
import { asOfDate, computeStatuses } from '../domain/targets/statuses';

let cached: ReturnType<typeof load> | undefined;

async function load() {
  const content = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(collections) as CollectionName[]) {
    const entries = (await getCollection(name)).map((entry) => {
      const { [POSITION]: position, ...data } = entry.data as Record<string, unknown>;
      return { ...data, id: entry.id, label: `${name}/${entry.id}`, position: Number(position) };
    });
    content[name] = entries.sort((a, b) => a.position - b.position).map(({ position: _, ...entry }) => entry);
  }
  const typed = content as SiteContent;
  return { content: typed, index: indexContent(typed), statuses: computeStatuses(typed), asOf: asOfDate(typed) };
}

/** All validated content plus its relations; loaded once per build. */
export function siteContent() {
  cached ??= load();
  return cached;
}
