/**
 * Pagefind ranking used by the search page and by the query-set test. termSimilarity above 1
 * prefers pages that contain the whole term the visitor typed over pages that only contain its
 * parts, which matters for Chinese compounds such as 建设局 (otherwise matched as 建设 + 局).
 * pageLength below the default 0.75 stops long pages that own a subject (a unit's page lists
 * all its work) from losing to short pages that merely mention it. Both were chosen by running
 * the query set in tests/fixtures/search-queries.yaml (see the README's search notes).
 */
export const SEARCH_RANKING = { termSimilarity: 3.0, pageLength: 0.3 };

/**
 * Pages that only show a subset of another page (filtered lists, pages 2…n, print versions) stay
 * out of the search index, so a query finds the page that owns the content rather than its copies.
 */
const REPEATS = [
  /^\/targets\/(deadline|section|status)\//,
  /^\/sites\/(county|level|status)\//,
  /^\/sites\/(.+\/)?page\//,
  /^\/learn\/(stage|subject)\//,
  /^\/learn\/[^/]+\/worksheet\//,
  /^\/tips\/(place|for|print)\//,
  /^\/search\//,
  /^\/404/,
  // An indicator's chart alone, for other sites' iframes; a target's printable request (issue 17).
  /^\/embed\/[^/]+\//,
  /^\/targets\/[^/]+\/request\//,
];

/** Should this page be in the search index? */
export const isIndexed = (pathname: string): boolean => !REPEATS.some((pattern) => pattern.test(pathname));
