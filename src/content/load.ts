import { collections, type CollectionName, type SiteContent } from '../schemas/index';
import { ContentError } from './problems';
import { readCollectionFolder } from './read';
import { readMdxFolder } from './read-mdx';
import { validateEntries } from './validate';
import { checkIntegrity } from './integrity';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads and validates every collection; returns what is valid and every problem found. */
export function readContent(contentDir: string): { content: SiteContent; problems: string[] } {
  const problems: string[] = [];
  const content = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(collections) as CollectionName[]) {
    const { schema, list } = collections[name];
    const raw = 'mdx' in collections[name] ? readMdxFolder(contentDir, name, problems) : readCollectionFolder(contentDir, name, list, problems);
    if (!list) {
      for (const entry of raw) {
        if (!SLUG.test(entry.id)) problems.push(`${entry.file}: file name must be a lowercase slug (a-z, 0-9, -) because it becomes the URL`);
      }
    }
    const labels = new Map(raw.map((entry) => [entry.id, entry.label]));
    content[name] = validateEntries(raw, schema, problems).map((entry) => ({ ...entry, label: labels.get(entry.id) ?? name }));
  }
  return { content: content as SiteContent, problems };
}

/** Reads, validates and cross-checks all content; throws a ContentError listing every problem. */
export function loadContent(contentDir: string): SiteContent {
  const { content, problems } = readContent(contentDir);
  if (problems.length === 0) problems.push(...checkIntegrity(content));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
