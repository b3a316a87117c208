import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { PHONE, chooseCareMode, launchChromium } from '../helpers/browser';

// The answer-first pages of issue 15: the home page's story, the targets dashboard and the
// targets tables of plan entities, on a phone, on a wide screen, in 关怀模式 and without JavaScript.
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A context with 关怀模式 chosen before the page opens, as a returning reader's would be. */
async function careContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await chooseCareMode(context);
  return context;
}

describe('the home page at 390 × 844', () => {
  it('shows the h1, the verdict counts and the first telling figure with its target in the first screen', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const bottom = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(false);
    expect(await bottom('main h1')).toBeLessThanOrEqual(PHONE.height);
    expect(await bottom('#story-verdicts')).toBeLessThanOrEqual(PHONE.height);
    expect(await bottom('.telling-item .telling-latest')).toBeLessThanOrEqual(PHONE.height);
    expect(await bottom('.telling-item .telling-goal')).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });
});

describe('wide screens use their width for the story and the dashboard', () => {
  it('the home page puts the telling figures beside the verdicts at 1280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const text = (await page.locator('.story-text').boundingBox())!;
    const figures = (await page.locator('.story-figures').boundingBox())!;
    expect(figures.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(figures.y).toBeLessThan(text.y + text.height);
    expect(figures.x + figures.width - text.x).toBeGreaterThan(1000);
    await page.close();
  });
  it('/targets/ puts the filters beside the overview and spreads its table over about 1,100 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/targets/`);
    const intro = (await page.locator('.dashboard-intro').boundingBox())!;
    const filters = (await page.locator('nav.filters').boundingBox())!;
    expect(filters.x).toBeGreaterThanOrEqual(intro.x + intro.width);
    const table = (await page.locator('table.dashboard-table').first().boundingBox())!;
    expect(table.width).toBeGreaterThan(1050);
    expect(table.width).toBeLessThanOrEqual(1200);
    await page.close();
  });
});

describe('the dashboard and the entity tables read on a phone without panning', () => {
  for (const width of [320, 390]) {
    for (const care of [false, true]) {
      it(`at ${width} px${care ? ' in 关怀模式' : ''}: each row stacks, the latest figure inside the screen`, async () => {
        const viewport = { width, height: 844 };
        const context = care ? await careContext(viewport) : await browser.newContext({ viewport, locale: 'zh-CN' });
        const page = await context.newPage();
        for (const path of ['/targets/', '/targets/status/overdue-no-data/', '/projects/urban/', '/tasks/leakage-control/']) {
          await page.goto(base + path, { waitUntil: 'networkidle' });
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
          const outside = await page.evaluate(() =>
            [...document.querySelectorAll('tr[id^="target-"]')].filter((row) => {
              const box = row.getBoundingClientRect();
              const scroller = row.closest('.table-scroll')!;
              return box.right > document.documentElement.clientWidth + 0.5 || scroller.scrollWidth > scroller.clientWidth + 1;
            }).map((row) => row.id),
          );
          expect(outside, path).toEqual([]);
        }
        await context.close();
      });
    }
  }
});

describe('without JavaScript', () => {
  it('the home page tells the same story and /targets/ shows every latest figure', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('#story-verdicts').textContent()).toContain('能按公开数据下结论的有');
    expect(await page.locator('.telling-item').count()).toBeGreaterThan(0);
    await page.goto(`${base}/targets/`);
    const rows = await page.locator('tr[id^="target-"]').count();
    expect(await page.locator('tr[id^="target-"] [data-latest]').count()).toBe(rows);
    expect(await page.locator('svg.sparkline[role="img"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
