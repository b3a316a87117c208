import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, DIST } from '../helpers/dist';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const pages = new Map(builtPages().map((page) => [page.url, page]));
const { content } = readContent(CONTENT_DIR);
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};

describe('tips', () => {
  it('lists every tip once, each with its own anchor, a plan clause and a source entry on the page', () => {
    const doc = page('/tips/').doc;
    const tips = doc.querySelectorAll('article.tip');
    expect(tips.length).toBe(content.tips.length);
    expect(tips.length).toBeGreaterThanOrEqual(30);
    for (const tip of tips) {
      expect(tip.id).toMatch(/^tip-[a-z0-9-]+$/);
      expect(tip.querySelectorAll('.tip-refs a[href^="/plan/#"]').length).toBeGreaterThan(0);
      const basis = tip.querySelectorAll('.tip-refs a[href^="#basis-"]');
      expect(basis.length).toBeGreaterThan(0);
      for (const link of basis) expect(doc.getElementById(link.getAttribute('href')!.slice(1))?.querySelector('.source-name')).not.toBeNull();
    }
  });
  it('states each shared basis once on the page, not under every tip', () => {
    const text = page('/tips/').doc.querySelector('main')!.text;
    const code = content.tips.find((tip) => tip.id === 'tap-off-while-brushing')!.saving.method;
    expect(text.split(code)).toHaveLength(2);
    const ministries = content.sources.find((s) => s.id === 'citizen-water-code-2021')!.publisher;
    expect(text.split(ministries)).toHaveLength(2);
  });
  it('puts a figure only on tips whose saving a standard quantifies', () => {
    const amounts = page('/tips/').doc.querySelectorAll('article.tip .tip-amount');
    expect(amounts.length).toBe(content.tips.filter((tip) => tip.saving.kind === 'quantified').length);
  });
  it('has a plain-link filter page for every place and audience that has tips', () => {
    for (const tip of content.tips) {
      expect(pages.has(`/tips/place/${tip.place}/`)).toBe(true);
      for (const audience of tip.audience) expect(pages.has(`/tips/for/${audience}/`)).toBe(true);
    }
    const school = page('/tips/for/school/').doc;
    expect(school.querySelectorAll('article.tip').length).toBe(content.tips.filter((tip) => tip.audience.includes('school')).length);
    expect(school.querySelector('.tip-links a[aria-current="page"]')?.getAttribute('href')).toBe('/tips/for/school/');
  });
  it('prints the home tips on the sheet', () => {
    expect(page('/tips/print/').doc.querySelectorAll('.sheet-list li').length).toBe(content.tips.filter((tip) => tip.audience.includes('home')).length);
  });
});

describe('calculator', () => {
  const calc = page('/calculator/');
  it('ships one small loader script; with the calculator code it loads, at most 15 KB gzipped', () => {
    // Besides the site-wide 关怀模式 head script and header island (tests/built/care-mode.test.ts).
    const scripts = calc.doc.querySelectorAll('body script[src]').filter((script) => !script.closest('.site-header'));
    expect(scripts).toHaveLength(1);
    const loader = readFileSync(join(DIST, scripts[0].getAttribute('src')!), 'utf8');
    const chunk = /calculator-element\.[\w-]+\.js/.exec(loader)?.[0];
    expect(chunk).toBeDefined();
    const gzipped = gzipSync(loader).length + gzipSync(readFileSync(join(DIST, '_astro', chunk!))).length;
    expect(gzipped).toBeLessThanOrEqual(15 * 1024);
  });
  it('labels every input and ties its hint and error to it', () => {
    const inputs = calc.doc.querySelectorAll('form.calc input');
    expect(inputs.length).toBeGreaterThan(15);
    for (const input of inputs) {
      if (input.getAttribute('type') === 'radio') {
        expect(input.parentNode?.tagName).toBe('LABEL');
        continue;
      }
      expect(calc.doc.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
      for (const id of input.getAttribute('aria-describedby')!.split(' ')) expect(calc.doc.getElementById(id)).not.toBeNull();
    }
  });
  it('leads with the bill: its form comes before the detailed one', () => {
    const forms = calc.doc.querySelectorAll('form.calc').map((f) => f.getAttribute('data-form'));
    expect(forms).toEqual(['bill', 'detail']);
  });
  it('shows every coefficient it uses with its source, and links to the label guide', () => {
    const rows = calc.doc.querySelectorAll('.method tbody tr');
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) expect(row.querySelector('.source-name')).not.toBeNull();
    expect(calc.doc.querySelectorAll('a[href="/labels/"]').length).toBeGreaterThan(0);
  });
});

describe('label guide', () => {
  const labels = page('/labels/');
  it('draws the label at build time as an image with a name, its eight parts numbered and described in a list', () => {
    const figure = labels.doc.querySelector('figure.water-label')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(labels.doc.getElementById(svg.getAttribute('aria-labelledby')!)?.text).toContain('中国水效标识示意图');
    const list = labels.doc.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(list.querySelectorAll('li').length).toBe(8);
    expect(svg.querySelectorAll('.label-callout').map((g) => g.text.trim())).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(figure.querySelector('figcaption')!.text).toContain('不是官方样图');
    for (const link of figure.querySelectorAll('figcaption a')) expect(labels.doc.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
  });
  it('links the official query site, whose address the cited source names', () => {
    const link = labels.doc.querySelector('#check a[href="http://www.waterlabel.org.cn/"], #check ~ ul a[href="http://www.waterlabel.org.cn/"]');
    expect(link).not.toBeNull();
    expect(content.sources.find((s) => s.id === 'thepaper-water-label-2021')!.note).toContain('www.waterlabel.org.cn');
  });
  it('links to the plan’s mechanism 6 and to the calculator', () => {
    expect(labels.doc.querySelector('a[href="/mechanisms/efficiency-label/"]')).not.toBeNull();
    expect(labels.doc.querySelector('a[href="/calculator/"]')).not.toBeNull();
  });
  it('lists every product with its standard number and year, and never a blank limit', () => {
    const rows = labels.doc.querySelectorAll('#standards ~ .table-scroll tbody tr');
    expect(rows.length).toBe(content['labelled-products'].length);
    for (const row of rows) {
      expect(row.text).toMatch(/GB(\/T)? [\d.]+-\d{4}/);
      expect(row.querySelector('[data-label="已核实的限值"]')!.text.trim()).not.toBe('');
    }
  });
});
