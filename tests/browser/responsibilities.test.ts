import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, launchChromium, tabTo } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href'));

describe('the responsibility matrix by keyboard', () => {
  it('Tab enters the scrolling region, arrow keys scroll it, and the next Tab reaches the busiest unit', async () => {
    // The matrix is for wide screens; narrow ones read the by-unit list (below).
    const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
    await page.goto(`${base}/responsibilities/`);
    await tabTo(page, '.matrix-scroll');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.matrix-scroll').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    expect(await focusedHref(page)).toBe('/departments/water/');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/departments/water/`);
    expect(await page.locator('h1').textContent()).toBe('绍兴市水利局');
    await page.close();
  });

  it('keeps unit labels in view while the matrix scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
    await page.goto(`${base}/responsibilities/`);
    const region = page.locator('.matrix-scroll');
    await region.evaluate((el) => (el.scrollLeft = 1500));
    const regionLeft = (await region.boundingBox())!.x;
    const label = (await page.locator('.matrix .units a').first().boundingBox())!;
    expect(Math.abs(label.x - regionLeft)).toBeLessThan(3);
    expect(label.width).toBeGreaterThanOrEqual(44);
    expect(label.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  it('highlights the row of a focused unit and the column of a focused work item', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/responsibilities/`);
    await page.waitForFunction(() => customElements.get('matrix-highlight') !== undefined);
    await tabTo(page, '.matrix .units a');
    await page.keyboard.press('Tab');
    // The second unit's row: 44 px down.
    const row = page.locator('.matrix .hl-row');
    expect(await row.getAttribute('visibility')).toBe('visible');
    expect(await row.getAttribute('y')).toBe('44');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-hl'))).toBe(true);
    await page.locator('.matrix a.col').nth(3).focus();
    const col = page.locator('.matrix .hl-col');
    expect(await col.getAttribute('visibility')).toBe('visible');
    expect(await col.getAttribute('x')).toBe(String(3 * 44));
    expect(await row.getAttribute('visibility')).toBe('hidden');
    await page.keyboard.press('Shift+Tab');
    expect(await col.getAttribute('x')).toBe(String(2 * 44));
    await page.close();
  });

  it('reads without JavaScript: every mark is drawn and no highlight is shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/responsibilities/`);
    expect(await page.locator('.matrix svg.plot circle').count()).toBeGreaterThan(200);
    expect(await page.locator('.matrix .hl-row').getAttribute('visibility')).toBe('hidden');
    await context.close();
  });
});

describe('/responsibilities/ on a phone: the same data by unit, without panning', () => {
  it.each([320, 390])('at %i px nothing needs horizontal panning, the matrix gives way to the list, and it is axe-clean', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/responsibilities/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('.matrix-scroll').isVisible()).toBe(false);
    expect(await page.locator('.matrix .narrow-note').isVisible()).toBe(true);
    const roster = page.locator('section.roster');
    expect(await roster.isVisible()).toBe(true);
    // Nothing in the by-unit list is wider than the screen, open or closed.
    await page.locator('#unit-water summary').click();
    await page.locator('#unit-drc summary').click();
    const widest = await roster.evaluate((el) => Math.max(...[...el.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(width);
    expect(await page.locator('#unit-water .role-title').allTextContents()).toEqual(['水利局牵头（26项）：', '水利局参与（27项）：']);
    const results = await new AxeBuilder({ page }).include('section.roster').include('figure.matrix').withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript: each unit opens to its items, roles in words', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/responsibilities/`);
    expect(await page.locator('#unit-law-enforcement ol li').first().isVisible()).toBe(false);
    await page.locator('#unit-law-enforcement summary').click();
    expect(await page.locator('#unit-law-enforcement ol li').first().isVisible()).toBe(true);
    expect(await page.locator('#unit-law-enforcement .role-title').first().textContent()).toMatch(/牵头（\d+项）/);
    await context.close();
  });

  it('keeps the matrix on wide screens, with the by-unit list below it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/responsibilities/`);
    expect(await page.locator('.matrix-scroll').isVisible()).toBe(true);
    expect(await page.locator('.matrix .narrow-note').isVisible()).toBe(false);
    expect(await page.locator('section.roster').isVisible()).toBe(true);
    await page.close();
  });
});

describe('a unit page by keyboard', () => {
  it('Tab reaches the first work item and its links show focus', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/departments/law-enforcement/`);
    // Long parts start closed: open the first so its items take focus.
    for (const summary of await page.locator('details.work-part > summary').all()) await summary.click();
    await tabTo(page, '.work-item a');
    expect(await focusedHref(page)).toMatch(/^\/(measures|tasks|mechanisms|safeguards)\//);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.close();
  });
  it('opens with its contents in the first screen at 390 px, and a closed part opens from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/departments/water/`);
    const box = (await page.locator('nav.contents').boundingBox())!;
    expect(box.y).toBeLessThan(844);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(12_000);
    const closed = page.locator('details.work-part').first();
    expect(await closed.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await closed.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await closed.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });
});

describe('a unit page on a wide screen', () => {
  it('shows the targets it leads in the first screen at 1,280 × 800, its contents beside them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/departments/water/`);
    const heading = await page.locator('#led-targets').boundingBox();
    const contents = await page.locator('nav.contents').boundingBox();
    expect(heading!.y + heading!.height).toBeLessThan(800);
    // Beside, not above: the contents start right of the summary's column and no lower than the heading.
    expect(contents!.x).toBeGreaterThan(heading!.x + 600);
    expect(contents!.y).toBeLessThan(heading!.y);
    await page.close();
  });
});
