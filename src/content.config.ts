import { defineCollection } from 'astro:content';
import { collections as schemas, type CollectionName } from './schemas/index';
import { yamlFolderLoader } from './lib/yaml-loader';

const contentDir = new URL('../content/', import.meta.url);

const define = <C extends CollectionName>(name: C) =>
  defineCollection({ loader: yamlFolderLoader(name, contentDir), schema: schemas[name].schema });

export const collections = {
  plan: define('plan'),
  principles: define('principles'),
  measures: define('measures'),
  projects: define('projects'),
  tasks: define('tasks'),
  mechanisms: define('mechanisms'),
  safeguards: define('safeguards'),
  targets: define('targets'),
  responsibilities: define('responsibilities'),
  departments: define('departments'),
  counties: define('counties'),
  sources: define('sources'),
};
