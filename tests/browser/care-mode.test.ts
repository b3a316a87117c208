import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_TAGS, PHONE, launchChromium, TEMPLATE_PAGES } from '../helpers/browser';
import { measureCare, type CareMeasures } from '../helpers/care-measures';

// 关怀模式 (src/components/care/). Care mode off is the default state, which pages.test.ts puts
// through axe on every template at both widths; here every template is checked with it on.
const base = inject('baseUrl');
const DESKTOP = { width: 1280, height: 800 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A context whose pages open with 关怀模式 (and, if asked, the large cursor) already chosen, as a returning reader's would. */
async function careContext(viewport: { width: number; height: number }, cursor = false): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addInitScript((withCursor) => {
    localStorage.setItem('jieshui-care', 'on');
    if (withCursor) localStorage.setItem('jieshui-big-cursor', 'on');
  }, cursor);
  return context;
}

/** Requests that leave the site's origin. */
function watchForeign(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => !request.url().startsWith(base) && !request.url().startsWith('data:') && foreign.push(request.url()));
  return foreign;
}

async function axeViolations(page: Page, tags = AXE_TAGS) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The numbers care mode promises, for one page. */
function expectCareNumbers(m: CareMeasures) {
  expect(m.careClass).toBe(true);
  expect(m.smallText, 'text under 24 px').toEqual([]);
  expect(m.tightLines, 'line height under 1.3 × font size').toEqual([]);
  expect(m.tightParagraphs, 'paragraph spacing not larger than line spacing').toEqual([]);
  expect(m.lowContrast, 'body text under 7:1').toEqual([]);
  expect(m.smallTargets, 'targets under 44 × 44 px').toEqual([]);
  expect(m.smallMainControls, 'header controls under 60 × 60 px').toEqual([]);
  expect(m.overflow).toBeLessThanOrEqual(0);
}

describe('关怀模式 on every page template at 390 px', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await careContext(PHONE, true);
  });
  afterAll(async () => context?.close());

  // An embed page (/embed/<indicator>/) is a chart alone for other sites' frames: no header, no script, so no 关怀模式 (its storage would belong to the framing site anyway).
  it.each(TEMPLATE_PAGES.filter((path) => !/^\/embed\/[^/]+\//.test(path)))('%s: axe (WCAG 2.2 AA, and AAA contrast), 24 px text, 7:1, 44 px targets, nothing from elsewhere', async (path) => {
    const page = await context.newPage();
    const foreign = watchForeign(page);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // wcag2aaa adds color-contrast-enhanced (7:1), which care mode promises.
    expect(await axeViolations(page, [...AXE_TAGS, 'wcag2aaa'])).toEqual([]);
    expectCareNumbers(await page.evaluate(measureCare));
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('关怀模式 at 1280 px, switched on and off with the button', () => {
  it.each(['/', '/targets/total-water-use-2022/'])('%s passes axe both ways and keeps its numbers', async (path) => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const foreign = watchForeign(page);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.click('#care-toggle');
    // The first press loads the switch's code, which then switches.
    await page.waitForFunction(() => document.documentElement.classList.contains('care'));
    expect(await axeViolations(page, [...AXE_TAGS, 'wcag2aaa'])).toEqual([]);
    expectCareNumbers(await page.evaluate(measureCare));
    await page.click('#care-toggle');
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('the care-mode switch', () => {
  it('is a button with aria-pressed; the choice survives navigation and reload, in localStorage, with no cookie', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const toggle = page.locator('#care-toggle');
    await expect(toggle.evaluate((el) => el.tagName)).resolves.toBe('BUTTON');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const plainSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p:not(.lead)')!).fontSize));
    await toggle.click();
    // The switch's code loads with this first press (the head script fetches it), then acts.
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p:not(.lead)')!).fontSize))).toBe(plainSize * 1.5);
    // On a phone in 关怀模式 the navigation is behind 菜单.
    await page.click('.site-menu > summary');
    await page.click('.site-nav a[href="/targets/"]');
    await page.waitForURL(`${base}/targets/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    await expect(page.locator('#care-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    expect(await page.evaluate(() => [document.documentElement.classList.contains('care'), localStorage.getItem('jieshui-care'), document.cookie])).toEqual([true, 'on', '']);
    expect(await context.cookies()).toEqual([]);
    await page.click('#care-toggle');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(false);
    await context.close();
  });

  it.each(['/', '/targets/total-water-use-2022/', '/indicators/total-water-use/', '/search/', '/search/?q=再生水', '/calculator/'])('%s: a stored choice is on <html> before the body has any content, and nothing shifts', async (path) => {
    const context = await careContext(PHONE);
    await context.addInitScript(() => {
      const w = window as unknown as { classAtBody: string; shift: number };
      w.shift = 0;
      // Which classes <html> carries when the body's first element other than a script is inserted, i.e. before anything in it can be drawn.
      new MutationObserver((_records, observer) => {
        if (!document.body || ![...document.body.children].some((el) => el.tagName !== 'SCRIPT')) return;
        w.classAtBody = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const { classAtBody, shift } = await page.evaluate(() => {
      const w = window as unknown as { classAtBody: string; shift: number };
      return { classAtBody: w.classAtBody, shift: w.shift };
    });
    expect(classAtBody.split(' ')).toEqual(expect.arrayContaining(['js', 'care']));
    expect(shift).toBeLessThan(0.001);
    await context.close();
  });

  it('switches at the first press, even before (or without) its code, which loads only then', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    const loaded: string[] = [];
    // The switches' file never arrives: the head script still switches and stores the choice.
    await page.route(/care-mode-[\w-]+\.js$/, (route) => {
      loaded.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    expect(loaded).toEqual([]);
    await page.click('#care-toggle');
    expect(await page.evaluate(() => [document.documentElement.classList.contains('care'), localStorage.getItem('jieshui-care')])).toEqual([true, 'on']);
    await expect.poll(() => loaded.length).toBe(1);
    await context.close();
  });

  it('is reached by keyboard: skip link, Space to switch, a thicker focus ring, the large cursor, then on through the header', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const active = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const name = el.getAttribute('href') ?? (el.tagName === 'INPUT' ? 'input' : el.textContent?.trim() ?? '');
      return { name, outline: parseFloat(getComputedStyle(el).outlineWidth) };
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('#care-toggle');
    await page.keyboard.press('Enter');
    expect((await active()).name).toBe('关怀模式');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const plainRing = (await active()).outline;
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    expect((await active()).outline).toBeGreaterThan(plainRing);
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('朗读正文');
    await page.keyboard.press('Tab');
    expect((await active()).name).toBe('大号鼠标指针');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toContain('/cursors/arrow.svg');
    const rest: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      rest.push((await active()).name);
    }
    expect(rest).toEqual(['/', '/plan/', '/targets/', '/responsibilities/', '/sites/', '/counties/', '/tips/', '/learn/', '/about/', 'input', '搜索', '/about/#draft']);
    await context.close();
  });

  it('without JavaScript, is a link to the browser-zoom instructions, and the skip link goes there', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await expect(page.locator('#care-toggle').isVisible()).resolves.toBe(false);
    await expect(page.locator('read-aloud').isVisible()).resolves.toBe(false);
    await expect(page.locator('#care-help').isVisible()).resolves.toBe(true);
    await expect(page.locator('#care-help').getAttribute('href')).resolves.toBe('/accessibility/#zoom');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#care-help');
    await page.goto(`${base}/accessibility/#zoom`);
    await expect(page.locator('#zoom').textContent()).resolves.toContain('浏览器缩放');
    await context.close();
  });
});

/** Print sheets open with how to print them; their h1 is the sheet's own title, below that note. */
const PRINT_SHEETS = new Set(['/learn/field-trip-education-base/worksheet/', '/targets/demo-hotels-2022/request/']);

describe('the page’s own title in the first screen of a 390 × 844 phone', () => {
  it.each([true, false])('关怀模式 %s: every template’s h1 starts inside the first screen', async (care) => {
    const context = care ? await careContext(PHONE) : await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    const late: string[] = [];
    for (const path of TEMPLATE_PAGES) {
      await page.goto(base + path);
      // A print sheet's first thing in main (how to print it) is what must be in the first screen.
      const selector = PRINT_SHEETS.has(path) ? 'main > :first-child' : 'h1';
      const top = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
      if (!(top < PHONE.height - 40)) late.push(`${path}: ${Math.round(top)} px`);
    }
    expect(late).toEqual([]);
    await context.close();
  });
});

describe('the header in 关怀模式 on a phone', () => {
  it('folds the navigation into one 60 px 菜单 button that opens by keyboard, and shows the short draft notice', async () => {
    const context = await careContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${base}/targets/`);
    const summary = page.locator('.site-menu > summary');
    const box = await summary.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(60);
    expect(box!.height).toBeGreaterThanOrEqual(60);
    await expect(page.locator('.site-nav a[href="/counties/"]').isVisible()).resolves.toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-nav a[href="/counties/"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/plan/');
    expect(await page.locator('.draft-banner').textContent()).toContain('依据的是征求意见稿');
    expect(await page.locator('.draft-banner .draft-long').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps the navigation open without 关怀模式, with JavaScript or without', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${base}/targets/`);
      expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
      expect(await page.locator('.site-nav a[href="/counties/"]').isVisible()).toBe(true);
      await context.close();
    }
  });
});

describe('the reader’s own settings', () => {
  it('follows the browser’s text size, in both modes', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    await page.goto(`${base}/methods/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p:not(.lead)')!).fontSize));
    expect(await size()).toBe(20);
    await page.click('#care-toggle');
    await expect.poll(size).toBe(30);
    await context.close();
  });

  it('follows prefers-contrast: more (the care palette) and prefers-reduced-motion (no transitions)', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/methods/`);
    const look = () => page.evaluate(() => ({
      muted: getComputedStyle(document.documentElement).getPropertyValue('--muted').trim(),
      knob: getComputedStyle(document.querySelector('#care-toggle .switch')!, '::after').transitionDuration,
    }));
    expect(await look()).toEqual({ muted: '#4a5560', knob: '0.15s, 0.15s' });
    await page.emulateMedia({ contrast: 'more', reducedMotion: 'reduce' });
    expect(await look()).toEqual({ muted: '#333f48', knob: '0s' });
    expect((await page.evaluate(measureCare)).lowContrast).toEqual([]);
    await context.close();
  });
});
