// Builds the search index of dist/ with Pagefind (npm run build runs it after Astro).
// Usage: node scripts/index-search.mjs [site directory, default dist]
//
// Pagefind fetches, for each word of a query, the chunk of the index that holds the word. Its
// default chunks are about 26 KB (gzip) each, so a question of three words cost three of them and
// a first search went over its budget of 150 KB (issue 16; scripts/measure-search.mjs). Smaller
// chunks make a query fetch only about the words it asks for. Pagefind 1.6 takes the chunk size
// from an environment variable marked unstable; the version is pinned in package.json, and the
// search budget test fails if a later version stops honouring it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Pagefind's target size of an index chunk, before compression (its default is 20,000): about 170 chunks of 2–6 KB gzip here, against 19 of 26 KB. */
export const INDEX_CHUNK_SIZE = 2_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const site = process.argv[2] ?? 'dist';
const result = spawnSync(join(root, 'node_modules/.bin/pagefind'), ['--site', site], {
  stdio: 'inherit',
  env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
