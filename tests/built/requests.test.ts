import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { realSite } from '../helpers/site';
import { requestLetter, requestRows } from '../../src/domain/sharing/views';
import { targetFigures } from '../../src/domain/targets/latest';

/** "向谁申请": /request/ and the printable request of every target without the figure it needs, read from dist/. */
const site = realSite();
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url);
const withoutFigure = site.content.targets.filter((t) => {
  const status = site.statuses.get(t.id)!.status;
  return status === 'overdue-no-data' || status === 'not-measurable' || targetFigures(site, t).latest === null;
});

describe('/request/', () => {
  const doc = page('/request/')!.doc;
  it('explains the procedure once, citing the articles it relies on', () => {
    const text = doc.querySelector('main')!.text;
    for (const article of ['第二十七条', '第二十九条', '第三十条', '第三十一条', '第三十三条', '第四十二条', '第五十一条']) expect(text).toContain(`《条例》${article}`);
    expect(text).toContain('20个工作日');
    expect(text).toContain('7个工作日');
    expect(doc.querySelector('main a[href="/about/#source-gov-info-disclosure-regulation-2019"]')).not.toBeNull();
  });
  it('gives no address, telephone number or outside link for submitting', () => {
    expect(doc.querySelectorAll('main a[href^="http"]').map((a) => a.getAttribute('href'))).toEqual([]);
    expect(doc.querySelector('main')!.text).toContain('政府信息公开指南');
  });
  it('lists every target without its figure, with its printable request', () => {
    const letters = doc.querySelectorAll('.request-group a[href$="/request/"]').map((a) => a.getAttribute('href'));
    expect(letters.sort()).toEqual(withoutFigure.map((t) => `/targets/${t.id}/request/`).sort());
  });
});

describe.each(withoutFigure.map((t) => [t.id]))('/targets/%s/request/', (id) => {
  const doc = page(`/targets/${id}/request/`)?.doc;
  const letter = requestLetter(site, id, 'https://x.example')!;
  it('is a request for disclosure naming at least one responsible unit', () => {
    expect(doc).toBeDefined();
    const article = doc!.querySelector('article.letter')!;
    expect(article.querySelector('h1')?.text).toBe('政府信息公开申请');
    expect(letter.section.lead.length).toBeGreaterThan(0);
    const section = doc!.querySelector('.request-section')!;
    expect(section.querySelector('h2')?.text).toBe('向谁申请');
    for (const unit of letter.section.lead) expect(section.querySelector(`a[href="/departments/${unit.id}/"]`)?.text).toBe(unit.name);
    if (letter.addressee) expect(article.querySelector('.letter-to strong')?.text).toBe(letter.addressee.name);
  });
  it('is pre-filled with the figure, places and years wanted, and the plan’s words', () => {
    const wanted = doc!.querySelector('.wanted')!.text;
    for (const part of [letter.section.figure, letter.section.scope, letter.section.years, letter.wording]) expect(wanted).toContain(part);
  });
  it('has the three parts a request must contain and the time limits for a reply', () => {
    const text = doc!.querySelector('article.letter')!.text;
    expect(text.match(/《条例》第二十九条要求写明/g)).toHaveLength(3);
    for (const part of ['申请人信息', '所需政府信息', '获取信息的方式', '20个工作日', '7个工作日', '第三十三条', '第三十条', '第四十二条']) expect(text).toContain(part);
  });
});

/** The "向谁申请" section of a page: its heading, and the units it names as links to their pages. */
function requestSection(url: string) {
  const doc = page(url)?.doc;
  const section = doc?.querySelector('.request-section') ?? undefined;
  return { doc, section, heading: section?.querySelector('h2')?.text.trim(), units: section?.querySelectorAll('a[href^="/departments/"]').map((a) => a.text.trim()) ?? [] };
}

describe.each(withoutFigure.map((t) => [t.id]))('/targets/%s/ (no figure)', (id) => {
  it('has a "向谁申请" section naming at least one responsible unit, and its printable request', () => {
    const { doc, section, heading, units } = requestSection(`/targets/${id}/`);
    expect(doc).toBeDefined();
    expect(heading).toBe('向谁申请');
    expect(units.length).toBeGreaterThan(0);
    expect(section!.querySelector(`a[href="/targets/${id}/request/"]`)).not.toBeNull();
  });
});

// An indicator lacks its figure when a target that uses it does.
const indicatorsWithoutFigure = [...new Set(withoutFigure.map((t) => t.indicator))];
describe.each(indicatorsWithoutFigure.map((id) => [id]))('/indicators/%s/ (a target lacks its figure)', (id) => {
  it('has a "向谁申请" section naming at least one responsible unit and the request of every such target', () => {
    const { doc, section, heading, units } = requestSection(`/indicators/${id}/`);
    expect(doc).toBeDefined();
    expect(heading).toBe('向谁申请');
    expect(units.length).toBeGreaterThan(0);
    for (const target of withoutFigure.filter((t) => t.indicator === id)) expect(section!.querySelector(`a[href="/targets/${target.id}/request/"]`), target.id).not.toBeNull();
  });
});

it('target and indicator pages with their figures have no request section', () => {
  const withFigure = site.content.targets.filter((t) => !withoutFigure.includes(t));
  for (const t of withFigure) expect(requestSection(`/targets/${t.id}/`).section, t.id).toBeUndefined();
  for (const i of site.content.indicators.filter((i) => !indicatorsWithoutFigure.includes(i.id))) expect(requestSection(`/indicators/${i.id}/`).section, i.id).toBeUndefined();
});

it('no page offers a request for a target that has its figure', () => {
  const offered = requestRows(site).map((r) => r.id);
  expect(offered.sort()).toEqual(withoutFigure.map((t) => t.id).sort());
  const letters = pages.filter((p) => /^\/targets\/[^/]+\/request\/$/.test(p.url)).map((p) => p.url.split('/')[2]);
  expect(letters.sort()).toEqual(offered.sort());
});
