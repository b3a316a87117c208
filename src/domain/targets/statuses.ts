import type { SiteContent } from '../../schemas/index';
import { getTargetStatus, type ObservationLike, type StatusResult } from './status-rules';
import { siteCountObservations } from './site-counts';

/** The data's "as of" date: the latest review in content/updates (never the build clock). */
export function asOfDate(content: Pick<SiteContent, 'updates'>): string {
  const dates = content.updates.map((update) => update.date).sort();
  if (dates.length === 0) throw new Error('content/updates/ has no entry: add one with the date the data was reviewed');
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
