import type { SiteContent } from '../../schemas/index';
import type { SiteLevel } from '../../schemas/sites';

/** How a site of one type counts towards one of the plan's targets (content/site-types/<id>.yaml, `counts`). */
export interface TargetCount {
  /** The target id in content/targets/. */
  target: string;
  /** Count only sites recognised at these levels (e.g. 省级 for "省级不少于3个"); null: every level. */
  levels: readonly SiteLevel[] | null;
  /** `site`: each site counts once; `county`: each county-level division counts once (the city as a whole never). */
  countBy: 'site' | 'county';
}

/** A kind of site: its name on the site, one sentence on what it is, and the targets it counts towards. */
export interface SiteTypeInfo {
  id: string;
  /** Name shown in lists and filters. */
  label: string;
  /** What the plan means by it, in one sentence. */
  about: string;
  /** Targets that count sites of this type; empty for kinds the plan names but does not count. */
  counts: readonly TargetCount[];
}

/** The site types of the content, in the order the plan introduces them, with lookups. */
export interface SiteTypes {
  /** Every type in display order (the `order` field, then the id). */
  list: readonly SiteTypeInfo[];
  /** Type ids in display order. */
  ids: readonly string[];
  /** The type with this id, or undefined for an unknown id. */
  get(id: string): SiteTypeInfo | undefined;
  /** The type's name; the id itself for an unknown id (integrity refuses those before a build). */
  label(id: string): string;
}

type SiteTypeRows = SiteContent['site-types'];
const cache = new WeakMap<SiteTypeRows, SiteTypes>();

/**
 * The site types from content/site-types/, computed once per loaded content: every site page and
 * directory page asks for them, and sorting them once keeps the build linear in the number of sites.
 */
export function siteTypes(content: Pick<SiteContent, 'site-types'>): SiteTypes {
  const rows = content['site-types'];
  let types = cache.get(rows);
  if (!types) {
    const list = [...rows]
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
      .map(({ id, name, about, counts }): SiteTypeInfo => ({ id, label: name, about, counts }));
    const byId = new Map(list.map((type) => [type.id, type]));
    types = { list, ids: list.map((type) => type.id), get: (id) => byId.get(id), label: (id) => byId.get(id)?.label ?? id };
    cache.set(rows, types);
  }
  return types;
}
