/**
 * The text of a page as Pagefind gives it, cut into its words: the words themselves, a run of them
 * as excerpt text with the query's words marked, and where the text after a heading starts. Pure.
 */

/** The part of Pagefind's result data used here (https://pagefind.app/docs/sub-results/). */
export interface PagefindPage {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** The same text with a zero-width space between words (Chinese) and < > escaped, where Pagefind gives it. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  /** Every element with an id and the word position where it starts. */
  anchors: Array<{ element: string; id: string; text?: string; location: number }>;
  /** Where the query's words are, as word positions, with their weight in the ranking. */
  weighted_locations: Array<{ weight: number; balanced_score: number; location: number }>;
}

/** A run of excerpt text, marked when it is one of the query's words. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ZWSP = '\u200B';
const ELLIPSIS = '…';

/**
 * The page's words, and how to join them back into text. Pagefind gives the text twice: `content`
 * as it reads, and `raw_content` with a zero-width space between words (Chinese text) and < >
 * written as &lt; &gt;. The words are cut where raw_content has its spaces, with their characters
 * taken from content, so the text is exactly the page's.
 */
export function pageWords(page: Pick<PagefindPage, 'content' | 'raw_content'>): { words: string[]; joiner: string } {
  const raw = page.raw_content ?? page.content;
  if (!raw.includes(ZWSP)) return { words: page.content.split(/\s+/), joiner: ' ' };
  const plain = page.content.replaceAll(ZWSP, '');
  const words: string[] = [];
  let word = '';
  let j = 0;
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === ZWSP) {
      words.push(word);
      word = '';
      i += 1;
      continue;
    }
    const escaped = raw.startsWith('&lt;', i) && plain[j] === '<' ? 4 : raw.startsWith('&gt;', i) && plain[j] === '>' ? 4 : 1;
    word += plain[j] ?? '';
    j += 1;
    i += escaped;
  }
  words.push(word);
  return { words, joiner: '' };
}

/** The words [start, end) as text segments, the query's words marked, with ellipses where text was cut. */
export function segments(words: string[], joiner: string, start: number, end: number, marked: Set<number>, cutBefore: boolean, cutAfter: boolean): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  if (cutBefore) push(ELLIPSIS, false);
  for (let i = start; i < end; i += 1) {
    if (i > start && joiner) push(joiner, false);
    const word = words[i];
    // A marked word keeps its spaces outside the mark.
    const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/su.exec(word) ?? ['', '', word, ''];
    if (lead) push(lead, false);
    if (core) push(core, marked.has(i));
    if (trail) push(trail, false);
  }
  if (cutAfter) push(ELLIPSIS, false);
  const trimmed = out.filter((s) => s.text !== '');
  if (trimmed[0] && !trimmed[0].mark) trimmed[0].text = trimmed[0].text.trimStart();
  const last = trimmed[trimmed.length - 1];
  if (last && !last.mark) last.text = last.text.trimEnd();
  return trimmed;
}

/** Where the text after a heading starts: past the words from `from` on that repeat the heading (Pagefind's text starts with the h1). */
export function afterHeading(words: string[], heading: string, from: number, end: number): number {
  const compact = (s: string) => s.replace(/[\s.\u200B]/g, '');
  const target = compact(heading);
  let seen = '';
  let i = from;
  while (i < end && seen.length < target.length && target.startsWith(compact(seen + words[i]))) seen = compact(seen + words[i++]);
  if (!target || seen !== target) return from;
  while (i < end && compact(words[i]) === '') i += 1;
  return i;
}
