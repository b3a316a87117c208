import { z } from 'astro/zod';

/** A stable, URL-safe id: lowercase letters, digits and single hyphens. */
export const slug = z
  .string({ error: 'must be a lowercase slug (a-z, 0-9, -)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase slug (a-z, 0-9, -)' });

/** A calendar year as a whole number. */
export const year = z
  .number({ error: 'must be a year between 1949 and 2100' })
  .int({ error: 'must be a year between 1949 and 2100' })
  .min(1949, { error: 'must be a year between 1949 and 2100' })
  .max(2100, { error: 'must be a year between 1949 and 2100' });

/** Text that must say something (not empty or only spaces). */
export const text = z
  .string({ error: 'must be text' })
  .refine((value) => value.trim().length > 0, { error: 'must not be empty' });

/** Text that may be empty, e.g. an empty table cell. */
export const optionalText = z.string({ error: 'must be text (use "" when empty)' });

/** A web address that a browser may follow: only http and https. */
export const webUrl = z
  .string({ error: 'must be a web address' })
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { error: 'must be an http(s) address' });

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' });

/** The kinds of plan entity that clauses, targets and annex rows point at. */
export const entityKind = z.enum(['principle', 'goal', 'measure', 'project', 'task', 'mechanism', 'safeguard'], {
  error: 'must be one of principle, goal, measure, project, task, mechanism, safeguard',
});

/** A pointer to one entity of the plan: its kind and its id. */
export const entityRef = z.strictObject(
  {
    /** Which collection the entity lives in. */
    kind: entityKind,
    /** The entity's id in that collection. */
    id: slug,
  },
  { error: 'must be { kind, id }' },
);

export type EntityRef = z.infer<typeof entityRef>;
