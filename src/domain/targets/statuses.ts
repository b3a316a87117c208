import type { SiteContent } from '../../schemas/index';
import { getTargetStatus, type ObservationLike, type StatusResult } from './status-rules';
import { siteCountObservations } from './site-counts';

/** Does content/updates/ hold an entry that reviewed the data (so there is an "as of" date)? */
export const hasDataReview = (content: Pick<SiteContent, 'updates'>): boolean => content.updates.some((update) => update.dataReviewed);

/**
 * The data's "as of" date: the latest entry in content/updates that reviewed the data (never the
 * build clock); an entry that records only changes to the site does not move it.
 */
export function asOfDate(content: Pick<SiteContent, 'updates'>): string {
  const dates = content.updates.filter((update) => update.dataReviewed).map((update) => update.date).sort();
  if (dates.length === 0) throw new Error('content/updates/ has no entry that reviewed the data: add one with the date the data was reviewed');
  return dates.at(-1)!;
}

/** Published figures plus the counts derived from the sites directory: everything the status rules read. */
export const allEvidence = (content: SiteContent): ObservationLike[] => [...content.observations, ...siteCountObservations(content)];

/** Every target's status, decided once per build from the content and its evidence alone. */
export function computeStatuses(content: SiteContent, observations: readonly ObservationLike[] = allEvidence(content)): Map<string, StatusResult> {
  const asOfYear = Number(asOfDate(content).slice(0, 4));
  const indicators = new Map(content.indicators.map((indicator) => [indicator.id, indicator]));
  const counties = new Map(content.counties.map((county) => [county.id, county.name]));
  const statuses = new Map<string, StatusResult>();
  for (const target of content.targets) {
    const indicator = indicators.get(target.indicator)!;
    statuses.set(target.id, getTargetStatus(target, indicator, observations, asOfYear, (id) => counties.get(id) ?? id));
  }
  return statuses;
}
