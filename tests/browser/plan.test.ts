import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { AXE_TAGS, chooseCareMode, launchChromium } from '../helpers/browser';

/** /plan/ as a reader meets it: contents open beside the text on wide screens, one tap away on phones, always a way back. */
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(viewport: { width: number; height: number }, options: { care?: boolean; js?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', javaScriptEnabled: options.js ?? true });
  if (options.care) await chooseCareMode(context);
  const page = await context.newPage();
  await page.goto(`${base}/plan/`, { waitUntil: 'networkidle' });
  return page;
}

/** Which rendering of the contents shows, whether the collapsed one is open, and the list markers in use. */
const contentsState = (page: Page) =>
  page.evaluate(() => {
    const visible = (selector: string) => getComputedStyle(document.querySelector(selector)!).display !== 'none';
    const markers = new Set([...document.querySelectorAll('#contents li')].map((li) => getComputedStyle(li).listStyleType));
    return { wide: visible('.toc-wide'), narrow: visible('.toc-narrow'), open: (document.querySelector('.toc-narrow') as HTMLDetailsElement).open, markers: [...markers], float: visible('.to-contents-float') };
  });

describe.each([
  ['320', { width: 320, height: 844 }, false],
  ['390', { width: 390, height: 844 }, false],
  ['1280', { width: 1280, height: 800 }, true],
] as const)('at %s px', (_name, viewport, wide) => {
  it(`shows the contents ${wide ? 'open beside the text' : 'collapsed, with the text starting in the first screen'}, without list numbers, and passes axe`, async () => {
    const page = await open(viewport);
    const state = await contentsState(page);
    expect(state).toEqual({ wide, narrow: !wide, open: false, markers: ['none'], float: !wide });
    if (!wide) {
      const firstText = await page.locator('.plan-text > section').first().boundingBox();
      expect(firstText!.y).toBeLessThan(viewport.height);
    }
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('getting back to the contents', () => {
  it('on a phone, the floating 目录 link stays on screen deep in the text and leads to the contents, which open with one tap', async () => {
    const page = await open({ width: 390, height: 844 }, { js: false });
    await page.evaluate(() => document.getElementById('mechanism-quota-management')!.scrollIntoView());
    const float = page.locator('.to-contents-float');
    const box = (await float.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.y).toBeGreaterThan(844 / 2);
    await float.click();
    await page.waitForFunction(() => location.hash === '#contents');
    const summary = page.locator('.toc-narrow > summary');
    const top = (await summary.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844);
    await summary.click();
    expect(await page.evaluate(() => (document.querySelector('.toc-narrow') as HTMLDetailsElement).open)).toBe(true);
    await page.locator('.toc-narrow a[href="/plan/#task-leakage-control"]').click();
    await page.waitForFunction(() => location.hash === '#task-leakage-control');
    await page.context().close();
  });
  it('keeps a focused link clear of the floating link when Tab moves down the text', async () => {
    const page = await open({ width: 390, height: 844 });
    const covered = await page.evaluate(() => {
      const float = document.querySelector('.to-contents-float')!;
      const hits: string[] = [];
      for (const a of [...document.querySelectorAll<HTMLAnchorElement>('.plan-text a:not(.to-contents-float)')].slice(0, 80)) {
        a.focus();
        const box = a.getBoundingClientRect();
        const f = float.getBoundingClientRect();
        const inside = box.left >= f.left && box.right <= f.right && box.top >= f.top && box.bottom <= f.bottom;
        if (inside) hits.push(a.textContent ?? '');
      }
      return hits;
    });
    expect(covered).toEqual([]);
    await page.context().close();
  });
  it('in 关怀模式 on a wide screen, the contents collapse too (one column, large text)', async () => {
    const page = await open({ width: 1280, height: 800 }, { care: true });
    expect(await contentsState(page)).toEqual({ wide: false, narrow: true, open: false, markers: ['none'], float: true });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});
