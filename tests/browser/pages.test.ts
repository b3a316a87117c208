import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { AXE_TAGS, launchChromium, TEMPLATE_PAGES } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const)('at %s width', (_name, viewport) => {
  it.each(TEMPLATE_PAGES)('%s loads without errors and passes axe (WCAG 2.2 AA)', async (path) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => message.type() === 'error' && !/404 \(Not Found\)/.test(message.text()) && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => !request.url().startsWith(base) && !request.url().startsWith('data:') && foreign.push(request.url()));
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    // Nothing may be wider than the screen except inside a scrolling region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, and it moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/targets/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
  it('every header control, link and the search box can be reached with Tab, in reading order', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const reached: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const el = document.activeElement!;
        return el.getAttribute('href') ?? (el.tagName === 'INPUT' ? 'input' : el.textContent?.trim() ?? '');
      }));
    }
    // Skip links, the 关怀模式 switch and the reader (src/components/care/), the site name, the navigation, search.
    expect(reached).toEqual(['#main', '#care-toggle', '关怀模式', '朗读正文', '/', '/plan/', '/targets/', '/responsibilities/', '/sites/', '/counties/', '/tips/', '/learn/', '/about/', 'input', '搜索']);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the plan, a project and the targets read in full', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/projects/urban/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('城镇节水降损工程');
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(3);
    await page.goto(`${base}/plan/#task-leakage-control`);
    expect(await page.locator('#task-leakage-control').textContent()).toContain('漏损率降至10%以内');
    await context.close();
  });
});
