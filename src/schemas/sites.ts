import { z } from 'astro/zod';
import { idList, partialDate, pastDate, slug, text, title, year } from './shared';

/** Which level of government recognised the site, or named it (the city plan is city level). */
export const SITE_LEVELS = ['national', 'provincial', 'city', 'county'] as const;

/** Where the site stands, as its source shows it. */
export const SITE_STATUSES = ['recognised', 'named-in-plan', 'under-way', 'completed'] as const;

/** Ids that would collide with the directory's own pages under /sites/. */
export const RESERVED_SITE_IDS = ['page', 'progress', 'type', 'county', 'level', 'status'] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** One demonstration site, recognised carrier or project the plan names; no source, no entry. */
export const siteSchema = z.strictObject({
  /** The site's name as its source writes it. */
  name: title,
  /** What kind of site it is: a file name in content/site-types/ (checked by src/domain/sites/integrity.ts). */
  type: slug,
  /** County id from content/counties/; shaoxing where the source names no county-level division. */
  county: slug,
  /** Level of the body that recognised or named it: national, provincial, city, county (县、市、区). */
  level: oneOf(SITE_LEVELS),
  /** recognised (命名/认定), named-in-plan (方案点名，规划中), under-way (建设中) or completed (已建成). */
  status: oneOf(SITE_STATUSES),
  /** Year of recognition, completion or naming; null where the source gives none. */
  year: year.nullable().default(null),
  /** The batch of recognition as the source writes it (第四批), else null. */
  batch: title.nullable().default(null),
  /** The body that recognised or named it, as the source writes it; null only for plan entries. */
  recognisedBy: title.nullable().default(null),
  /** When work started (YYYY, YYYY-MM or YYYY-MM-DD), for projects. */
  started: partialDate.nullable().default(null),
  /** When work was completed (YYYY, YYYY-MM or YYYY-MM-DD), for projects. */
  completed: pastDate.nullable().default(null),
  /** The source entry (content/sources/) that proves the site exists and what it is. */
  source: slug,
  /** Further sources for details on the page (dates, location, figures). */
  alsoSources: idList('source ids').default([]),
  /** The plan clause that names the site, where the plan names it. */
  clause: slug.nullable().default(null),
  /** Address or location as the source gives it. */
  address: title.nullable().default(null),
  /** A few plain sentences on what the site is, drawn from its sources. */
  description: text.nullable().default(null),
  /** A caution readers should see (conflicting figures, unknown county, level not stated). */
  note: text.nullable().default(null),
});

export type Site = z.infer<typeof siteSchema>;
/** A site type id: the name of a file in content/site-types/. */
export type SiteType = string;
export type SiteLevel = (typeof SITE_LEVELS)[number];
export type SiteStatus = (typeof SITE_STATUSES)[number];
