import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const base = inject('baseUrl');
const lessons = readContent(CONTENT_DIR).content.lessons;
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
    // The feedback's own text; a question about a plan target adds the target's status after it.
    const said = (i: number) => feedback.nth(i).evaluate((p) => p.firstChild?.textContent);
    expect(await said(0)).toBe(`✓ 答对了。${lesson.quiz[0].explanation}`);
    expect(await said(last)).toBe(`✗ 答错了，正确答案是 ${lesson.quiz[last].answer}。${lesson.quiz[last].explanation}`);
    expect(await page.locator('fieldset.question').first().getAttribute('aria-describedby')).toBe('q1-feedback');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('重新作答');
    await page.keyboard.press('Enter');
    await expect(status.textContent()).resolves.toBe('');
    await expect(feedback.first().isVisible()).resolves.toBe(false);
    await expect(page.locator('fieldset.question input:checked').count()).resolves.toBe(0);
    await page.close();
  });

  it('with JavaScript: a partly answered quiz is scored, the unanswered questions counted and said', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/${lesson.id}/`);
    await page.locator('.quiz-actions').waitFor({ state: 'visible' });
    await page.locator(`input[name=q1][value=${lesson.quiz[0].answer}]`).check();
    await page.locator('lesson-quiz button[type=submit]').focus();
    await page.keyboard.press('Enter');
    const missing = lesson.quiz.length - 1;
    await expect(page.locator('lesson-quiz [role="status"]').textContent()).resolves.toBe(`你答对了 1 题，共 ${lesson.quiz.length} 题。还有 ${missing} 题没有作答。`);
    await expect(page.locator('fieldset.question .feedback:visible').count()).resolves.toBe(lesson.quiz.length);
    await expect(page.locator('.quiz-message').isVisible()).resolves.toBe(false);
    // A question about a plan target links to whether that target was met.
    const withTarget = lesson.quiz.findIndex((q) => q.targets.length > 0);
    expect(withTarget).toBeGreaterThanOrEqual(0);
    const link = page.locator('fieldset.question .feedback').nth(withTarget).locator('a');
    expect(await link.getAttribute('href')).toBe(`/targets/${lesson.quiz[withTarget].targets[0]}/`);
    await page.close();
  });

  it('with JavaScript: submitting with nothing answered asks for answers first and reveals nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/${lesson.id}/`);
    await page.locator('.quiz-actions').waitFor({ state: 'visible' });
    await page.locator('lesson-quiz button[type=submit]').focus();
    await page.keyboard.press('Enter');
    const message = page.locator('.quiz-message');
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toBe('还没有作答。请先为每题选一个答案，再点“提交并评分”。');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quiz-message'))).toBe(true);
    await expect(page.locator('lesson-quiz [role="status"]').textContent()).resolves.toBe('');
    await expect(page.locator('fieldset.question .feedback:visible').count()).resolves.toBe(0);
    await expect(page.locator('details.reveal:visible').count()).resolves.toBe(0);
    await expect(page.locator('fieldset.question[data-result]').count()).resolves.toBe(0);
    // Answering one question and submitting again scores as usual and takes the message away.
    await page.locator('input[name=q1]').first().check();
    await page.locator('lesson-quiz button[type=submit]').click();
    await expect(message.isVisible()).resolves.toBe(false);
    await expect(page.locator('lesson-quiz [role="status"]').textContent()).resolves.toContain(`共 ${lesson.quiz.length} 题`);
    await page.close();
  });
});

describe('combining a stage and a subject on /learn/', () => {
  /** The lessons shown, and the ones whose data-* match the choice, both read from the page. */
  const shownAndExpected = (page: Page, stage: string, subject: string) =>
    page.evaluate(([st, su]) => {
      const cards = [...document.querySelectorAll<HTMLElement>('.lesson-card')];
      const href = (card: HTMLElement) => card.querySelector('a')!.getAttribute('href')!;
      return {
        shown: cards.filter((card) => card.getClientRects().length > 0).map(href),
        expected: cards.filter((card) => (!st || card.dataset.stage === st) && (!su || card.dataset.subjects!.split(' ').includes(su))).map(href),
        emptySections: [...document.querySelectorAll<HTMLElement>('section[data-stage-group]')].filter((s) => s.getClientRects().length > 0 && s.querySelectorAll('.lesson-card:not([hidden])').length === 0).length,
        counts: [...document.querySelectorAll<HTMLElement>('section[data-stage-group]')].filter((s) => !s.hidden).map((s) => [Number(s.querySelector('.stage-count')!.textContent), s.querySelectorAll('.lesson-card:not([hidden])').length]),
      };
    }, [stage, subject] as const);
  const status = (page: Page) => page.locator('lesson-filter [role="status"]').textContent();

  it('the cards carry each lesson’s stage and subjects', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/`);
    const data = await page.$$eval('.lesson-card', (cards) => cards.map((c) => [c.querySelector('a')!.getAttribute('href'), (c as HTMLElement).dataset.stage, (c as HTMLElement).dataset.subjects]));
    expect(data.sort()).toEqual(lessons.map((l) => [`/learn/${l.id}/`, l.stage, l.subjects.join(' ')]).sort());
    await page.close();
  });

  it('every stage × subject shows exactly the lessons matching both, counts them and says how many', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/`);
    await page.locator('lesson-filter[data-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('.lesson-filters .filter-links').isVisible()).resolves.toBe(false);
    const values = (name: string) => page.$$eval(`.lesson-combine input[name=${name}]`, (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const labelOf = (name: string, value: string) => page.locator(`.lesson-combine input[name=${name}][value="${value}"]`).getAttribute('data-label');
    let nonEmpty = 0;
    for (const stage of await values('stage')) {
      for (const subject of await values('subject')) {
        await page.locator(`.lesson-combine input[name=stage][value="${stage}"]`).check();
        await page.locator(`.lesson-combine input[name=subject][value="${subject}"]`).check();
        const { shown, expected, emptySections, counts } = await shownAndExpected(page, stage, subject);
        expect(shown, `${stage} × ${subject}`).toEqual(expected);
        expect(emptySections).toBe(0);
        for (const [said, real] of counts) expect(said).toBe(real);
        const labels = [stage && (await labelOf('stage', stage)), subject && (await labelOf('subject', subject))].filter(Boolean).join(' · ');
        if (!stage && !subject) expect(await status(page)).toBe(`显示全部 ${lessons.length} 节课。`);
        else if (expected.length > 0) expect(await status(page)).toBe(`显示 ${expected.length} 节课：${labels}。`);
        else expect(await status(page)).toBe(`没有同时符合“${labels}”的课，请换一个学段或学科。`);
        if (expected.length > 0 && stage && subject) nonEmpty += 1;
        const query = new URLSearchParams(Object.entries({ stage, subject }).filter(([, value]) => value)).toString();
        expect(new URL(page.url()).search).toBe(query ? `?${query}` : '');
      }
    }
    expect(nonEmpty).toBeGreaterThan(1);
    await page.close();
  });

  it('by keyboard: arrow keys choose a stage, Tab moves to the subjects; the choice survives a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/learn/`);
    await page.locator('lesson-filter[data-ready]').waitFor({ state: 'attached' });
    // A combination that narrows the stage's lessons without emptying them, found from the page's own data.
    const [stage, subject] = await page.$$eval('.lesson-card', (cards) => {
      const data = cards.map((c) => ({ stage: (c as HTMLElement).dataset.stage!, subjects: (c as HTMLElement).dataset.subjects!.split(' ') }));
      for (const { stage, subjects } of data) {
        for (const subject of subjects) {
          const both = data.filter((d) => d.stage === stage && d.subjects.includes(subject)).length;
          if (both < data.filter((d) => d.stage === stage).length) return [stage, subject];
        }
      }
      return ['', ''];
    });
    expect(stage).not.toBe('');
    const checked = (name: string) => page.$eval(`.lesson-combine input[name=${name}]:checked`, (i) => (i as HTMLInputElement).value);
    await page.locator('.lesson-combine input[name=stage]:checked').focus();
    for (let i = 0; i < 6 && (await checked('stage')) !== stage; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input[name=subject]');
    for (let i = 0; i < 6 && (await checked('subject')) !== subject; i += 1) await page.keyboard.press('ArrowRight');
    expect([await checked('stage'), await checked('subject')]).toEqual([stage, subject]);
    const first = await shownAndExpected(page, stage, subject);
    expect(first.shown).toEqual(first.expected);
    expect(first.shown.length).toBeGreaterThan(0);
    await page.reload();
    await page.locator('lesson-filter[data-ready]').waitFor({ state: 'attached' });
    expect([await checked('stage'), await checked('subject')]).toEqual([stage, subject]);
    expect((await shownAndExpected(page, stage, subject)).shown).toEqual(first.shown);
    await page.close();
  });

  it('without JavaScript: the choices are plain links to the stage and subject pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/learn/`);
    await expect(page.locator('.lesson-combine').isVisible()).resolves.toBe(false);
    await expect(page.locator('lesson-filter [role="status"]').isVisible()).resolves.toBe(false);
    const lesson = lessons[0];
    await page.locator(`.lesson-filters a[href="/learn/stage/${lesson.stage}/"]`).click();
    expect(new URL(page.url()).pathname).toBe(`/learn/stage/${lesson.stage}/`);
    const stages = await page.$$eval('.lesson-card', (cards) => cards.map((c) => (c as HTMLElement).dataset.stage));
    expect(stages).toEqual(lessons.filter((l) => l.stage === lesson.stage).map(() => lesson.stage));
    await page.locator(`.lesson-filters a[href="/learn/subject/${lesson.subjects[0]}/"]`).click();
    const subjects = await page.$$eval('.lesson-card', (cards) => cards.map((c) => (c as HTMLElement).dataset.subjects!.split(' ')));
    expect(subjects.length).toBe(lessons.filter((l) => l.subjects.includes(lesson.subjects[0])).length);
    expect(subjects.every((list) => list.includes(lesson.subjects[0]))).toBe(true);
    await context.close();
  });
});
