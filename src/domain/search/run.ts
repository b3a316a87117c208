import { expandQuery } from './synonyms';
import { specificWords, stripQuestion, type WordSplitter } from './query';
import { alikeWords, queryVariants } from './everyday';

/** What the strategy needs from Pagefind: a search that returns the pages containing every word it knows. */
export interface SearchEngine<R> {
  search(query: string): Promise<{ results: R[] }>;
  /** A result's page and score (Pagefind's id and score), to put the results of several queries together. */
  identify(result: R): { id: string; score: number };
}

/** The outcome of one visitor's query, with the words that were searched for in the end. */
export interface SearchOutcome<R> {
  /** The words of the query without question words ("洗澡怎么省水" → 洗澡, 省水). */
  words: string[];
  /** The words whose results are shown: `words`, or fewer when all of them together found nothing. */
  used: string[];
  /** True when `used` is not every word of the query. */
  fallback: boolean;
  /** The words searched for, each with the words searched in its place (synonyms, everyday words): for marking them in excerpts. */
  terms: string[][];
  results: R[];
  /** Where the results with only some of the words begin (`used`: those words), when all of them found only a few pages. */
  more?: { used: string[]; from: number };
}

export interface SearchOptions {
  /** Words the site's text never uses, mapped to the plan's term (src/domain/search/synonyms.ts). */
  synonyms: Record<string, string>;
  /** The word splitter (Intl.Segmenter in browsers), or null where there is none. */
  split: WordSplitter | null;
  /** At most this many words are combined in the search with fewer words. */
  maxWords?: number;
  /** Below this many pages, pages with fewer of the words are added after them. */
  enough?: number;
}

/** Every subset of `items` of the given size, in order. */
function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

/**
 * Searches for what the visitor typed, the way the search page does. Question words are dropped;
 * the remaining words are searched together (Pagefind finds only pages that contain every word it
 * knows, and leaves out words found on no page, which the outcome then reports as not used), also
 * with everyday words replaced by the site's words (洗澡 → 淋浴), the typed words' results first.
 *
 * When that finds fewer than `enough` pages, the search goes on with fewer words: each smaller word
 * of the query is searched alone; words found nowhere are dropped, and a word contained in another
 * word that is found is left out (it adds nothing). The largest set of the remaining words that
 * finds pages together is taken; among sets of the same size, the most specific one: the longest
 * words, then the fewest pages. Its pages are shown instead of nothing, or after the few found.
 */
export async function runSearch<R>(input: string, engine: SearchEngine<R>, options: SearchOptions): Promise<SearchOutcome<R>> {
  const { synonyms, split, maxWords = 5, enough = 3 } = options;
  const expand = (words: string[]) => expandQuery(words.join(' '), synonyms);
  const cache = new Map<string, Promise<R[]>>();
  const searchOnce = (query: string) => {
    if (!cache.has(query)) cache.set(query, engine.search(query).then((found) => found.results));
    return cache.get(query)!;
  };
  const idOf = (result: R) => engine.identify(result).id;
  /** The pages containing all the words, or their everyday equivalents: the typed words' pages first, then the others by score. */
  const find = async (words: string[]): Promise<R[]> => {
    const [typed, ...others] = await Promise.all(
      queryVariants(words).map(async ({ words: variant, replacement }) => {
        // Pagefind would leave out a replacement the site never uses, and find pages without it: skip such a query.
        if (replacement && (await searchOnce(replacement)).length === 0) return [];
        return searchOnce(expand(variant));
      }),
    );
    const seen = new Set(typed.map(idOf));
    const extra = new Map<string, R>();
    for (const result of others.flat()) {
      const { id, score } = engine.identify(result);
      const known = extra.get(id);
      if (!seen.has(id) && (!known || engine.identify(known).score < score)) extra.set(id, result);
    }
    return [...typed, ...[...extra.values()].sort((a, b) => engine.identify(b).score - engine.identify(a).score)];
  };
  const termsOf = (words: string[]) => expand(words).split(' ').map((w, i) => [...new Set([w, ...alikeWords(words[i] ?? w)])]);

  /** The largest, most specific set of the query's smaller words that finds pages together (not the whole query). */
  const fewerWords = async (words: string[], already: Set<string>): Promise<{ used: string[]; results: R[] } | null> => {
    // The whole query is what found too little; its parts are the candidates.
    const candidates = specificWords(words, split).filter((word) => word !== words.join(' '));
    const counted = await Promise.all(candidates.map(async (word) => ({ word, results: await find([word]) })));
    const found = counted.filter((c) => c.results.length > 0);
    const specific = found
      .filter((c) => !found.some((other) => other !== c && other.word.includes(c.word)))
      .sort((a, b) => b.word.length - a.word.length || a.results.length - b.results.length)
      .slice(0, maxWords);
    const length = (used: string[]) => used.reduce((sum, w) => sum + w.length, 0);
    for (let size = specific.length; size >= 1; size -= 1) {
      let best: { used: string[]; results: R[] } | null = null;
      for (const set of subsets(specific, size)) {
        const used = set.map((c) => c.word);
        if (used.join(' ') === words.join(' ')) continue;
        // Only pages not already shown count: the set must add something.
        const results = (size === 1 ? set[0].results : await find(used)).filter((r) => !already.has(idOf(r)));
        if (results.length === 0) continue;
        if (!best || length(used) > length(best.used) || (length(used) === length(best.used) && results.length < best.results.length)) best = { used, results };
      }
      if (best) return best;
    }
    return null;
  };

  const words = stripQuestion(input, split);
  if (words.length === 0) return { words, used: words, fallback: false, terms: [], results: [] };
  const first = await find(words);
  // Pagefind leaves out a word it does not know at all (xyzabc): the results then lack that word, and the message must say so.
  const unknown = first.length > 0 && words.length > 1 ? await Promise.all(words.map(async (word) => (await find([word])).length === 0)) : [];
  const used = words.filter((_, i) => !unknown[i]);
  if (first.length >= enough) return { words, used, fallback: used.length < words.length, terms: termsOf(used), results: first };

  const found = new Set(first.map(idOf));
  const fewer = await fewerWords(used.length > 0 ? used : words, found);
  if (first.length === 0) {
    if (!fewer) return { words, used: words, fallback: false, terms: [], results: [] };
    return { words, used: fewer.used, fallback: true, terms: termsOf(fewer.used), results: fewer.results };
  }
  const more = fewer?.results ?? [];
  return {
    words,
    used,
    fallback: used.length < words.length,
    terms: [...termsOf(used), ...(fewer && more.length ? termsOf(fewer.used) : [])],
    results: [...first, ...more],
    more: more.length > 0 ? { used: fewer!.used, from: first.length } : undefined,
  };
}
