import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_TAGS, chooseCareMode, launchChromium } from '../helpers/browser';
import { measureCare } from '../helpers/care-measures';
import { pdfPageCount, pdfPageSizes } from '../helpers/pdf';

// Issue 17's pages in Chromium: updates, embed pages (alone and inside another page's iframe), the 分享
// and 复制代码 islands, /request/ and a printable request. (TEMPLATE_PAGES in tests/helpers/browser.ts
// lists them too, so pages.test.ts and care-mode.test.ts cover them.)
const base = inject('baseUrl');
const PAGES = ['/updates/', '/updates/2026-11-29/', '/request/', '/targets/demo-hotels-2022/request/', '/embed/', '/embed/total-water-use/', '/embed/reclaimed-water-volume/'];
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => !r.url().startsWith(base) && !r.url().startsWith('data:') && foreign.push(r.url()));
  const response = await page.goto(base + path, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  return { page, errors, foreign };
}
const axe = async (page: Page, tags = AXE_TAGS) =>
  (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([
  ['320 px', { width: 320, height: 700 }],
  ['390 px', { width: 390, height: 844 }],
  ['1280 px', { width: 1280, height: 800 }],
] as const)('at %s', (_name, viewport) => {
  it.each(PAGES)('%s loads without errors, passes axe and fits the screen', async (path) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const { page, errors, foreign } = await open(context, path);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('关怀模式 at 390 px', () => {
  it.each(PAGES.filter((p) => !p.startsWith('/embed/') || p === '/embed/'))('%s: AAA contrast, 24 px text, 44 px targets, no overflow', async (path) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await chooseCareMode(context);
    const { page } = await open(context, path);
    expect(await axe(page, [...AXE_TAGS, 'wcag2aaa'])).toEqual([]);
    const m = await page.evaluate(measureCare);
    expect(m.careClass).toBe(true);
    expect(m.smallText).toEqual([]);
    expect(m.smallTargets).toEqual([]);
    expect(m.lowContrast).toEqual([]);
    expect(m.overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('an embed page', () => {
  it('stands alone: the chart, its title and source, a link back, nothing of the site around it', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 600 }, locale: 'zh-CN' });
    const { page, foreign } = await open(context, '/embed/total-water-use/');
    expect(await page.locator('header, nav, footer').count()).toBe(0);
    expect(await page.locator('figure svg[role="img"]:visible').count()).toBe(1);
    expect(await page.locator('figure .chart-title').textContent()).toContain('用水总量');
    expect(await page.locator('figure .source-line').textContent()).toMatch(/^来源：/);
    expect(await page.locator('a[href="/indicators/total-water-use/"][target="_top"]').count()).toBe(1);
    expect(foreign).toEqual([]);
    await context.close();
  });
  it('fits the 720 px the iframe code asks for in a frame of a content column’s width (700 and 900 px)', async () => {
    const heights: string[] = [];
    for (const width of [700, 900]) {
      // A short window, so scrollHeight is the page's own height.
      const context = await browser.newContext({ viewport: { width, height: 300 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${base}/embed/`);
      const paths = await page.locator('.embed-snippet a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const path of paths) {
        await page.goto(base + path);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        heights.push(`${width} ${path} ${height}`);
        expect(height, `${path} at ${width} px`).toBeLessThanOrEqual(720);
      }
      await context.close();
    }
    console.log(`embed heights (px):\n${heights.join('\n')}`);
  });
  it('shows inside another page’s iframe, and its link back leaves the frame', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/embed/`);
    const code = await page.locator('textarea').nth(2).inputValue();
    // A host page on another address (about:blank) that pastes the code as it is, pointed at this server.
    await page.setContent(`<!doctype html><html lang="zh-CN"><body><h1>宿主网站</h1>${code.replace(/https:\/\/[^/]+/, base)}</body></html>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('figure svg[role="img"]:visible').count()).toBe(1);
    const back = frame.locator('a[target="_top"]');
    await Promise.all([page.waitForURL(/\/indicators\/[a-z0-9-]+\/$/), back.click()]);
    expect(await page.locator('h1').textContent()).not.toBe('宿主网站');
    await context.close();
  });
});

describe('the 分享 control', () => {
  it('copies the page’s public address where there is no share sheet, and says so', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const { page } = await open(context, '/updates/');
    const button = page.locator('share-link button');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe('复制链接');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('share-link [role="status"]').textContent()).toBe('链接已复制，可以粘贴到聊天或邮件里。');
    const url = await page.locator('share-link').getAttribute('data-url');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(url).toMatch(/^https?:\/\/[^/]+\/updates\/$/);
    await context.close();
  });
  it('opens the device’s share sheet where there is one', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => ((window as unknown as { shared: ShareData }).shared = data, Promise.resolve()) });
    });
    const { page } = await open(context, '/request/');
    const button = page.locator('share-link button');
    await expect.poll(() => button.textContent()).toBe('分享');
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({ title: '怎样申请政府信息公开', url: await page.locator('share-link').getAttribute('data-url') });
    await context.close();
  });
  it('is a plain link without JavaScript, and the embed code stays selectable text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/updates/`);
    expect(await page.locator('share-link button').isVisible()).toBe(false);
    expect(await page.locator('share-link a').getAttribute('href')).toBe('/updates/');
    await page.goto(`${base}/embed/`);
    expect(await page.locator('.embed-snippet textarea').first().isVisible()).toBe(true);
    expect(await page.locator('.embed-snippet button').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('复制代码', () => {
  it('copies the iframe code by keyboard and announces it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await open(context, '/embed/');
    const button = page.locator('.embed-snippet button').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.embed-snippet [role="status"]').first().textContent()).toBe('代码已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('.embed-snippet textarea').first().inputValue());
    await context.close();
  });
});

describe('a printable request', () => {
  it('prints on A4, without the site’s frame, in at most two pages', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/targets/demo-hotels-2022/request/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.request-section').isVisible()).toBe(false);
    expect(await page.locator('article.letter').isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
    expect(pdfPageSizes(pdf).every(({ width, height }) => Math.round(width) === 595 && Math.round(height) === 842)).toBe(true);
    await context.close();
  });
});
