import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
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

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? `${el.tagName.toLowerCase()}${el.name ? `[name=${el.name}]` : ''}${el.value && el.tagName === 'INPUT' ? `[value=${el.value}]` : ''}` : '';
  });

describe('the quiz, by keyboard', () => {
  const lesson = lessons.find((l) => l.id === 'tap-detectives')!;

  it('without JavaScript: choose with the keyboard, then open “看答案” to check', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/learn/${lesson.id}/`);
    await expect(page.locator('.quiz-actions').isVisible()).resolves.toBe(false);
    await page.locator('input[name=q1]').first().focus();
    await page.keyboard.press('Space');
    await expect(page.locator('input[name=q1][value=A]').isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('看答案');
    const answer = page.locator('details.reveal').first();
    const isOpen = () => answer.evaluate((details) => (details as HTMLDetailsElement).open);
    await expect(isOpen()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await expect(isOpen()).resolves.toBe(true);
    await expect(answer.locator('p').first().isVisible()).resolves.toBe(true);
    expect(await answer.textContent()).toContain(`正确答案：${lesson.quiz[0].answer}`);
    expect(await answer.textContent()).toContain(lesson.quiz[0].explanation);
    await context.close();
  });

  it('with JavaScript: answer every question, submit, hear the score, read each explanation, start again', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/${lesson.id}/`);
    await page.locator('.quiz-actions').waitFor({ state: 'visible' });
    // Before submitting, the answers stay hidden so pupils cannot peek.
    await expect(page.locator('details.reveal').first().isVisible()).resolves.toBe(false);
    await page.locator('input[name=q1]').first().focus();
    const last = lesson.quiz.length - 1;
    for (const [i, question] of lesson.quiz.entries()) {
      expect(await focused(page)).toBe(`input[name=q${i + 1}][value=A]`);
      // Answer all but the last question right; arrow keys move through a radio group and select.
      const target = i === last ? (question.answer === 'A' ? 1 : 0) : question.answer.charCodeAt(0) - 65;
      if (target === 0) await page.keyboard.press('Space');
      for (let k = 0; k < target; k += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('提交并评分');
    await page.keyboard.press('Enter');
    const status = page.locator('lesson-quiz [role="status"]');
    await expect(status.textContent()).resolves.toBe(`你答对了 ${last} 题，共 ${lesson.quiz.length} 题。`);
    const feedback = page.locator('fieldset.question .feedback');
    expect(await feedback.first().textContent()).toBe(`✓ 答对了。${lesson.quiz[0].explanation}`);
    expect(await feedback.nth(last).textContent()).toBe(`✗ 答错了，正确答案是 ${lesson.quiz[last].answer}。${lesson.quiz[last].explanation}`);
    expect(await page.locator('fieldset.question').first().getAttribute('aria-describedby')).toBe('q1-feedback');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('重新作答');
    await page.keyboard.press('Enter');
    await expect(status.textContent()).resolves.toBe('');
    await expect(feedback.first().isVisible()).resolves.toBe(false);
    await expect(page.locator('fieldset.question input:checked').count()).resolves.toBe(0);
    await page.close();
  });

  it('with JavaScript: unanswered questions are counted and said', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/${lesson.id}/`);
    await page.locator('.quiz-actions').waitFor({ state: 'visible' });
    await page.locator('lesson-quiz button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('lesson-quiz [role="status"]').textContent()).resolves.toBe(`你答对了 0 题，共 ${lesson.quiz.length} 题。还有 ${lesson.quiz.length} 题没有作答。`);
    await page.close();
  });
});

describe('printing a worksheet', () => {
  it('a control: printed with screen styles, the navigation links would be in the PDF', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/home-water-audit/worksheet/`);
    await page.emulateMedia({ media: 'screen' });
    const links = pdfLinks(await page.pdf({ format: 'A4' }));
    expect(links.some((link) => link.endsWith('/plan/'))).toBe(true);
    await page.close();
  });

  it.each(lessons.map((lesson) => lesson.id))('%s prints on one A4 sheet, answer key on a second, with no navigation', async (id) => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/${id}/worksheet/`);
    await page.emulateMedia({ media: 'print' });
    const chrome = await page.evaluate(() =>
      ['.skip', '.site-header', '.site-nav', '.draft-banner', '.breadcrumbs', '.site-footer', '.print-help'].map((selector) => {
        const el = document.querySelector(selector);
        return { selector, shown: el ? el.getClientRects().length > 0 : false };
      }),
    );
    expect(chrome.filter((entry) => entry.shown)).toEqual([]);
    const printed = await page.evaluate(() => document.body.innerText);
    for (const label of ['跳到正文', '方案全文', '任务分工', '八项机制', '网站地图']) expect(printed).not.toContain(label);
    expect(printed).toContain('班级');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.answer-key')!).breakBefore)).toBe('page');

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
