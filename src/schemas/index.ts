import type { z } from 'astro/zod';
import { clauseSchema } from './plan';
import { measureSchema, mechanismSchema, principleSchema, projectSchema, safeguardSchema, taskSchema } from './structure';
import { targetSchema } from './targets';
import { responsibilitySchema } from './responsibilities';
import { countySchema, departmentSchema, sourceSchema } from './organisations';
import { indicatorSchema } from './indicators';
import { observationSchema } from './observations';
import { updateSchema } from './updates';
import { pageSchema } from './pages';
import { tipSchema } from './citizens/tips';
import { coefficientSchema } from './citizens/coefficients';
import { labelledProductSchema } from './citizens/labels';
import { lessonSchema } from './lessons';
import { siteSchema } from './sites';
import { siteTypeSchema } from './site-types';
import { indexPageSchema } from './index-pages';

/**
 * Every collection with its schema. `list` collections are one YAML file holding a list of
 * entries with an `id` each; the others hold one entry per file, the file name being the id.
 * `mdx` collections are MDX files whose frontmatter the schema checks and whose body is prose.
 */
export const collections = {
  plan: { schema: clauseSchema, list: true },
  principles: { schema: principleSchema, list: false },
  measures: { schema: measureSchema, list: false },
  projects: { schema: projectSchema, list: false },
  tasks: { schema: taskSchema, list: false },
  mechanisms: { schema: mechanismSchema, list: false },
  safeguards: { schema: safeguardSchema, list: false },
  'index-pages': { schema: indexPageSchema, list: false },
  targets: { schema: targetSchema, list: false },
  responsibilities: { schema: responsibilitySchema, list: true },
  departments: { schema: departmentSchema, list: false },
  counties: { schema: countySchema, list: false },
  sources: { schema: sourceSchema, list: false },
  indicators: { schema: indicatorSchema, list: false },
  observations: { schema: observationSchema, list: true },
  updates: { schema: updateSchema, list: false, mdx: true },
  tips: { schema: tipSchema, list: false },
  coefficients: { schema: coefficientSchema, list: false },
  'labelled-products': { schema: labelledProductSchema, list: false },
  lessons: { schema: lessonSchema, list: false },
  sites: { schema: siteSchema, list: false },
  'site-types': { schema: siteTypeSchema, list: false },
  pages: { schema: pageSchema, list: false, mdx: true },
} satisfies Record<string, { schema: z.ZodType; list: boolean; mdx?: true }>;

export type CollectionName = keyof typeof collections;
export type EntryOf<C extends CollectionName> = z.infer<(typeof collections)[C]['schema']> & { id: string };

/** All collections, validated, each entry with its id and the label errors use. */
export type SiteContent = { [C in CollectionName]: Array<EntryOf<C> & { label: string }> };
