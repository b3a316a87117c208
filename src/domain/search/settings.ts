/**
 * Pagefind ranking used by the search page and by the query-set test. termSimilarity above 1
 * prefers pages that contain the whole term the visitor typed over pages that only contain its
 * parts, which matters for Chinese compounds such as 建设局 (otherwise matched as 建设 + 局).
 * pageLength below the default 0.75 stops long pages that own a subject (a unit's page lists
 * all its work) from losing to short pages that merely mention it. Both were chosen by running
 * the query set in tests/fixtures/search-queries.yaml with the important terms of the content
 * (tests/helpers/search-terms.ts) over a grid (termSimilarity 1–10, pageLength 0–0.75, termSaturation
 * 0.8–1.8, termFrequency 0.6–1): 5 and 0.3 left the fewest queries without their page in the top three.
 */
export const SEARCH_RANKING = { termSimilarity: 5.0, pageLength: 0.3 };

/** Pagefind's search script, written by `pagefind --site dist` after the build; loaded only by the search page. */
export const PAGEFIND_BUNDLE = '/pagefind/pagefind.js';

/**
 * The id of the hidden block at the end of each page's main that holds what only search uses: the
 * page's kind (a filter), its section and its weighted search terms. Excerpts stop where it starts.
 */
export const SEARCH_EXTRA_ID = 'search-terms';

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
  // An indicator's chart alone, for other sites' iframes, and the list of their iframe codes (for
  // editors of other sites: it repeats every chart's title); a target's printable request (issue 17).
  /^\/embed\//,
  /^\/targets\/[^/]+\/request\//,
];

/** Should this page be in the search index? */
export const isIndexed = (pathname: string): boolean => !REPEATS.some((pattern) => pattern.test(pathname));
