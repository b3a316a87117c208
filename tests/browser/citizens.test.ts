import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Presses Tab until the element with this id has focus (at most 80 presses). */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 80; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

// One household, typed field by field in form order; the toilet select keeps "own".
const typed: Array<[string, string]> = [['p', '3'], ['tg', ''], ['tl', '6'], ['tf', '5'], ['sm', '10'], ['sn', '1'], ['sf', '9'], ['km', '5'], ['kf', '8'], ['wl', '4'], ['wv', '60'], ['dl', '0'], ['dv', '0'], ['o', '20'], ['pr', '3']];

describe('household water calculator', () => {
  it('can be filled in and submitted with the keyboard alone, and shows the result in a live region', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/calculator/`);
    await tabTo(page, 'calc-p');
    for (const [param, value] of typed) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`calc-${param}`);
      if (value) await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('计算');
    await page.keyboard.press('Enter');
    const status = page.locator('.calc-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.textContent()).resolves.toBe('已计算：全家每天约 534 升，人均每天约 178 升。');
    const result = page.locator('.calc-result');
    expect(await result.isVisible()).toBe(true);
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('195,014 升（195.0 立方米）');
    expect(text).toContain('处在《城市居民生活用水量标准》（GB/T 50331-2002）');
    expect(text).toContain('全年水费约 585.04 元');
    expect(await page.locator('.calc-savings li').first().textContent()).toContain('换用高效节水型坐便器');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    expect(new URL(page.url()).search).toBe('?p=3&tl=6&tf=5&sm=10&sn=1&sf=9&km=5&kf=8&wl=4&wv=60&dl=0&dv=0&o=20&pr=3');
    await page.close();
  });

  it('explains a bad entry next to the field and in a focused summary, and shows no result', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/calculator/?p=3&tl=6&tf=5&sm=10&sn=1&sf=9&km=5&kf=8&wl=4&wv=60&dl=0&dv=0&o=20`);
    await expect(page.locator('.calc-result').isVisible()).resolves.toBe(true);
    await tabTo(page, 'calc-sf');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('很多');
    await page.keyboard.press('Enter');
    const error = page.locator('#calc-sf-error');
    await expect(error.textContent()).resolves.toBe('错误：花洒流量只能填数字，例如 4.5');
    await expect(page.locator('#calc-sf').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('calc-errors');
    await expect(page.locator('.calc-errors a').getAttribute('href')).resolves.toBe('#calc-sf');
    await expect(page.locator('.calc-result').isVisible()).resolves.toBe(false);
    await expect(page.locator('.calc-status').textContent()).resolves.toBe('有 1 处需要修改，尚未计算。');
    expect(await page.locator('main').textContent()).not.toMatch(/NaN/);
    await page.close();
  });

  it('choosing a toilet class fills in its litres', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/calculator/?tg=high-efficiency&p=1&tf=5&sm=0&sn=0&sf=0&km=0&kf=0&wl=0&wv=0&dl=0&dv=0&o=0`);
    await expect(page.locator('#calc-tl').inputValue()).resolves.toBe('4');
    await expect(page.locator('#calc-tl').isDisabled()).resolves.toBe(true);
    await expect(page.locator('.calc-status').textContent()).resolves.toBe('已计算：全家每天约 20 升，人均每天约 20 升。');
    await page.close();
  });

  it('without JavaScript shows the printable worksheet with every coefficient instead of a dead form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/calculator/`);
    await expect(page.locator('form.calc').isVisible()).resolves.toBe(false);
    await expect(page.locator('#method').isVisible()).resolves.toBe(true);
    expect(await page.locator('.worksheet > li').count()).toBe(10);
    const table = (await page.locator('.method table').textContent()) ?? '';
    for (const value of ['4 升/次', '7.5 升/分钟', '120 升/人·日', '180 升/人·日', '125 升/人·日']) expect(table).toContain(value);
    await context.close();
  });
});

describe('printable tips sheet', () => {
  it('prints on exactly one A4 page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tips/print/`, { waitUntil: 'networkidle' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.close();
  });
});
