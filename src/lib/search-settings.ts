/**
 * Pagefind ranking used by the search page and by the query-set test. termSimilarity above 1
 * prefers pages that contain the whole term the visitor typed over pages that only contain its
 * parts, which matters for Chinese compounds such as 建设局 (otherwise matched as 建设 + 局).
 */
export const SEARCH_RANKING = { termSimilarity: 3.0 };
