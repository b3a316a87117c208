import type { SiteContent } from '../schemas/index';
import { indexContent, type ContentIndex } from './plan/relations';
import { allEvidence, asOfDate, computeStatuses } from './targets/statuses';
import type { ObservationLike, StatusResult } from './targets/status-rules';

/**
 * Everything the pages are made from: the validated content, its relations, every target's
 * status and the data's "as of" date, computed once per build. Every area's views.ts takes it
 * as its first argument, so view models are unit-tested on the real content without a build
 * (tests/helpers/site.ts).
 */
export interface SiteModel {
  content: SiteContent;
  index: ContentIndex;
  /** Every target's computed status, by target id. */
  statuses: Map<string, StatusResult>;
  /** The latest review date in content/updates (YYYY-MM-DD), never the build clock. */
  asOf: string;
  /** Published figures plus the counts derived from the sites directory, as the status rules see them. */
  evidence: ObservationLike[];
}

/** Computes the site model from validated content. */
export function buildSiteModel(content: SiteContent): SiteModel {
  const evidence = allEvidence(content);
  return { content, index: indexContent(content), statuses: computeStatuses(content, evidence), asOf: asOfDate(content), evidence };
}
