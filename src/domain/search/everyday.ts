/**
 * Everyday words and the written words the site uses for the same thing in a home: residents type
 * 洗澡 and 马桶, the tips and the label guide say 淋浴 and 坐便器. Pagefind finds only the word it
 * is given, so a query with one of these words is also searched with each other word of its group,
 * and the results are put together (src/domain/search/run.ts). Language, not plan facts: each
 * group names one thing, and none holds a place, a unit or a number.
 */
export const EVERYDAY_WORDS: readonly (readonly string[])[] = [
  ['洗澡', '淋浴'],
  ['马桶', '坐便器'],
  ['水龙头', '水嘴'],
  ['花洒', '淋浴器'],
  ['洗衣机', '洗衣'],
  ['水费', '水价'],
  ['漏水', '漏损'],
  ['家里', '家庭', '家中'],
  ['老师', '教师'],
  ['完成', '达成', '实现'],
];

/** The group a word belongs to, itself first; a word in no group is a group of its own. */
export function alikeWords(word: string, groups: readonly (readonly string[])[] = EVERYDAY_WORDS): string[] {
  const group = groups.find((g) => g.includes(word));
  return group ? [word, ...group.filter((w) => w !== word)] : [word];
}

/** One query to run: its words, and the everyday word put in place of a typed one (none for the typed words). */
export interface QueryVariant {
  words: string[];
  replacement: string | null;
}

/**
 * The queries to run for a list of words: the words as typed first, then, for each everyday word
 * they contain (马桶漏水 contains 马桶), the same words with it replaced by each other word of its
 * group; at most `max` queries in all. A word inside a longer listed word (淋浴 in 淋浴器) is left alone.
 */
export function queryVariants(words: string[], max = 4, groups: readonly (readonly string[])[] = EVERYDAY_WORDS): QueryVariant[] {
  const members = groups.flat().sort((a, b) => b.length - a.length);
  const variants: QueryVariant[] = [{ words, replacement: null }];
  words.forEach((word, i) => {
    const taken: Array<[number, number]> = [];
    for (const member of members) {
      const at = word.indexOf(member);
      if (at < 0 || taken.some(([from, to]) => at < to && at + member.length > from)) continue;
      taken.push([at, at + member.length]);
      for (const other of alikeWords(member, groups).slice(1)) {
        variants.push({ words: words.map((w, j) => (j === i ? w.slice(0, at) + other + w.slice(at + member.length) : w)), replacement: other });
      }
    }
  });
  return variants.slice(0, max);
}
