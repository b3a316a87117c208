import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HEAD_SCRIPT } from '../../src/lib/head-script';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, fileForPath } from '../helpers/dist';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const { content } = readContent(CONTENT_DIR);
const lessons = content.lessons;
const page = (path: string) => {
  const file = fileForPath(path);
  if (!file) throw new Error(`${path} was not built`);
  const html = readFileSync(file, 'utf8');
  return { html, doc: parse(html) };
};
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the learn section', () => {
  it('has the hub, the teachers’ guide, four stage and four subject filters, and a page and a worksheet per lesson', () => {
    const paths = ['/learn/', '/learn/teachers/', ...['lower-primary', 'upper-primary', 'junior', 'senior'].map((s) => `/learn/stage/${s}/`), ...['science', 'morality-law', 'geography', 'practice'].map((s) => `/learn/subject/${s}/`)];
    for (const lesson of lessons) paths.push(`/learn/${lesson.id}/`, `/learn/${lesson.id}/worksheet/`);
    expect(paths.filter((path) => !fileForPath(path))).toEqual([]);
  });
  it('lists every lesson once on the hub, under its stage', () => {
    const { doc } = page('/learn/');
    const links = doc.querySelectorAll('main .lesson-card > a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(lessons.map((lesson) => `/learn/${lesson.id}/`).sort());
    // The filter island reads each card's stage and subjects from these attributes.
    for (const card of doc.querySelectorAll('main .lesson-card')) {
      const lesson = lessons.find((l) => `/learn/${l.id}/` === card.querySelector('a')?.getAttribute('href'))!;
      expect([card.getAttribute('data-stage'), card.getAttribute('data-subjects')]).toEqual([lesson.stage, lesson.subjects.join(' ')]);
    }
    for (const lesson of lessons) {
      const card = doc.querySelector(`main .lesson-card a[href="/learn/${lesson.id}/"]`)!.parentNode;
      expect(card.closest('section')?.querySelector('h2')?.id).toBe(`stage-${lesson.stage}`);
    }
  });
  it('filters by stage and by subject with plain links, marking the current filter', () => {
    const junior = page('/learn/stage/junior/').doc;
    const cards = junior.querySelectorAll('main .lesson-card');
    expect(cards.length).toBe(lessons.filter((l) => l.stage === 'junior').length);
    expect(cards.every((card) => card.getAttribute('data-stage') === 'junior')).toBe(true);
    expect(junior.querySelector('.lesson-filters a[aria-current="page"]')?.getAttribute('href')).toBe('/learn/stage/junior/');
    const geography = page('/learn/subject/geography/').doc.querySelectorAll('main .lesson-card > a').map((a) => a.getAttribute('href'));
    expect(geography.sort()).toEqual(lessons.filter((l) => l.subjects.includes('geography')).map((l) => `/learn/${l.id}/`).sort());
  });
});

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (id, lesson) => {
  const { doc, html } = page(`/learn/${id}/`);
  it('states its objectives, materials and timed activities', () => {
    expect(doc.querySelector('h2#objectives')?.nextElementSibling?.querySelectorAll('li').length).toBe(lesson.objectives.length);
    expect(doc.querySelectorAll('.activities > li .time').map((el) => text(el.text))).toEqual(lesson.activities.map((a) => `${a.minutes}分钟`));
  });
  it('links to its worksheet, whose last part is the answer key for every item and question', () => {
    const link = doc.querySelector(`a[href="/learn/${id}/worksheet/"]`);
    expect(link).not.toBeNull();
    const sheet = page(`/learn/${id}/worksheet/`).doc;
    expect(sheet.querySelectorAll('.ws-items > .ws-item').length).toBe(lesson.worksheet.items.length);
    const key = sheet.querySelector('.answer-key')!;
    const [sheetAnswers, quizAnswers] = key.querySelectorAll('ol');
    expect(sheetAnswers.querySelectorAll('li').map((li) => text(li.text))).toEqual(lesson.worksheet.items.map((item) => text(item.answer)));
    expect(quizAnswers.querySelectorAll('li').map((li) => text(li.text).slice(0, 1))).toEqual(lesson.quiz.map((q) => q.answer));
    expect(sheet.querySelector('.answer-key')?.closest('article')).toBeNull();
  });
  it('has a quiz of fieldsets with legends, one radio group each, and the answer in <details>', () => {
    const fieldsets = doc.querySelectorAll('lesson-quiz fieldset.question');
    expect(fieldsets.length).toBe(lesson.quiz.length);
    fieldsets.forEach((fieldset, i) => {
      expect(text(fieldset.querySelector('legend')?.text)).toContain(lesson.quiz[i].question);
      const radios = fieldset.querySelectorAll('input[type="radio"]');
      expect(radios.length).toBe(lesson.quiz[i].choices.length);
      expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
      expect(text(fieldset.querySelector('details.reveal')?.text)).toContain(`正确答案：${lesson.quiz[i].answer}`);
    });
    expect(doc.querySelector('lesson-quiz [role="status"]')).not.toBeNull();
  });
  it('cites a listed source for every fact', () => {
    const facts = doc.querySelectorAll('ol.facts > li');
    expect(facts.length).toBe(lesson.facts.length);
    const sourceIds = new Set(doc.querySelectorAll('ol.sources > li').map((li) => li.id));
    facts.forEach((li, i) => {
      expect(li.querySelector('a.cite')?.getAttribute('href')).toBe(`#source-${lesson.facts[i].source}`);
      expect(sourceIds.has(`source-${lesson.facts[i].source}`)).toBe(true);
    });
  });
  it('links each fact and quiz answer about a plan target to that target’s page, with its status', () => {
    const facts = doc.querySelectorAll('ol.facts > li');
    lesson.facts.forEach((fact, i) => {
      expect(facts[i].querySelectorAll('.target-status a').map((a) => a.getAttribute('href'))).toEqual(fact.targets.map((id) => `/targets/${id}/`));
    });
    const answers = doc.querySelectorAll('lesson-quiz details.reveal');
    lesson.quiz.forEach((question, i) => {
      expect(answers[i].querySelectorAll('.target-status a').map((a) => a.getAttribute('href'))).toEqual(question.targets.map((id) => `/targets/${id}/`));
    });
  });
  it('links the plan clauses it draws on', () => {
    for (const clause of lesson.local.clauses) expect(doc.querySelector(`a[href="/plan/#${clause}"]`), clause).not.toBeNull();
  });
  it('loads its quiz script from a file, never inline', () => {
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBeGreaterThan(0);
    // The only inline script allowed is the site-wide care-mode head script (hashed in the CSP).
    expect(scripts.filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json' && s.innerHTML !== HEAD_SCRIPT).length).toBe(0);
    expect(gzipSync(html).length).toBeLessThan(20_000);
  });
});

describe('the teachers’ guide', () => {
  const { doc } = page('/learn/teachers/');
  it('names the education base we can source, with a link to its source, and says the full list is not public', () => {
    const venues = doc.querySelector('ul.venues')!;
    expect(text(venues.text)).toContain('越城区节水宣传教育基地');
    expect(text(venues.text)).toContain('府山街道西小路社区活动中心');
    expect(venues.querySelector('a[href="http://m.shaoxing.com.cn/news/content/2019-03/28/content_2697795.htm"]')).not.toBeNull();
    expect(text(doc.querySelector('main')?.text)).toContain('暂无公开数据');
  });
  it('maps every lesson to its plan clauses', () => {
    const rows = doc.querySelectorAll('table.plan-map tbody tr');
    expect(rows.length).toBe(lessons.length);
  });
});

describe('the quiz script', () => {
  it('is small: under 3 KB gzipped, loader and island together', () => {
    const { doc } = page(`/learn/${lessons[0].id}/`);
    const loader = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!).find((src) => src.includes('LessonQuiz'))!;
    const loaderCode = readFileSync(join(DIST, loader));
    const island = /import\(`\.\/([^`]+)`\)/.exec(loaderCode.toString())?.[1];
    expect(island).toBeDefined();
    const total = gzipSync(loaderCode).length + gzipSync(readFileSync(join(DIST, '_astro', island!))).length;
    expect(total).toBeLessThan(3 * 1024);
  });
});
