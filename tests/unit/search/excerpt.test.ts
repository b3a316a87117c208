import { describe, expect, it } from 'vitest';
import { toResultView, type PagefindPage, type Segment } from '../../../src/domain/search/excerpt';
import { pageWords } from '../../../src/domain/search/page-text';

const ZWSP = '\u200B';
const EXTRA = 'search-terms';

/**
 * A page in the shape Pagefind's data() gives it: the words of each block in order (a block with a
 * heading id starts an anchor), the hidden search-terms block last, and `found` marking the query's
 * words, as Pagefind's word positions.
 */
function page(blocks: Array<{ id?: string; element?: string; words: string[] }>, found: string[], title = blocks[0].words.join('')): PagefindPage {
  const words: string[] = [];
  const anchors: PagefindPage['anchors'] = [];
  for (const block of blocks) {
    if (block.id) anchors.push({ element: block.element ?? 'h2', id: block.id, text: block.element === 'div' ? '' : block.words.join('').replace(/\. $/, ''), location: words.length });
    words.push(...block.words);
  }
  const raw = words.join(ZWSP);
  return {
    url: '/p/',
    content: raw.replaceAll(ZWSP, '').replaceAll('&lt;', '<'),
    raw_content: raw,
    meta: { title, 类型: '指标' },
    anchors,
    weighted_locations: words.flatMap((w, location) => (found.includes(w.trim()) ? [{ weight: 1, balanced_score: 10, location }] : [])),
  };
}
const text = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('result excerpts', () => {
  const reclaimed = page(
    [
      { words: ['再生', '水', '利用量', '. '] },
      { words: ['定义', '一年', '内', '被', '利用', '的', '再生', '水', '水量', '。'] },
      { id: 'chart', words: ['已', '公开', '的', '数字', '. '] },
      { words: ['2024', '年', '柯桥', '再生', '水', '6247', '万', 'm³'] },
      { id: EXTRA, element: 'div', words: ['指标 ', '中水 ', '中水', '回用 ', '再生', '水'] },
    ],
    ['再生', '中水'],
    '再生水利用量',
  );

  it('come from the visible text only: nothing from the search-terms block at the end', () => {
    const view = toResultView(reclaimed, { extraId: EXTRA, terms: [['再生水'], ['中水']] });
    const all = [view.excerpt, ...view.sections.map((s) => s.excerpt)].map(text).join(' | ');
    expect(all).not.toContain('中水');
    expect(all).toContain('[再生]');
  });

  it('show the page’s opening and the sections where the words are, each section linked', () => {
    const view = toResultView(reclaimed, { extraId: EXTRA, terms: [['再生']] });
    expect(view.title).toBe('再生水利用量');
    expect(view.tags).toEqual(['指标']);
    expect(text(view.excerpt)).toBe('[再生]水利用量. 定义一年内被利用的[再生]水水量。');
    expect(view.sections.map((s) => [s.url, s.title])).toEqual([['/p/#chart', '已公开的数字']]);
    expect(text(view.sections[0].excerpt)).toBe('2024年柯桥[再生]水6247万m³');
  });

  it('prefer the place that shows more of the query: both words once beat one word many times', () => {
    const tips = page(
      [
        { words: ['节水', '小贴士', '. '] },
        { id: 'tip-a', words: ['省', '水', '：', '水', '水', '水', '水'] },
        { id: 'tip-b', words: ['洗澡', '前', '接住', '冷', '水'] },
      ],
      ['洗澡', '水'],
    );
    const view = toResultView(tips, { extraId: EXTRA, terms: [['洗澡'], ['省水']], maxRegions: 1 });
    expect(view.sections.map((s) => s.url)).toEqual(['/p/#tip-b']);
  });

  it('mark the site’s word searched in place of the typed one (淋浴 for 洗澡)', () => {
    const tips = page([{ words: ['小贴士', '. '] }, { id: 'shower', words: ['浴室', '. '] }, { words: ['控制', '淋浴', '的', '时间', '和', '水量'] }], ['水量']);
    const view = toResultView(tips, { extraId: EXTRA, terms: [['洗澡', '淋浴'], ['省水']] });
    expect(text(view.sections[0].excerpt)).toBe('控制[淋浴]的时间和[水量]');
  });

  it('cut long text with ellipses around the words found', () => {
    const long = page([{ words: ['题目', '. ', ...Array.from({ length: 60 }, (_, i) => `词${i}`), '漏损', ...Array.from({ length: 60 }, (_, i) => `字${i}`)] }], ['漏损'], '题目');
    const excerpt = text(toResultView(long, { extraId: EXTRA, terms: [['漏损']], length: 10 }).excerpt);
    expect(excerpt).toMatch(/^…词5[0-9]+.*\[漏损\].*…$/);
  });

  it('without any word in the visible text, show the start of the text after the title', () => {
    const view = toResultView(page([{ words: ['再生', '水', '利用量', '. '] }, { words: ['定义', '…'] }, { id: EXTRA, element: 'div', words: ['中水'] }], ['中水'], '再生水利用量'), {
      extraId: EXTRA,
      terms: [['中水']],
    });
    expect(text(view.excerpt)).toBe('定义…');
  });

  it('keep the page’s characters, < and > included, whatever Pagefind escaped', () => {
    const escaped = { content: 'a<b>&lt;c', raw_content: `a${ZWSP}&lt;b&gt;${ZWSP}&lt;c` };
    expect(pageWords(escaped)).toEqual({ words: ['a', '<b>', '&lt;c'], joiner: '' });
    expect(pageWords({ content: 'plain text here' })).toEqual({ words: ['plain', 'text', 'here'], joiner: ' ' });
  });
});
