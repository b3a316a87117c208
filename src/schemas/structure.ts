import { z } from 'astro/zod';
import { label, slug, title } from './shared';

/** Fields shared by the plan's numbered parts: principles, measures, projects, mechanisms, safeguards. */
const numberedPart = {
  /** The number the plan prints before the title ("1", "一"). */
  number: label,
  /** The title as the plan writes it. */
  title,
  /** The id of the clause in `plan/clauses.yaml` that holds the text. */
  clause: slug,
  /** The title as the annex writes it, where it differs from the body. */
  annexTitle: title.optional(),
  /** Everyday words people search with for this part (synonyms, colloquial names). */
  searchTerms: z.array(title, { error: 'must be a list of words' }).max(30, { error: 'must list at most 30 words' }).default([]),
};

/** One of the five 基本原则. */
export const principleSchema = z.strictObject(numberedPart);
/** One of the four rigid-constraint measures (二). */
export const measureSchema = z.strictObject(numberedPart);
/** One of the five major projects (三). */
export const projectSchema = z.strictObject(numberedPart);
/** One of the eight mechanisms (四). */
export const mechanismSchema = z.strictObject(numberedPart);
/** One of the five safeguards (五). */
export const safeguardSchema = z.strictObject(numberedPart);
/** One of the eleven numbered tasks, each inside a project. */
export const taskSchema = z.strictObject({
  ...numberedPart,
  /** The project this task belongs to. */
  project: slug,
});
