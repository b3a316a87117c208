import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { importantTerms } from '../helpers/search-terms';
import { SEARCH_RANKING } from '../../src/domain/search/settings';
import { synonymMap } from '../../src/domain/search/synonyms';
import { chineseSplitter } from '../../src/domain/search/query';
import { runSearch } from '../../src/domain/search/run';
import { mainSections } from '../../src/domain/search/views';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';
import { BUDGET_QUERIES, FIRST_SEARCH_BUDGET, indexChunks, measureFirstSearch } from '../../scripts/measure-search.mjs';

const base = inject('baseUrl');
/** Each query with the page, or pages, that must all be among the first three results. */
const queries = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-queries.yaml'), 'utf8')) as Array<{ q: string; expect: string | string[] }>;
const { content } = readContent(CONTENT_DIR);
const synonyms = synonymMap(content);
let browser: Browser;
let page: Page;

/** Pagefind's search in the page: each result's id and score (the results stay in the page, for top3). */
async function pagefindSearch(query: string): Promise<{ results: Array<{ id: string; score: number }> }> {
  // Written as a string: the test runner would otherwise rewrite import() inside the function.
  const results = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)}, noWorker: true });
    const search = await pagefind.search(${JSON.stringify(query)});
    window.found ??= new Map();
    for (const result of search.results) window.found.set(result.id, result);
    return search.results.map((result) => ({ id: result.id, score: result.score }));
  })()`)) as Array<{ id: string; score: number }>;
  return { results };
}

/** The first three results for what a visitor typed, found exactly as the search page finds them (src/domain/search/run.ts). */
async function top3(typed: string): Promise<string[]> {
  const outcome = await runSearch(typed, { search: pagefindSearch, identify: (r) => r }, { synonyms, split: chineseSplitter() });
  const ids = outcome.results.slice(0, 3).map((r) => r.id);
  return page.evaluate(`Promise.all(${JSON.stringify(ids)}.map(async (id) => (await window.found.get(id).data()).url))`) as Promise<string[]>;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${base}/404.html`);
});
afterAll(async () => browser?.close());

describe('the query set: every query finds its page in the top three', () => {
  it('has at least 120 queries (80 keywords, then everyday questions)', () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
  });
  it.each(queries.map((q) => [q.q, q.expect]))('%s → %s', async (query, expected) => {
    const top = await top3(query);
    for (const url of [expected].flat()) expect(top).toContain(url);
  });
});

describe('important terms taken from the content find their own page', () => {
  it.each(importantTerms(content).map((t) => [t.term, t.url]))('%s → %s', async (term, url) => {
    expect(await top3(term)).toContain(url);
  });
});

/** Opens the search page for a query at phone size and waits until it has answered. */
async function searchFor(query: string, options: { width?: number; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: options.javaScriptEnabled ?? true });
  const tab = await context.newPage();
  await tab.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await tab.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.includes('正在');
  });
  return { context, tab, status: () => tab.locator('.search-status').textContent() };
}

describe('the search page', () => {
  it('searches by keyboard from the header and opens a result', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${base}/`);
    await tab.focus('#site-search-q');
    await tab.keyboard.type('漏损率');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/search\/\?q=/);
    await tab.locator('.search-result a').first().waitFor();
    expect(await tab.locator('.search-status').textContent()).toMatch(/找到 \d+ 条与“漏损率”相关的结果/);
    // Tab from the search box reaches the first result link, past the 搜索 button and the 筛选 disclosure.
    await tab.focus('#search-q');
    const reached: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await tab.keyboard.press('Tab');
      reached.push(await tab.evaluate(() => document.activeElement?.closest('.search-result') ? 'result' : document.activeElement?.textContent?.trim() ?? ''));
      if (reached.at(-1) === 'result') break;
    }
    expect(reached).toEqual(['搜索', '筛选', 'result']);
    const href = await tab.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await tab.keyboard.press('Enter');
    await tab.waitForURL((url) => url.pathname === href);
    expect(await tab.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('has one labelled search box, and on a phone the first result inside the first screen, the filters folded into 筛选', async () => {
    const { context, tab } = await searchFor('漏损率');
    expect(await tab.getByLabel('搜索本站').count()).toBe(1);
    expect(await tab.locator('input[type="search"]').count()).toBe(1);
    const filters = tab.locator('details.search-filters');
    expect(await filters.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await tab.locator('details.search-filters > summary').textContent()).toBe('筛选');
    const top = await tab.locator('.search-result').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    // Opening 筛选 shows the filters; choosing 类型 = 指标 leaves only indicator pages.
    await tab.locator('details.search-filters > summary').click();
    await tab.locator('.search-filter-groups input[name="类型"][value="指标"]').check();
    await tab.waitForFunction(() => {
      const tags = [...document.querySelectorAll('.search-result-tags')];
      return document.querySelector('site-search')?.getAttribute('data-state') === 'results' && tags.length > 0 && tags.every((el) => el.textContent?.startsWith('指标'));
    });
    expect(await tab.locator('details.search-filters > summary').textContent()).toBe('筛选（已选 1 项）');
    expect(await tab.locator('.search-result').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('answers a question: question words dropped, the shower tip found', async () => {
    const { context, tab, status } = await searchFor('洗澡怎么省水？');
    expect(await status()).toMatch(/条与“洗澡”“省水”相关的结果/);
    const first = tab.locator('.search-result').first();
    expect(await first.locator('.search-result-title a').getAttribute('href')).toBe('/tips/');
    // The shower tip (控制淋浴的时间和水量) says 淋浴, the written word for 洗澡: its section is shown, the word marked.
    const tip = first.locator('.search-result-sections a[href="/tips/#tip-shorter-showers-title"]');
    expect(await tip.count()).toBe(1);
    expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['洗澡', '淋浴']));
    await context.close();
  });

  it('when all the words together find nothing, searches with fewer words and says so', async () => {
    const { context, tab, status } = await searchFor('xyzabc 漏损率');
    expect(await status()).toMatch(/^未找到同时包含“xyzabc”“漏损率”的结果，以下是包含“漏损率”的结果（\d+ 条）$/);
    expect(await tab.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await tab.locator('.search-sections').isVisible()).toBe(false);
    await context.close();
  });

  it('when nothing is found, offers the main sections', async () => {
    const { context, tab, status } = await searchFor('xyzabc');
    expect(await status()).toContain('没有找到与“xyzabc”相关的内容');
    expect(await tab.locator('.search-result').count()).toBe(0);
    const links = await tab.locator('.search-sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(mainSections().map((s) => s.href));
    await context.close();
  });

  it('takes excerpts from the visible text only, never from the hidden search terms', async () => {
    // 中水回用 is one of the hidden search terms of the reclaimed-water pages (content/indicators/…).
    const { context, tab } = await searchFor('再生水利用量');
    const results = await tab.locator('.search-result').evaluateAll((items) => items.map((li) => ({
      href: li.querySelector('.search-result-title a')!.getAttribute('href')!,
      excerpts: [...li.querySelectorAll('.search-result-excerpt, .search-result-sections p')].map((p) => p.textContent ?? ''),
      marked: li.querySelectorAll('mark').length,
    })));
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.marked > 0)).toBe(true);
    for (const result of results) {
      const target = await context.newPage();
      await target.goto(base + result.href);
      const { visible, hidden } = await target.evaluate(() => {
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        const hiddenText = [...main.querySelectorAll('[hidden]')].map((el) => el.textContent ?? '').join(' ');
        // What Pagefind indexes of the page's visible text: not what is hidden, not what it is told to ignore.
        main.querySelectorAll('[hidden], [data-pagefind-ignore]').forEach((el) => el.remove());
        return { visible: main.textContent ?? '', hidden: hiddenText };
      });
      const squash = (s: string) => s.replace(/[\s.…]/g, '');
      for (const excerpt of result.excerpts) {
        for (const piece of excerpt.split('…').map(squash).filter(Boolean)) expect(squash(visible), `${result.href}: ${piece}`).toContain(piece);
      }
      if (hidden.trim()) expect(result.excerpts.join('')).not.toContain(hidden.trim().split(/\s+/).slice(-3).join(' '));
      await target.close();
    }
    await context.close();
  });

  it('draws without moving anything (no layout shift) while the results arrive', async () => {
    for (const path of ['/search/', '/search/?q=再生水']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      });
      const tab = await context.newPage();
      await tab.goto(base + path, { waitUntil: 'networkidle' });
      await tab.waitForTimeout(300);
      expect(await tab.evaluate(() => (window as unknown as { shift: number }).shift), path).toBe(0);
      await context.close();
    }
  });

  it(`a first search from a page without search fetches at most ${FIRST_SEARCH_BUDGET} bytes, for a subject or a question of several words`, async () => {
    for (const query of BUDGET_QUERIES) {
      const run = await measureFirstSearch(browser, base, query);
      const chunks = indexChunks(run);
      const files = `${query}: ${run.bytes} bytes, ${chunks} index chunks: ${run.files.map((f) => `${f.bytes} ${f.url}`).join(', ')}`;
      expect(chunks, files).toBeGreaterThan(0);
      expect(run.bytes, files).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    }
  });

  it('costs other pages no script but the head script, and loads search only on the search page', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const scripts: string[] = [];
    tab.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await tab.goto(`${base}/targets/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await tab.goto(`${base}/search/?q=再生水`, { waitUntil: 'networkidle' });
    expect(scripts.some((url) => url.includes('/pagefind/'))).toBe(true);
    await context.close();
  });

  it('without JavaScript, the search page says so and points to the main sections', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${base}/search/?q=漏损`);
    expect(await tab.locator('.search-noscript').isVisible()).toBe(true);
    expect(await tab.locator('.search-filters').isVisible()).toBe(false);
    expect(await tab.locator('.search-sections a[href="/plan/"]').count()).toBe(1);
    await context.close();
  });
});
