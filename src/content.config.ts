import { defineCollection } from 'astro:content';
import { collections as registry, type CollectionName } from './schemas/index';
import { yamlFolderLoader } from './content/astro-loader';

const contentDir = new URL('../content/', import.meta.url);

const define = <C extends CollectionName>(name: C) =>
  defineCollection({ loader: yamlFolderLoader(name, contentDir), schema: registry[name].schema });

// Every collection registered in src/schemas/index.ts, loaded from its folder in content/.
export const collections = Object.fromEntries((Object.keys(registry) as CollectionName[]).map((name) => [name, define(name)])) as {
  [C in CollectionName]: ReturnType<typeof define<C>>;
};
