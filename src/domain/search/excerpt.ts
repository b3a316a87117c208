/**
 * A search result as the search page shows it: title, kind, excerpt with the matched words marked,
 * and the sections of the page where the words occur. Built from the data Pagefind returns
 * for a page (its text split into words, where the query's words are, and the elements with an
 * id), so the excerpt is taken from the page's visible text only: the search terms BaseLayout
 * adds for ranking sit in one block at the end of main, marked by the id SEARCH_EXTRA_ID, and
 * every word from that block on is left out. Pure: plain data in, plain data out.
 */
import { afterHeading, pageWords, segments, type PagefindPage, type Segment } from './page-text';

export type { PagefindPage, Segment } from './page-text';

/** A page section (a heading with an id) where the query's words occur. */
export interface ResultSection {
  url: string;
  title: string;
  excerpt: Segment[];
}

/** One result, ready to draw. */
export interface ResultView {
  url: string;
  title: string;
  /** The page's kind (类型) and the section it sits in (栏目), where the page states them. */
  tags: string[];
  excerpt: Segment[];
  sections: ResultSection[];
}

export interface ExcerptOptions {
  /** The id of the block of search terms at the end of main (not shown in excerpts). */
  extraId: string;
  /** The words searched for, each with the words searched in its place, to tell which query word each found word belongs to. */
  terms?: string[][];
  /** Words per excerpt (Pagefind's default is 30). */
  length?: number;
  /** At most this many places per result: the page's opening and its sections (a heading with an id) where the words are. */
  maxRegions?: number;
}

/** A found word: its position and the query word it belongs to. */
type Hit = { location: number; term: string };

/**
 * The query word a found word belongs to: the group (a searched word and the words searched in its
 * place) with a member sharing most characters with it, named by its first word. Pagefind also
 * finds 水桶 and 用水 for 省水, since it splits Chinese query words into smaller ones.
 */
function termOf(word: string, terms: string[][]): string {
  let best = '';
  let overlap = 0;
  for (const group of terms) {
    for (const member of group) {
      const shared = [...new Set(member)].filter((ch) => word.includes(ch)).length;
      if (shared > overlap) [best, overlap] = [group[0], shared];
    }
  }
  return best || word;
}

/**
 * Where the page has a word searched in place of the typed one (淋浴 for 洗澡) that Pagefind did not
 * mark, because the result came from the search with the typed word: words of two or more characters
 * that contain such a word.
 */
function alikeHits(words: string[], end: number, terms: string[][], marked: Set<number>): Hit[] {
  const others = terms.flatMap((group) => group.slice(1).filter((w) => w.length > 1).map((w) => [w, group[0]] as const));
  const hits: Hit[] = [];
  if (others.length === 0) return hits;
  for (let i = 0; i < end; i += 1) {
    const word = words[i]?.trim() ?? '';
    const found = !marked.has(i) && others.find(([other]) => word.includes(other));
    if (found) hits.push({ location: i, term: found[1] });
  }
  return hits;
}

/**
 * How much of the query the words in [from, to) show: one point for each query word found there,
 * plus a little more the rarer that word is on the page, so a window holding both 洗澡 (once on
 * the page) and 省水 beats one that holds 水 ten times.
 */
function coverage(hits: Hit[], from: number, to: number, rarity: Map<string, number>): number {
  const terms = new Set(hits.filter((h) => h.location >= from && h.location < to).map((h) => h.term));
  return [...terms].reduce((sum, term) => sum + 1 + 1 / (rarity.get(term) ?? 1), 0);
}

/** Where the window of `length` words with the best coverage starts, within [from, to). */
function densestStart(hits: Hit[], from: number, to: number, length: number, rarity: Map<string, number>): number {
  const inside = hits.filter((h) => h.location >= from && h.location < to);
  if (inside.length === 0 || to - from <= length) return from;
  let bestStart = from;
  let best = -1;
  for (const hit of inside) {
    // A window that puts the hit a few words in, so the excerpt shows what comes before it too.
    const start = Math.max(from, Math.min(hit.location - Math.floor(length / 4), to - length));
    const score = coverage(inside, start, start + length, rarity);
    if (score > best) [best, bestStart] = [score, start];
  }
  return bestStart;
}

/** Turns Pagefind's data for one page into what the search page shows. */
export function toResultView(page: PagefindPage, options: ExcerptOptions): ResultView {
  const { extraId, terms = [], length = 30, maxRegions = 3 } = options;
  const { words, joiner } = pageWords(page);
  const end = page.anchors.find((a) => a.id === extraId)?.location ?? words.length;
  const title = page.meta.title ?? page.url;
  const found: Hit[] = page.weighted_locations
    .filter((l) => l.location < end)
    .map((l) => ({ location: l.location, term: termOf((words[l.location] ?? '').trim(), terms) }));
  const hits = [...found, ...alikeHits(words, end, terms, new Set(found.map((h) => h.location)))];
  const rarity = new Map<string, number>();
  for (const hit of hits) rarity.set(hit.term, (rarity.get(hit.term) ?? 0) + 1);
  const marked = new Set(hits.map((h) => h.location));
  const excerptOf = (from: number, to: number) => {
    const start = densestStart(hits, from, to, length, rarity);
    const stop = Math.min(to, start + length);
    return segments(words, joiner, start, stop, marked, start > from, stop < to);
  };

  // The page in regions: the part before its first heading with an id, then each such heading's section.
  const headings = page.anchors
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.text?.trim() && a.location < end)
    .sort((a, b) => a.location - b.location);
  const regions = [
    { from: 0, to: headings[0]?.location ?? end, heading: null as (typeof headings)[number] | null },
    ...headings.map((heading, i) => ({ from: heading.location, to: headings[i + 1]?.location ?? end, heading })),
  ];
  // The regions that show most of the query, in page order.
  const chosen = regions
    .map((region) => ({ ...region, score: coverage(hits, region.from, region.to, rarity) }))
    .filter((region) => region.score > 0 && region.to > region.from)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxRegions)
    .sort((a, b) => a.from - b.from);
  const own = chosen.find((region) => !region.heading);
  // Found only in the title or the search terms: the start of the page's text instead.
  const excerpt = own ? excerptOf(own.from, own.to) : chosen.length === 0 ? excerptOf(afterHeading(words, title, 0, end), end) : [];
  const sections = chosen.flatMap(({ heading, to }) =>
    heading ? [{ url: `${page.url}#${heading.id}`, title: heading.text!.trim(), excerpt: excerptOf(afterHeading(words, heading.text!, heading.location, to), to) }] : [],
  );

  const tags = [page.meta['类型'], page.meta['栏目']].filter((t): t is string => Boolean(t) && t !== title);
  return { url: page.url, title, tags, excerpt, sections };
}
