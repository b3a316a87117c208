import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, tabTo } from '../helpers/browser';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const base = inject('baseUrl');
const { content } = readContent(CONTENT_DIR);
const total = content.sites.length;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const visibleRows = (page: Page) => page.locator('tbody[data-rows] tr[data-id], tbody[data-rows] tr:has(a)').count();
const announced = (page: Page) => page.locator('site-filter [role="status"]').textContent();

describe('the instant filter, by keyboard', () => {
  it('filters by county and by name, announces the count, and clears', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/sites/`);
    await page.waitForFunction(() => customElements.get('site-filter') && !document.querySelector('form[data-controls]')?.hasAttribute('hidden'));
    expect(await visibleRows(page)).toBe(total);

    await tabTo(page, 'select[name="county"]');
    // 全部 → 绍兴市（全市） → 越城区
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const yuecheng = content.sites.filter((site) => site.county === 'yuecheng').length;
    await expect.poll(() => announced(page)).toBe(`找到 ${yuecheng} 条`);
    expect(await visibleRows(page)).toBe(yuecheng);
    expect(await page.locator('tbody[data-rows] td[data-label="所在地"]').allTextContents()).toEqual(Array(yuecheng).fill('越城区'));
    expect(new URL(page.url()).searchParams.get('county')).toBe('yuecheng');

    await tabTo(page, 'button[type="reset"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe(`找到 ${total} 条`);
    expect(await visibleRows(page)).toBe(total);

    await tabTo(page, 'site-filter input[name="q"]');
    await page.keyboard.type('热电');
    const plants = content.sites.filter((site) => site.name.includes('热电')).length;
    await expect.poll(() => announced(page)).toBe(`找到 ${plants} 条`);
    expect(plants).toBe(5);
    await page.keyboard.type('不存在的名字');
    await expect.poll(() => announced(page)).toBe('找到 0 条');
    expect(await page.locator('tbody[data-rows]').textContent()).toContain('没有符合条件');
    await page.close();
  });

  it('opens with the filters of a shared link applied', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/sites/?type=water-saving-city&level=provincial`);
    await expect.poll(() => announced(page)).toBe('找到 2 条');
    expect(await page.locator('select[name="type"]').inputValue()).toBe('water-saving-city');
    await page.close();
  });

  it('copes with a directory of 5,000 entries: fetches the index once and draws at most 200 rows', async () => {
    const page = await browser.newPage();
    const rows = Array.from({ length: 5000 }, (_, i) => [`s-${i}`, `示范点${i}`, i % 2 ? 'demo-hotel' : 'education-base', i % 3 ? 'keqiao' : 'zhuji', 'city', 'recognised', 2022, '来源']);
    let fetched = 0;
    await page.route('**/sites/filter-index.json', (route) => {
      fetched += 1;
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ rows }) });
    });
    await page.goto(`${base}/sites/`);
    await page.waitForFunction(() => customElements.get('site-filter'));
    // Pretend this page is page 1 of a 5,000-site directory.
    await page.evaluate(() => ((document.querySelector('site-filter') as HTMLElement).dataset.total = '5000'));
    const started = Date.now();
    await page.selectOption('select[name="type"]', 'demo-hotel');
    await expect.poll(() => announced(page)).toBe('找到 2500 条，只显示前 200 条，请缩小筛选条件');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await page.locator('tbody[data-rows] tr').count()).toBe(200);
    await page.selectOption('select[name="county"]', 'zhuji');
    await expect.poll(() => announced(page)).toBe('找到 833 条，只显示前 200 条，请缩小筛选条件');
    await page.fill('site-filter input[name="q"]', '示范点4995');
    await expect.poll(() => announced(page)).toBe('找到 1 条');
    expect(await page.locator('tbody[data-rows] th a').getAttribute('href')).toBe('/sites/s-4995/');
    expect(fetched).toBe(1);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('hides the instant filter and the plain filter pages do the work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/sites/`);
    expect(await page.locator('form[data-controls]').isVisible()).toBe(false);
    expect(await page.locator('tbody[data-rows] tr').count()).toBe(total);
    await page.getByRole('link', { name: /^柯桥区\s*\d+$/ }).click();
    await page.waitForURL('**/sites/county/keqiao/');
    const keqiao = content.sites.filter((site) => site.county === 'keqiao').length;
    expect(await page.locator('tbody[data-rows] tr').count()).toBe(keqiao);
    expect(await page.locator('h1').textContent()).toBe('示范点名录：柯桥区');
    // The type links sit in a closed <details>; opening it needs no script either.
    await page.locator('summary', { hasText: '类型' }).click();
    await page.getByRole('link', { name: /^节水示范酒店\s*0$/ }).click();
    await page.waitForURL('**/sites/type/demo-hotel/');
    expect(await page.locator('main').textContent()).toContain('暂无公开数据');
    await context.close();
  });
});
