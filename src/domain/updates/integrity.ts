import type { SiteContent } from '../../schemas/index';
import type { ExpectKnown } from '../../content/references';

/**
 * Updates and prose pages: an update's file name starts with its date (two on one day are
 * `2026-12-02-2.mdx`), and every id it lists under `changes` names an existing entry.
 */
export function checkUpdates(content: SiteContent, expectKnown: ExpectKnown): string[] {
  const problems: string[] = [];
  const observations = new Set(content.observations.map((o) => o.id));
  const sites = new Set(content.sites.map((s) => s.id));
  for (const update of content.updates) {
    const listed = Object.values(update.changes).reduce((n, ids) => n + ids.length, 0);
    if (!update.dataReviewed && listed > 0) problems.push(`${update.label}: changes must be empty when dataReviewed is false (an entry that did not review the data cannot list data it changed; got ${listed} ids)`);
    if (!update.id.startsWith(update.date)) problems.push(`${update.label}: date must match the file name, which starts with the date (got "${update.date}" in ${update.id}.mdx)`);
    update.changes.targets.forEach((id, i) => expectKnown(update, `changes.targets[${i}]`, 'target', id));
    update.changes.indicators.forEach((id, i) => expectKnown(update, `changes.indicators[${i}]`, 'indicator', id));
    update.changes.observations.forEach((id, i) => {
      if (!observations.has(id)) problems.push(`${update.label}: changes.observations[${i}] names unknown observation "${id}" (expected an id from a list in content/observations/)`);
    });
    update.changes.sites.forEach((id, i) => {
      if (!sites.has(id)) problems.push(`${update.label}: changes.sites[${i}] names unknown site "${id}" (expected one of the ids in content/sites/)`);
    });
  }
  return problems;
}
