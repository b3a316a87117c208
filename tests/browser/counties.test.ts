import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { AXE_TAGS, launchChromium } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const PAGES = ['/counties/', '/counties/shaoxing/', '/counties/zhuji/', '/counties/shangyu/'];

describe.each([
  ['320', { width: 320, height: 844 }],
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const)('at %s px', (_name, viewport) => {
  it.each(PAGES)('%s passes axe, needs no panning and keeps the map and its labels inside the screen', async (path) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const svg = (await page.locator('svg.county-map:visible').boundingBox())!;
    expect(svg.x).toBeGreaterThanOrEqual(0);
    expect(svg.x + svg.width).toBeLessThanOrEqual(viewport.width);
    // Every text stays inside its own tile.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('svg.county-map a')].filter((a) => a.checkVisibility()).flatMap((a) => {
        const tile = a.querySelector('rect')!.getBoundingClientRect();
        return [...a.querySelectorAll('text')].filter((t) => {
          const box = t.getBoundingClientRect();
          return box.left < tile.left || box.right > tile.right + 0.5 || box.top < tile.top || box.bottom > tile.bottom + 0.5;
        }).map((t) => t.textContent);
      }),
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the map by keyboard and without JavaScript', () => {
  it('Tab reaches each tile in turn, the focus shows, and Enter opens the county page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/counties/`);
    const reached: string[] = [];
    for (let i = 0; i < 60 && reached.length < 7; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement?.closest('svg.county-map') ? document.activeElement.getAttribute('href') : null));
      if (href) {
        reached.push(href);
        const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).strokeWidth);
        expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
      }
    }
    expect(reached).toEqual(['/counties/shaoxing/', '/counties/yuecheng/', '/counties/keqiao/', '/counties/shangyu/', '/counties/zhuji/', '/counties/shengzhou/', '/counties/xinchang/']);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/counties/xinchang/`);
    expect(await page.locator('h1').textContent()).toBe('新昌县节水概况');
    await page.close();
  });

  it('works without JavaScript: a tile is a plain link, and the table opens', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/sites/`);
    await page.locator('svg.county-map:visible a[href="/counties/shengzhou/"]').click();
    await page.waitForURL('**/counties/shengzhou/');
    expect(await page.locator('#target-county-water-saving-city-2022 [data-own-status]').textContent()).toContain('已达成');
    await page.locator('figure.county-map-figure summary').click();
    expect(await page.locator('figure.county-map-figure table tbody tr').count()).toBe(7);
    await context.close();
  });

  it('answers first: the county’s own statuses are in the first screen at 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/counties/zhuji/`);
    const lead = (await page.locator('main .lead').boundingBox())!;
    expect(lead.y + Math.min(lead.height, 120)).toBeLessThan(844);
    expect(await page.locator('main .lead').textContent()).toContain('已达成 1 项');
    await page.close();
  });
});
