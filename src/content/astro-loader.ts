import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { collections, type CollectionName } from '../schemas/index';
import { ContentError } from './problems';
import { readCollectionFolder } from './read';
import { validateEntries } from './validate';

/** Field added to stored entries: the entry's place in reading order (file order, then list order). */
export const POSITION = '_position';

/**
 * An Astro content loader for one folder of `content/`. It validates with the same code the
 * tests and the pre-build check use, so a broken file fails with the same message everywhere.
 */
export function yamlFolderLoader(name: CollectionName, contentDir: URL): Loader {
  return {
    name: 'yaml-folder',
    load: async ({ store, parseData, generateDigest }) => {
      const root = fileURLToPath(contentDir);
      const problems: string[] = [];
      const { schema, list } = collections[name];
      const raw = readCollectionFolder(root, name, list, problems);
      validateEntries(raw, schema, problems);
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const [position, entry] of raw.entries()) {
        const parsed = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: `content/${entry.file}` });
        // The store does not keep insertion order, and the plan's clauses and annex rows must stay in reading order.
        const data = { ...parsed, [POSITION]: position };
        store.set({ id: entry.id, data, filePath: `content/${entry.file}`, digest: generateDigest(data) });
      }
    },
  };
}
