import { z } from 'astro/zod';
import { pastDate, text, title, webUrl } from './shared';

/** A unit the annex names. */
export const departmentSchema = z.strictObject({
  /** Full name of the unit. */
  name: title,
  /** The short name the annex uses. */
  shortName: title,
  /** Other spellings the annex uses for the same unit. */
  aliases: z.array(title, { error: 'must be a list of names' }).max(20, { error: 'must list at most 20 names' }).default([]),
  /** What sort of body it is. */
  kind: z.enum(['city-bureau', 'party-department', 'financial-regulator', 'vertical-agency', 'county-government', 'group'], {
    error: 'must be one of city-bureau, party-department, financial-regulator, vertical-agency, county-government, group',
  }),
});

/** The city as a whole or one of its six county-level divisions. */
export const countySchema = z.strictObject({
  /** Name as used in the plan. */
  name: title,
  /** Administrative kind. */
  kind: z.enum(['city', 'district', 'county-level-city', 'county'], {
    error: 'must be one of city, district, county-level-city, county',
  }),
  /** Display order. */
  order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }),
});

/** A bibliography entry that facts on the site cite. */
export const sourceSchema = z.strictObject({
  /** Who published it. */
  publisher: title,
  /** Its title, without book-title marks. */
  title,
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD), or null when the document carries none. */
  date: pastDate.nullable(),
  /** Link, only to official or mainstream-news sites (see the citation policy). */
  url: webUrl.nullable(),
  /** When the link was last checked (YYYY-MM-DD). */
  accessed: pastDate.nullable(),
  /** What sort of document. */
  kind: z.enum(['plan', 'policy', 'bulletin', 'news', 'standard', 'other'], {
    error: 'must be one of plan, policy, bulletin, news, standard, other',
  }),
  /** Draft or final. */
  status: z.enum(['draft', 'final'], { error: 'must be draft or final' }),
  /** What a reader should know about this source. */
  note: text.nullable().default(null),
});
