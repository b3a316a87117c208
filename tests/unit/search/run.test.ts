import { describe, expect, it } from 'vitest';
import { runSearch, type SearchEngine } from '../../../src/domain/search/run';
import { chineseSplitter } from '../../../src/domain/search/query';

/**
 * A stand-in for Pagefind over a few pages: a page is found when it contains every known word of
 * the query (Pagefind splits Chinese words and leaves out words found on no page); the score is the
 * number of times the words occur. It records the queries it was given.
 */
function engine(pages: Record<string, string>) {
  const asked: string[] = [];
  const all = Object.values(pages).join(' ');
  const split = chineseSplitter()!;
  const search: SearchEngine<{ id: string; score: number }> = {
    async search(query) {
      asked.push(query);
      // Like Pagefind, each word of the query is split into the words of the index.
      const words = query.split(' ').flatMap((w) => (all.includes(w) ? [w] : split(w))).filter((w) => w.trim() && all.includes(w));
      if (words.length === 0) return { results: [] };
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.includes(w)))
        .map(([id, text]) => ({ id, score: words.reduce((sum, w) => sum + text.split(w).length - 1, 0) }))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
    identify: (r) => r,
  };
  return { search, asked };
}

const options = { synonyms: { 中水: '再生水' }, split: chineseSplitter() };
const ids = (results: Array<{ id: string }>) => results.map((r) => r.id);

describe('runSearch', () => {
  it('searches a question without its question words', async () => {
    const { search, asked } = engine({ tips: '洗澡前接住冷水，省水又方便', calc: '计算器' });
    const outcome = await runSearch('洗澡怎么省水？', search, options);
    expect(asked[0]).toBe('洗澡 省水');
    expect(outcome).toMatchObject({ words: ['洗澡', '省水'], used: ['洗澡', '省水'], fallback: false });
    expect(ids(outcome.results)).toEqual(['tips']);
  });

  it('also searches the site’s word for an everyday word, the typed word’s pages first', async () => {
    const { search, asked } = engine({ a: '洗澡 水', b: '淋浴 水 水', c: '淋浴 水', d: '马桶' });
    const outcome = await runSearch('洗澡 水', search, options);
    expect(asked).toEqual(expect.arrayContaining(['洗澡 水', '淋浴 水']));
    expect(ids(outcome.results)).toEqual(['a', 'b', 'c']);
    expect(outcome.terms[0]).toEqual(['洗澡', '淋浴']);
  });

  it('does not search an everyday word’s equivalent that is on no page (Pagefind would drop it and find too much)', async () => {
    const { search, asked } = engine({ a: '马桶 水', b: '水' });
    const outcome = await runSearch('马桶 水', search, options);
    expect(asked).not.toContain('坐便器 水');
    expect(ids(outcome.results)).toEqual(['a']);
  });

  it('replaces a word the site never uses by the plan’s term', async () => {
    const { search, asked } = engine({ v: '再生水利用量' });
    const outcome = await runSearch('中水是什么', search, options);
    expect(asked[0]).toBe('再生水');
    expect(ids(outcome.results)).toEqual(['v']);
  });

  it('when all words together find nothing, shows the most specific words that do, and says which', async () => {
    const { search } = engine({ leak: '漏损率 漏损率', tips: '洗澡 冷水', other: '洗澡' });
    const outcome = await runSearch('漏损率 洗澡', search, options);
    expect(outcome).toMatchObject({ words: ['漏损率', '洗澡'], used: ['漏损率'], fallback: true });
    expect(ids(outcome.results)).toEqual(['leak']);
  });

  it('reports a word found on no page as not used, though Pagefind simply leaves it out', async () => {
    const { search } = engine({ leak: '漏损率', more: '漏损率', most: '漏损率' });
    const outcome = await runSearch('xyzabc 漏损率', search, options);
    expect(outcome).toMatchObject({ used: ['漏损率'], fallback: true });
    expect(outcome.results).toHaveLength(3);
  });

  it('adds pages with fewer of the words after a few pages with all of them', async () => {
    const { search } = engine({ tip: '买坐便器看水效', label: '坐便器 水效 等级', lesson: '坐便器的水效', calc: '坐便器' });
    const outcome = await runSearch('坐便器买几级水效的好', search, options);
    expect(ids(outcome.results)).toEqual(['tip', 'label', 'lesson']);
    expect(outcome.more).toEqual({ used: ['坐便器', '水效'], from: 1 });
  });

  it('finds nothing for nothing, with no word used', async () => {
    const { search } = engine({ a: '漏损率' });
    const nothing = await runSearch('xyzabc', search, options);
    expect(nothing).toMatchObject({ results: [], fallback: false });
    expect(nothing.more).toBeUndefined();
    expect(await runSearch('？', search, options)).toMatchObject({ words: [], results: [] });
  });
});
