import { z } from 'astro/zod';
import { slug, text } from './shared';
import { SITE_LEVELS } from './sites';

/** How sites of one type count towards one of the plan's targets. */
export const targetCountSchema = z.strictObject(
  {
    /** The target id in content/targets/. */
    target: slug,
    /** Count only sites recognised at these levels (省级 for "省级不少于3个"); null or absent: every level. */
    levels: z
      .array(z.enum(SITE_LEVELS, { error: `must be one of ${SITE_LEVELS.join(', ')}` }), { error: `must be a list of levels (${SITE_LEVELS.join(', ')})` })
      .min(1, { error: 'must name at least one level, or be left out to count every level' })
      .nullable()
      .default(null),
    /** site: each site counts once; county: each county-level division counts once (the city as a whole never). */
    countBy: z.enum(['site', 'county'], { error: 'must be site or county' }).default('site'),
  },
  { error: 'must be { target, levels, countBy }' },
);

/**
 * A kind of demonstration site, pilot or recognised place the plan counts or names: its name, one
 * sentence in the plan's words on what it is, and the targets it counts towards. The file name is
 * the id that sites give as their `type` and that /sites/type/<id>/ uses.
 */
export const siteTypeSchema = z.strictObject({
  /** Name shown in lists and filters, in the plan's words ("节水示范酒店"). */
  name: text,
  /** What the plan means by it, in one sentence, naming the task or measure that asks for it. */
  about: text,
  /** Targets that count sites of this type; [] for kinds the plan names but does not count. */
  counts: z.array(targetCountSchema, { error: 'must be a list of { target, levels, countBy }' }).default([]),
  /** Position in lists and filters: the order in which the plan introduces the kinds (1 first). */
  order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }),
});

export type SiteTypeEntry = z.infer<typeof siteTypeSchema>;
export type TargetCountEntry = z.infer<typeof targetCountSchema>;
