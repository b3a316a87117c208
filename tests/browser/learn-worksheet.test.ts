import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chooseCareMode, launchChromium } from '../helpers/browser';
import { pdfLinks, pdfPageCount, pdfPageSizes } from '../helpers/pdf';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const base = inject('baseUrl');
const lessons = readContent(CONTENT_DIR).content.lessons;
const NAV_PATHS = ['/plan/', '/targets/', '/projects/', '/mechanisms/', '/responsibilities/', '/about/'];
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Is the element drawn (in the current media)? */
const shown = (page: Page, selector: string) => page.evaluate((s) => [...document.querySelectorAll(s)].some((el) => el.getClientRects().length > 0), selector);

describe('printing a worksheet', () => {
  it('a control: printed with screen styles, the navigation links would be in the PDF', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/home-water-audit/worksheet/`);
    await page.emulateMedia({ media: 'screen' });
    const links = pdfLinks(await page.pdf({ format: 'A4' }));
    expect(links.some((link) => link.endsWith('/plan/'))).toBe(true);
    await page.close();
  });

  it.each(lessons.map((lesson) => lesson.id))('%s prints on one A4 sheet, answer key on a second, with no navigation and no buttons', async (id) => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/${id}/worksheet/`);
    await page.emulateMedia({ media: 'print' });
    const chrome = await page.evaluate(() =>
      ['.skip', '.site-header', '.site-nav', '.draft-banner', '.breadcrumbs', '.site-footer', '.print-help', 'button'].map((selector) => {
        const el = document.querySelector(selector);
        return { selector, shown: el ? el.getClientRects().length > 0 : false };
      }),
    );
    expect(chrome.filter((entry) => entry.shown)).toEqual([]);
    const printed = await page.evaluate(() => document.body.innerText);
    for (const label of ['跳到正文', '方案全文', '任务分工', '八项机制', '网站地图', '打印学习单', '只打印']) expect(printed).not.toContain(label);
    expect(printed).toContain('班级');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.answer-key')!).breakBefore)).toBe('page');
    // On paper every table keeps its columns, whatever the screen did.
    expect(await page.$$eval('.ws-table', (tables) => tables.map((t) => getComputedStyle(t).display).filter((d) => d !== 'table'))).toEqual([]);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBe(2);
    for (const size of pdfPageSizes(pdf)) {
      expect(size.width).toBeCloseTo(595, -1);
      expect(size.height).toBeCloseTo(842, -1);
    }
    const links = pdfLinks(pdf);
    expect(links.filter((link) => NAV_PATHS.some((path) => link.endsWith(path)))).toEqual([]);
    await page.close();
  });
});

describe('the print buttons', () => {
  const path = '/learn/tap-detectives/worksheet/';

  it('show only with JavaScript; without it the page says how to print from the browser menu', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await expect(page.locator('button[data-print]:visible').allTextContents()).resolves.toEqual(['打印学习单（1 页，发给学生）', '连同答案一起打印（2 页）', '只打印教师用答案']);
    await expect(shown(page, '.print-how')).resolves.toBe(false);
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const nojs = await context.newPage();
    await nojs.goto(`${base}${path}`);
    await expect(shown(nojs, 'button[data-print]')).resolves.toBe(false);
    const how = await nojs.locator('.print-how').textContent();
    for (const words of ['Ctrl+P', '⌘+P', '手机', '菜单', '打印']) expect(how).toContain(words);
    await context.close();
  });

  it('each prints what it says: the sheet alone, the key alone, or both; the browser’s own menu prints both', async () => {
    const context = await browser.newContext();
    // The print dialog cannot open in a test: record the request; page.pdf() then prints, firing beforeprint and afterprint as a real print does.
    await context.addInitScript(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => void (window as unknown as { printed: string[] }).printed.push(document.documentElement.dataset.print ?? 'all');
    });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.locator('worksheet-print[data-ready]').waitFor({ state: 'attached' });
    const printAfter = async (before: () => Promise<void>) => {
      await page.emulateMedia({ media: 'screen' });
      await before();
      await page.emulateMedia({ media: 'print' });
      const drawn = { sheet: await shown(page, '.sheet'), key: await shown(page, '.answer-key') };
      return { pages: pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true })), ...drawn, left: await page.evaluate(() => document.documentElement.dataset.print ?? null) };
    };
    const press = (mode: string) => () => page.locator(`button[data-print=${mode}]`).click();
    await expect(printAfter(press('sheet'))).resolves.toEqual({ pages: 1, sheet: true, key: false, left: null });
    await expect(printAfter(press('key'))).resolves.toEqual({ pages: 1, sheet: false, key: true, left: null });
    await expect(printAfter(press('all'))).resolves.toEqual({ pages: 2, sheet: true, key: true, left: null });
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['sheet', 'key', 'all']);
    // A mark left behind (a browser that never said printing ended) does not shorten a print started from the menu.
    const pages = pdfPageCount(await (async () => {
      await page.evaluate(() => void (document.documentElement.dataset.print = 'sheet'));
      return page.pdf({ format: 'A4', preferCSSPageSize: true });
    })());
    expect(pages).toBe(2);
    await context.close();
  });

  it('are real buttons, reached and pressed by keyboard', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.print = () => void document.body.setAttribute('data-printed', document.documentElement.dataset.print ?? 'all');
    });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.locator('worksheet-print[data-ready]').waitFor({ state: 'attached' });
    await page.locator('.breadcrumbs a').last().focus();
    for (let i = 0; i < 3 && !(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON')); i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('打印学习单（1 页，发给学生）');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('body', 'data-printed')).toBe('sheet');
    await context.close();
  });
});

describe('worksheet tables on a phone', () => {
  const withTables = lessons.filter((lesson) => lesson.worksheet.items.some((item) => item.columns.length > 0)).map((lesson) => lesson.id);
  /** Tables wider than the viewport, or the page scrolling sideways, at the current size. */
  const overflow = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('.ws-table')].map((t) => t.getBoundingClientRect()).filter((r) => r.right > width + 0.5 || r.left < -0.5).map((r) => Math.round(r.right));
      return { wide, scrolls: document.documentElement.scrollWidth > width };
    });
  const check = async (context: BrowserContext) => {
    const page = await context.newPage();
    const stacked: string[] = [];
    for (const id of withTables) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/learn/${id}/worksheet/`);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 844 });
        expect(await overflow(page), `${id} at ${width} px`).toEqual({ wide: [], scrolls: false });
        if (await page.$$eval('.ws-table', (tables) => tables.some((t) => getComputedStyle(t).display === 'block'))) stacked.push(`${id}@${width}`);
      }
    }
    await page.close();
    return stacked;
  };

  it('no table is wider than the viewport at 320 and 390 px; the tables keep their columns where they fit', async () => {
    expect(withTables.length).toBeGreaterThan(3);
    const context = await browser.newContext();
    const stacked = await check(context);
    // Default text: at 390 px every table shows as a table.
    expect(stacked.filter((entry) => entry.endsWith('@390'))).toEqual([]);
    await context.close();
  });

  it('nor in 关怀模式, where wide tables stack one block per row', async () => {
    const context = await browser.newContext();
    await chooseCareMode(context);
    const stacked = await check(context);
    expect(stacked.length).toBeGreaterThan(0);
    await context.close();
  });
});
