/**
 * From what a visitor types to what Pagefind searches. Pagefind finds only pages that contain
 * every word of a query, so a question ("洗澡怎么省水") finds nothing when its question words are on
 * no page. Here the question words and particles are dropped, and the words that remain are the
 * query; src/domain/search/run.ts searches again with fewer, more specific words when all of them
 * together find nothing. Pure: the word splitter is passed in (the browser's Intl.Segmenter).
 */

/**
 * Question words, particles and fillers that carry no subject. Matched only as whole words of the
 * query (so 了 in 了解 and 的 in 目的 stay), longest first.
 */
export const QUESTION_WORDS = [
  '请问', '为什么', '为何', '怎么办', '怎么样', '怎么', '怎样', '如何', '什么', '哪些', '哪里', '哪儿', '哪个', '哪家',
  '多少', '几个', '是否', '是不是', '有没有', '能不能', '可不可以', '可以', '应该', '需要', '一下', '我们', '我家', '自己',
  '这个', '那个', '这些', '那些', '这里', '那里', '意思', '时候', '没有', '由', '好',
  '吗', '呢', '吧', '啊', '呀', '嘛', '的', '了', '是', '有', '在', '要', '想', '我', '你', '谁', '啥', '咋', '哪', '几', '和', '与', '及', '把', '被', '都', '也', '还', '就', '该',
] as const;

const STOP = new Set<string>(QUESTION_WORDS);
const LONGEST_FIRST = [...QUESTION_WORDS].sort((a, b) => b.length - a.length);
/** Sentence punctuation, full-width or not: it separates words and is never searched. */
const PUNCTUATION = /[\s,，.。、;；:：!！?？"“”'‘’()（）[\]【】《》〈〉<>「」『』…—～~·|/\\]+/gu;

/** Splits text into words, as Intl.Segmenter does; returns the pieces in order, joined they give the text back. */
export type WordSplitter = (text: string) => string[];

/**
 * Splits text with the browser's (or Node's) word segmenter for Chinese, where there is one; otherwise
 * returns null, and stripQuestion falls back to removing only longer question words.
 */
export function chineseSplitter(): WordSplitter | null {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return null;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Full-width letters and digits become ordinary ones (ＡＢＣ１２ → ABC12), and spaces are collapsed. */
export const normaliseQuery = (input: string): string => input.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Removes question words from one run of text (no spaces in it). With a splitter, a question word
 * is removed when it starts and ends on word boundaries; without one, only question words of two
 * or more characters are removed, and single particles only at the end (吗, 呢, 了 …).
 */
function stripRun(run: string, split: WordSplitter | null): string[] {
  const boundaries = new Set<number>([0, run.length]);
  if (split) {
    let at = 0;
    for (const piece of split(run)) boundaries.add((at += piece.length));
  }
  const kept: string[] = [];
  let current = '';
  let i = 0;
  while (i < run.length) {
    const word = LONGEST_FIRST.find((w) => {
      if (!run.startsWith(w, i)) return false;
      if (split) return boundaries.has(i) && boundaries.has(i + w.length);
      return w.length > 1 || i + w.length === run.length;
    });
    if (word) {
      if (current) kept.push(current);
      current = '';
      i += word.length;
    } else {
      current += run[i];
      i += 1;
    }
  }
  if (current) kept.push(current);
  return kept;
}

/**
 * The words of a query without its question words and punctuation: "洗澡怎么省水？" → ["洗澡", "省水"].
 * A query made only of question words is returned as typed, so it is still searched for.
 */
export function stripQuestion(input: string, split: WordSplitter | null = chineseSplitter()): string[] {
  const text = normaliseQuery(input);
  const runs = text.replace(PUNCTUATION, ' ').split(' ').filter(Boolean);
  const words = runs.flatMap((run) => (STOP.has(run) ? [] : stripRun(run, split)));
  return words.length > 0 ? words : runs;
}

/**
 * The smaller words inside the query's words, for the search with fewer words: each word as the
 * splitter divides it, with a single Chinese character joined to the piece after it (坐 + 便器 →
 * 坐便器, 水 + 效 → 水效), since alone it would match almost every page; the whole word too when it
 * has several pieces. Question words are left out.
 */
export function specificWords(words: string[], split: WordSplitter | null = chineseSplitter()): string[] {
  const found: string[] = [];
  const add = (word: string) => {
    if (word && !STOP.has(word) && !found.includes(word)) found.push(word);
  };
  const single = (piece: string) => piece.length === 1 && /\p{Script=Han}/u.test(piece);
  for (const word of words) {
    const pieces = (split ? split(word) : [word]).map((p) => p.trim()).filter((p) => p && !STOP.has(p));
    if (pieces.length > 1) add(word);
    let pending = '';
    for (const piece of pieces) {
      if (single(piece) && pending.length < 2) {
        pending += piece;
        continue;
      }
      add(pending + piece);
      pending = '';
    }
    if (pending.length > 1) add(pending);
  }
  return found;
}
