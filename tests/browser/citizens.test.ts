import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, PHONE, launchChromium, tabTo } from '../helpers/browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A phone-sized page that adds up every layout shift from the start. */
async function phonePage(context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await browser.newContext({ viewport: PHONE, locale: 'zh-CN' }))).newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}
const shift = (page: Page) => page.evaluate(() => (window as unknown as { shift: number }).shift);
const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('household water calculator', () => {
  it.each(['/calculator/', '/calculator/?from=timeline&isappinstalled=0'])('%s opens clean: no error, no result, and nothing shifts while its script starts', async (path) => {
    const page = await phonePage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => customElements.get('water-calculator') !== undefined)).toBe(true);
    for (const selector of ['.calc-errors', '.calc-result', '.error']) expect(await page.locator(`${selector}:visible`).count()).toBe(0);
    expect(await page.locator('.calc-status').allTextContents()).toEqual(['', '']);
    expect(await visible(page, '#calc-t')).toBe(true);
    expect(await shift(page)).toBe(0);
    await page.context().close();
  });

  it('from the bill, by keyboard: tonnes, period and people give litres per person per day, compared in words', async () => {
    const page = await phonePage();
    await page.goto(`${base}/calculator/`);
    await tabTo(page, '#calc-t');
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calc-bp');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    const result = page.locator('form[data-form="bill"] .calc-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    // 24 t over two months (365 ÷ 6 days) for 3 people: 131.5 L.
    expect(text).toContain('人均每天约 132 升');
    expect(text).toContain('处在《城市居民生活用水量标准》（GB/T 50331-2002）');
    expect(text).toContain('125 升/日');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    await expect(page.locator('form[data-form="bill"] .calc-status').textContent()).resolves.toBe('人均每天约 132 升。');
    expect(new URL(page.url()).search).toBe('?t=24&bp=3&m=2');
    await page.context().close();
  });

  it('a shared bill link still computes, whatever a chat app adds to it', async () => {
    const page = await phonePage();
    await page.goto(`${base}/calculator/?t=12&bp=3&from=timeline&isappinstalled=0`);
    await page.locator('form[data-form="bill"] .calc-result').waitFor();
    expect(await page.locator('form[data-form="bill"] .calc-answer').textContent()).toBe('人均每天约 132 升');
    expect(await page.locator('.calc-errors:visible').count()).toBe(0);
    await page.context().close();
  });

  it('the detailed estimate by keyboard: only the uses filled in count, the chart has its words', async () => {
    const page = await phonePage();
    await page.goto(`${base}/calculator/`);
    await tabTo(page, '#calc-p');
    await page.keyboard.type('2');
    await tabTo(page, '#calc-tf');
    await page.keyboard.type('5');
    await tabTo(page, '#calc-km');
    await page.keyboard.type('4');
    await tabTo(page, '#calc-o');
    await page.keyboard.type('10');
    await tabTo(page, '#calc-pr');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('计算');
    await page.keyboard.press('Enter');
    const status = page.locator('form[data-form="detail"] .calc-status');
    // toilet 2×5×5.0 (pre-selected 节水型) = 50, tap 2×4×7.5 (pre-filled) = 60, other 10.
    await expect(status.textContent()).resolves.toBe('已计算：全家每天约 120 升，人均每天约 60 升。');
    const result = (await page.locator('form[data-form="detail"] .calc-result').textContent()) ?? '';
    expect(result).toContain('没有计入（你没有填写）：淋浴、洗衣机、洗碗机。');
    expect(result).toContain('低于《城市居民生活用水量标准》');
    const chart = page.locator('.uses-chart svg');
    await expect(chart.getAttribute('role')).resolves.toBe('img');
    expect(await page.locator('.uses-chart text').allTextContents()).toEqual(['水龙头', '60 升（50%）', '坐便器', '50 升（42%）', '其他', '10 升（8%）']);
    expect(await page.locator('#uses-chart-desc').textContent()).toContain('水龙头 60 升（50%）');
    expect(new URL(page.url()).search).toBe('?tg=water-saving&p=2&tf=5&km=4&kf=7.5&o=10');
    await page.context().close();
  });

  it('an empty detailed form asks for two things with a focused summary, never 13 errors or NaN', async () => {
    const page = await phonePage();
    await page.goto(`${base}/calculator/`);
    await page.locator('form[data-form="detail"] button[type="submit"]').click();
    const summary = page.locator('form[data-form="detail"] .calc-errors');
    await summary.waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual(['请填写家庭人数（至少 1 人）', '请至少填写一项用水，例如每人每天冲水次数；空着的项目不计入']);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('calc-errors');
    expect(await page.locator('#calc-p-error').textContent()).toBe('错误：请填写家庭人数（至少 1 人）');
    await expect(page.locator('#calc-p').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.locator('main').textContent()).not.toMatch(/NaN/);
    await page.context().close();
  });

  it('a shared detailed link computes with exactly its own values and brings the result into view', async () => {
    const page = await phonePage();
    await page.goto(`${base}/calculator/?tg=high-efficiency&p=1&tf=5&from=timeline`);
    await expect(page.locator('form[data-form="detail"] .calc-status').textContent()).resolves.toBe('已计算：全家每天约 20 升，人均每天约 20 升。');
    await expect(page.locator('#calc-tl').inputValue()).resolves.toBe('4.0');
    await expect(page.locator('#calc-tl').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#calc-kf').inputValue()).resolves.toBe('');
    expect(await page.locator('form[data-form="detail"] .calc-result').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(PHONE.height);
    await page.context().close();
  });

  it.each([
    ['a bill result', '/calculator/?t=30&bp=2', 'form[data-form="bill"] .calc-result'],
    ['a detailed result with its chart', '/calculator/?tg=own&tl=6&p=3&tf=5&sm=8&sn=1&sf=9&km=5&kf=8&wl=3&wv=50&o=10&pr=3.5', '.uses-chart'],
    ['an error summary', '/calculator/?p=0&tf=x', 'form[data-form="detail"] .calc-errors'],
  ])('passes axe (WCAG 2.2 AA) showing %s', async (_name, path, selector) => {
    const page = await phonePage();
    await page.goto(base + path);
    await page.locator(selector).waitFor();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    await page.context().close();
  });

  it('without JavaScript shows the printable worksheet, bill line included, instead of dead forms', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${base}/calculator/`);
    expect(await page.locator('form.calc:visible').count()).toBe(0);
    expect(await visible(page, '#method')).toBe(true);
    expect(await page.locator('.worksheet-line').textContent()).toContain('吨 × 1000 ÷ 天数');
    expect(await page.locator('.worksheet > li').count()).toBe(10);
    const table = (await page.locator('.method table').textContent()) ?? '';
    for (const value of ['4 升/次', '7.5 升/分钟', '120 升/人·日', '180 升/人·日', '125 升/人·日']) expect(table).toContain(value);
    await context.close();
  });
});

describe('tips', () => {
  it('the phone page for every tip is at most 9,000 px tall', async () => {
    const page = await phonePage();
    await page.goto(`${base}/tips/`, { waitUntil: 'networkidle' });
    const { height, tips } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, tips: document.querySelectorAll('article.tip').length }));
    expect(tips).toBeGreaterThanOrEqual(39);
    expect(height).toBeLessThanOrEqual(9000);
    expect(await shift(page)).toBe(0);
    await page.context().close();
  });

  it('combines place and audience, recounts, announces the count politely and keeps the choice in the address', async () => {
    const page = await phonePage();
    await page.goto(`${base}/tips/`);
    await page.locator('#tip-for').focus();
    await page.selectOption('#tip-for', 'school');
    await page.selectOption('#tip-place', 'bathroom');
    const shown = await page.locator('article.tip:visible').evaluateAll((els) => els.map((el) => [el.getAttribute('data-place'), el.getAttribute('data-audience')]));
    expect(shown.length).toBeGreaterThan(0);
    for (const [place, audience] of shown) {
      expect(place).toBe('bathroom');
      expect(audience!.split(' ')).toContain('school');
    }
    const status = page.locator('[data-count]');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    expect(await status.textContent()).toBe(`显示 ${shown.length} 条，共 ${await page.locator('article.tip').count()} 条。`);
    expect(await page.locator('section[data-group]:visible').count()).toBe(1);
    expect(await page.locator('#tip-place option[value="bathroom"]').textContent()).toBe(`卫生间（${shown.length}）`);
    expect(new URL(page.url()).search).toBe('?place=bathroom&for=school');
    await page.reload();
    await page.locator('[data-count]').filter({ hasText: '显示' }).waitFor();
    expect(await page.locator('article.tip:visible').count()).toBe(shown.length);
    await page.context().close();
  });

  it('without JavaScript offers the plain filter links instead of the selects', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${base}/tips/`);
    expect(await visible(page, '.tip-filter')).toBe(false);
    expect(await page.locator('.tip-links a[href="/tips/for/school/"]').isVisible()).toBe(true);
    expect(await page.locator('article.tip:visible').count()).toBeGreaterThanOrEqual(39);
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
