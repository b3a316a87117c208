import { z } from 'astro/zod';
import { idList, MAX_CHARS, slug, text, title, year } from './shared';
import { webAddressProblem } from './checks/web-address';

/** School stages, youngest first: 小学低段 (1–3), 小学高段 (4–6), 初中, 高中. */
export const STAGES = ['lower-primary', 'upper-primary', 'junior', 'senior'] as const;
/** Subjects a lesson fits: 科学, 道德与法治, 地理, 综合实践活动. */
export const SUBJECTS = ['science', 'morality-law', 'geography', 'practice'] as const;
/** Where the lesson happens: in class, at home with family, or on a visit. */
export const SETTINGS = ['classroom', 'home', 'field-trip'] as const;
/** When a step happens: in class, at home, or before / during / after a visit. */
export const PARTS = ['class', 'home', 'before', 'visit', 'after'] as const;
/** Quiz choices are lettered A–E. */
export const CHOICE_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

const list = <T extends z.ZodType>(item: T, what: string, min = 1, max = 40) =>
  z.array(item, { error: `must be a list of ${what}` }).min(min, { error: `must list at least ${min} ${what}` }).max(max, { error: `must list at most ${max} ${what}` });

/**
 * A related link: a path on this site (one slash, then lowercase path characters) or an https:
 * address. "//host" and "/\\host" are refused: browsers read both as another site.
 */
const relatedHref = z
  .string({ error: 'must be a site path or an https: address' })
  .max(MAX_CHARS.long, { error: `must be at most ${MAX_CHARS.long} characters long` })
  .superRefine((value, ctx) => {
    if (value.startsWith('/')) {
      if (!/^\/(?![/\\])[a-z0-9\-/._~]*(#[a-z0-9\-_]+)?$/.test(value)) ctx.addIssue({ code: 'custom', message: 'must be a path on this site, like /calculator/ ("//host" would lead to another site)' });
      return;
    }
    if (!value.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', message: 'must be a path on this site (starting with one "/") or an https: address' });
      return;
    }
    const problem = webAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One step of the lesson, with its time. */
const activitySchema = z.strictObject({
  /** Short name of the step. */
  title,
  /** Minutes the step takes. */
  minutes: wholeNumber(1, 600),
  /** When it happens: class (default), home, or before / visit / after for a visit. */
  part: z.enum(PARTS, { error: `must be one of ${PARTS.join(', ')}` }).default('class'),
  /** What teacher and pupils do, in order. */
  steps: list(text, 'steps'),
});

/** One task on the printed worksheet. */
const worksheetItemSchema = z.strictObject({
  /** The task as the pupil reads it. */
  prompt: text,
  /** Ruled lines left for writing (0 when a table or a box gives the space). */
  lines: wholeNumber(0, 12).default(3),
  /** Column headings of a table to fill in; empty for no table. */
  columns: z.array(title, { error: 'must be a list of column headings' }).max(8, { error: 'must have at most 8 columns to fit A4' }).default([]),
  /** Empty rows of that table. */
  rows: wholeNumber(0, 10).default(0),
  /** Height of a blank box for drawing, in ruled lines; 0 for none. */
  box: wholeNumber(0, 12).default(0),
  /** The teacher's answer, or what a good answer contains. */
  answer: text,
});

/** One multiple-choice question; `answer` is the letter of the right choice. */
const quizQuestionSchema = z
  .strictObject({
    /** The question. */
    question: text,
    /** Two to five choices, shown as A, B, C … */
    choices: z.array(title, { error: 'must be a list of choices' }).min(2, { error: 'must offer at least 2 choices' }).max(5, { error: 'must offer at most 5 choices' }),
    /** Letter of the right choice. */
    answer: z.enum(CHOICE_LETTERS, { error: 'must be a choice letter A–E' }),
    /** Why that answer is right, shown after answering. */
    explanation: text,
    /** Source of the fact the question tests, where it tests one. */
    source: slug.nullable().default(null),
    /** Plan targets the question is about (ids in content/targets/); the answer links to whether each was met. */
    targets: idList('target ids').default([]),
  })
  .superRefine((question, ctx) => {
    const count = question.choices.length;
    if (CHOICE_LETTERS.indexOf(question.answer) >= count) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `must be the letter of one of the ${count} choices (A–${CHOICE_LETTERS[count - 1]})` });
    }
  });

/** A fact the lesson states, with the source that supports it. */
const factSchema = z.strictObject({
  /** The fact as the lesson states it. */
  text,
  /** Source id in content/sources/. */
  source: slug,
  /** Plan targets the fact states (ids in content/targets/); the page links to whether each was met. */
  targets: idList('target ids').default([]),
});

/** A place where the lesson can be taught, such as a water-saving education base. */
const venueSchema = z.strictObject({
  /** Name as the source gives it. */
  name: title,
  /** Where it is. */
  place: title,
  /** Who designated it: district, county, city or provincial level. */
  level: z.enum(['district', 'county', 'city', 'provincial'], { error: 'must be one of district, county, city, provincial' }),
  /** Year it was designated. */
  since: year,
  /** Source id in content/sources/. */
  source: slug,
  /** What a teacher should know before going, e.g. that its current state is unconfirmed. */
  note: text.nullable().default(null),
});

/** A lesson for schools: timed activities, a printable worksheet with its key, a quiz, and sources. */
export const lessonSchema = z.strictObject({
  /** Lesson title. */
  title,
  /** One sentence for lists and search engines. */
  summary: text,
  /** School stage. */
  stage: z.enum(STAGES, { error: `must be one of ${STAGES.join(', ')}` }),
  /** Place in the stage's list, 1 first; lessons with the same number keep file order. */
  order: wholeNumber(1, 99),
  /** Subjects it fits, most fitting first. */
  subjects: idList('subjects', z.enum(SUBJECTS, { error: `must be one of ${SUBJECTS.join(', ')}` })).min(1, { error: 'must list at least 1 subjects' }),
  /** Where it happens. */
  setting: z.enum(SETTINGS, { error: `must be one of ${SETTINGS.join(', ')}` }).default('classroom'),
  /** Total minutes of all activities (class, home and visit together). */
  duration: wholeNumber(10, 900),
  /** What pupils will know or be able to do. */
  objectives: list(text, 'objectives'),
  /** What to prepare. */
  materials: list(text, 'materials'),
  /** The steps, in order, with their times. */
  activities: list(activitySchema, 'activities'),
  /** Safety checklist; required for visits. */
  safety: z.array(text, { error: 'must be a list of checks' }).max(40, { error: 'must list at most 40 checks' }).default([]),
  /** How the lesson connects to Shaoxing and the plan. */
  local: z.strictObject({
    /** Two or three sentences for the teacher. */
    summary: text,
    /** Plan clause ids the lesson draws on. */
    clauses: idList('clause ids').min(1, { error: 'must list at least 1 clause ids' }),
    /** Target ids the lesson draws on. */
    targets: idList('target ids').default([]),
  }),
  /** Every fact the lesson states, each with its source. */
  facts: list(factSchema, 'facts'),
  /** Places the lesson can be taught at, each with its source. */
  venues: z.array(venueSchema, { error: 'must be a list of places' }).max(20, { error: 'must list at most 20 places' }).default([]),
  /** Pages of this site that go with the lesson (calculator, tips, sites directory), as site paths. */
  related: z.array(z.strictObject({
    /** What the link leads to. */
    label: title,
    /** A page of this site ("/calculator/", checked against the pages the build makes) or an https: address. */
    href: relatedHref,
  }), { error: 'must be a list of { label, href }' }).max(20, { error: 'must list at most 20 links' }).default([]),
  /** The printed worksheet; each item carries its answer for the teacher's key. */
  worksheet: z.strictObject({
    /** One line telling the pupil what to do. */
    intro: text,
    /** The tasks, in order. */
    items: list(worksheetItemSchema, 'worksheet items', 2),
  }),
  /** The closing quiz. */
  quiz: list(quizQuestionSchema, 'questions', 3),
});

export type Lesson = z.infer<typeof lessonSchema>;
