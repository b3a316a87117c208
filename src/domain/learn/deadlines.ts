/**
 * How lessons speak of the plan's deadlines once they have passed. The plan (2020) set targets
 * "到2022年…" and "到2025年…"; read after those years, such wording sounds as if the deadline
 * were still ahead. A lesson states a passed deadline as what the plan required:
 * "方案要求到2022年…" or "按方案，2022年应…", and names the target so its page can link to
 * whether it was met. Pure functions, no DOM; used by integrity.ts and the unit tests.
 */

/**
 * Words that, placed directly before a deadline, make it the plan's requirement rather than a
 * future event: 方案要求 / 一条要求 / 曾要求 (all end in 要求), 原定, 按方案.
 */
export const PAST_MARKERS = ['要求', '原定', '按方案'] as const;

/** A deadline phrase: 到2022年, 2022年前, 2022年底前, 2022年以前. */
const DEADLINE = /到(\d{4})年|(\d{4})年(?:底)?(?:以)?前/gu;
/** A marker, optional comma or space, then the deadline phrase: what PAST_MARKERS allow. */
const MARKED = new RegExp(`(?:${PAST_MARKERS.join('|')})[，,、\\s]*$`, 'u');
/** Sentences end at 。！？； (full or half width). */
const SENTENCE_END = /[。！？；!?;]/u;

/** Has the year ended before the as-of date (YYYY-MM-DD)? */
export const hasPassed = (year: number, asOf: string): boolean => `${year}-12-31` < asOf;

/**
 * Years written as a future deadline ("到2022年", "2022年前") that had passed by the as-of
 * date and are not introduced by one of PAST_MARKERS; each year once, in order of appearance.
 */
export function futureWordedYears(text: string, asOf: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(DEADLINE)) {
    const year = Number(match[1] ?? match[2]);
    if (!hasPassed(year, asOf) || years.includes(year)) continue;
    if (!MARKED.test(text.slice(0, match.index))) years.push(year);
  }
  return years;
}

/**
 * Years of passed deadlines the text states as the plan's requirement: a year after one of
 * PAST_MARKERS in the same sentence ("按方案，全市用水总量2022年应…"); each year once.
 */
export function statedPastDeadlines(text: string, asOf: string): number[] {
  const years: number[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    const at = Math.min(...PAST_MARKERS.map((marker) => sentence.indexOf(marker)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    for (const match of sentence.slice(at).matchAll(/(\d{4})年/gu)) {
      const year = Number(match[1]);
      if (hasPassed(year, asOf) && !years.includes(year)) years.push(year);
    }
  }
  return years;
}
