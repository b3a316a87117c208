import type { SiteContent } from '../../schemas/index';
import { RESERVED_SITE_IDS } from '../../schemas/sites';
import { isCertainlyAfter } from '../../schemas/checks/dates';
import { mustBe } from '../../content/problems';
import { asOfDate, hasDataReview } from '../targets/statuses';

/**
 * Checks the sites against the other collections: county, sources and clause resolve; plan
 * entries point at the clause that names them; dates run forwards; ids leave room for the
 * directory's own pages; and every target a site type counts towards exists.
 */
export function checkSites(content: SiteContent): string[] {
  const problems: string[] = [];
  const counties = new Set(content.counties.map((entry) => entry.id));
  const sources = new Set(content.sources.map((entry) => entry.id));
  const clauses = new Set(content.plan.map((entry) => entry.id));
  const targets = new Set(content.targets.map((entry) => entry.id));
  const asOfYear = hasDataReview(content) ? Number(asOfDate(content).slice(0, 4)) : null;

  const types = new Set(content['site-types'].map((entry) => entry.id));

  for (const type of content['site-types']) {
    type.counts.forEach((count, i) => {
      if (!targets.has(count.target)) problems.push(`${type.label}: counts[${i}].target names unknown target "${count.target}" (expected one of the ids in content/targets/)`);
    });
  }
  for (const site of content.sites) {
    const at = site.label;
    if ((RESERVED_SITE_IDS as readonly string[]).includes(site.id)) problems.push(`${at}: file name "${site.id}" is reserved for the directory's own pages; choose another id`);
    if (!types.has(site.type)) problems.push(`${at}: type names unknown site type "${site.type}" (expected one of the ids in content/site-types/)`);
    if (!counties.has(site.county)) problems.push(`${at}: county names unknown county "${site.county}" (expected one of the ids in content/counties/)`);
    if (!sources.has(site.source)) problems.push(`${at}: source names unknown source "${site.source}" (expected one of the ids in content/sources/)`);
    site.alsoSources.forEach((id, i) => {
      if (!sources.has(id)) problems.push(`${at}: alsoSources[${i}] names unknown source "${id}" (expected one of the ids in content/sources/)`);
    });
    if (site.clause !== null && !clauses.has(site.clause)) problems.push(`${at}: clause names unknown clause "${site.clause}" (expected one of the ids in content/plan/)`);
    if (site.status === 'named-in-plan' && site.clause === null) problems.push(`${at}: clause is missing; a site with status named-in-plan must name the plan clause that names it`);
    if (site.started && site.completed && isCertainlyAfter(site.started, site.completed)) problems.push(`${at}: completed must not come before started ${site.started} (got ${site.completed})`);
    if (asOfYear !== null && site.year !== null && site.year > asOfYear) problems.push(mustBe(at, 'year', `not be after the data's as-of year ${asOfYear} (the latest entry in content/updates/ that reviewed the data)`, site.year));
  }
  return problems;
}
