import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { importantTerms } from '../helpers/search-terms';
import { SEARCH_RANKING } from '../../src/domain/search/settings';
import { expandQuery, synonymMap } from '../../src/domain/search/synonyms';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const base = inject('baseUrl');
const queries = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-queries.yaml'), 'utf8')) as Array<{ q: string; expect: string }>;
const { content } = readContent(CONTENT_DIR);
const synonyms = synonymMap(content);
let browser: Browser;
let page: Page;

/** Runs a query against the built index exactly as the search page does; returns the top URLs. */
async function top3(query: string): Promise<string[]> {
  // Written as a string: the test runner would otherwise rewrite import() inside the function.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const search = await pagefind.search(${JSON.stringify(expandQuery(query, synonyms))});
    const data = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
    return data.map((d) => d.url);
  })()`);
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${base}/search/`);
});
afterAll(async () => browser?.close());

describe('the query set: every query finds its page in the top three', () => {
  it('has at least 60 queries', () => expect(queries.length).toBeGreaterThanOrEqual(60));
  it.each(queries.map((q) => [q.q, q.expect]))('%s → %s', async (query, expected) => {
    expect(await top3(query)).toContain(expected);
  });
});

describe('important terms taken from the content find their own page', () => {
  it.each(importantTerms(content).map((t) => [t.term, t.url]))('%s → %s', async (term, url) => {
    expect(await top3(term)).toContain(url);
  });
});

describe('the search page', () => {
  it('searches by keyboard from the header and opens a result', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${base}/`);
    await tab.focus('#site-search-q');
    await tab.keyboard.type('漏损率');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/search\/\?q=/);
    const firstResult = tab.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor();
    expect(await tab.locator('.pagefind-ui__message').textContent()).toMatch(/找到 \d+ 条与“漏损率”相关的结果/);
    // Tab from the search box reaches the first result link.
    await tab.focus('.pagefind-ui__search-input');
    for (let i = 0; i < 20; i += 1) {
      await tab.keyboard.press('Tab');
      if (await tab.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link'))) break;
    }
    expect(await tab.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link'))).toBe(true);
    const href = await tab.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await tab.keyboard.press('Enter');
    await tab.waitForURL((url) => url.pathname === href);
    expect(await tab.locator('h1').count()).toBe(1);
    await context.close();
  });
  it('costs no search JavaScript on other pages, and loads search only on the search page', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const scripts: string[] = [];
    tab.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await tab.goto(`${base}/targets/`, { waitUntil: 'networkidle' });
    // Every page carries the header's 关怀模式 / read-aloud island (src/components/care/), and nothing else here.
    expect(scripts.map((url) => new URL(url).pathname.replace(/\.[\w-]+\.js$/, '.js'))).toEqual(['/_astro/CareTools.astro_astro_type_script_index_0_lang.js']);
    await tab.goto(`${base}/search/?q=再生水`, { waitUntil: 'networkidle' });
    expect(scripts.some((url) => url.includes('/pagefind/'))).toBe(true);
    await context.close();
  });
  it('without JavaScript, the search page points to the indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${base}/search/?q=漏损`);
    expect(await tab.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await tab.locator('[data-search-fallback] a[href="/plan/"]').count()).toBe(1);
    await context.close();
  });
});
