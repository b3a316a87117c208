import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, type CollectionName } from './schemas/index';
import { yamlFolderLoader } from './content/astro-loader';

const contentDir = new URL('../content/', import.meta.url);

// MDX collections use Astro's glob loader, so pages can render() their bodies; the schema is the same.
const loaderOf = (name: CollectionName) =>
  'mdx' in registry[name] ? glob({ pattern: '*.mdx', base: new URL(`${name}/`, contentDir) }) : yamlFolderLoader(name, contentDir);

const define = <C extends CollectionName>(name: C) => defineCollection({ loader: loaderOf(name), schema: registry[name].schema });

// Every collection registered in src/schemas/index.ts, loaded from its folder in content/.
export const collections = Object.fromEntries((Object.keys(registry) as CollectionName[]).map((name) => [name, define(name)])) as {
  [C in CollectionName]: ReturnType<typeof define<C>>;
};
