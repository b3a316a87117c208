import { z } from 'astro/zod';
import { calendarDateProblem, isAfterToday, today } from './checks/dates';
import { hiddenCharacterProblem } from './checks/text-hygiene';
import { webAddressProblem } from './checks/web-address';

/** A stable, URL-safe id: lowercase letters, digits and single hyphens. */
export const slug = z
  .string({ error: 'must be a lowercase slug (a-z, 0-9, -)' })
  .max(80, { error: 'must be a lowercase slug of at most 80 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase slug (a-z, 0-9, -)' });

/** A calendar year as a whole number. */
export const year = z
  .number({ error: 'must be a year between 1949 and 2100' })
  .int({ error: 'must be a year between 1949 and 2100' })
  .min(1949, { error: 'must be a year between 1949 and 2100' })
  .max(2100, { error: 'must be a year between 1949 and 2100' });

/**
 * The longest text each kind of field may hold, in characters. The limits leave room for several
 * times the longest real entry; they exist so that no content file (however large) can make the
 * build many times slower by repeating one huge string on every page that shows it.
 */
export const MAX_CHARS = { label: 40, short: 200, long: 2000 } as const;

/** A string of at most `max` characters free of control, bidi and zero-width characters. */
const cleanString = (max: number, what = 'text') =>
  z
    .string({ error: `must be ${what}` })
    .max(max, { error: `must be at most ${max} characters long` })
    .superRefine((value, ctx) => {
      const problem = hiddenCharacterProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
    });

/** Text that must say something: not empty or only spaces, at most 2,000 characters. */
export const text = cleanString(MAX_CHARS.long).refine((value) => value.trim().length > 0, { error: 'must not be empty' });

/** A name, title or label: not empty, at most 200 characters. */
export const title = cleanString(MAX_CHARS.short).refine((value) => value.trim().length > 0, { error: 'must not be empty' });

/** Text that may be empty, e.g. an empty table cell. */
export const optionalText = cleanString(MAX_CHARS.long, 'text (use "" when empty)');

/** A unit or a printed label ("亿m³", "（一）"); may be empty, at most 40 characters. */
export const label = cleanString(MAX_CHARS.label, 'text (use "" when there is none)');

/** A unit or a printed label that must say something. */
export const requiredLabel = cleanString(MAX_CHARS.label).refine((value) => value.trim().length > 0, { error: 'must not be empty' });

/**
 * A number as content states it: finite, and small enough to print as written (no "1e+21").
 * NaN (.nan) and infinity (.inf) are refused with their own message by the validator.
 */
export const amount = (error = 'must be a number') =>
  z
    .number({ error })
    .refine((value) => Math.abs(value) < 1e15, { error: `${error} below 10^15 in size`, abort: true })
    .refine((value) => !/e/i.test(String(value)), { error: `${error} written with at most 6 decimal places` });

/** A web address that a browser may follow: parsed as a URL, http or https only, with a public host name. */
export const webUrl = z
  .string({ error: 'must be a web address' })
  .max(MAX_CHARS.long, { error: `must be at most ${MAX_CHARS.long} characters long` })
  .superRefine((value, ctx) => {
    const problem = webAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  });

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar. */
export const partialDate = z
  .string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .superRefine((value, ctx) => {
    const problem = calendarDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  });

/** A date that has already come: not later than the day of the build (partial dates by their first day). */
export const pastDate = partialDate.refine((value) => !isAfterToday(value), {
  error: () => `must not be later than today, ${today()} (a date in the future cannot have been published or checked)`,
});

/** A list of ids in which none appears twice; `what` names the ids ("county ids"). */
export const idList = <T extends z.ZodType<string> = typeof slug>(what: string, item: T = slug as unknown as T) =>
  z.array(item, { error: `must be a list of ${what}` }).max(200, { error: `must list at most 200 ${what}` }).superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i], message: `must not repeat an earlier entry; list each of the ${what} once` });
      seen.add(id);
    });
  });

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
