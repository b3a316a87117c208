import { describe, expect, it } from 'vitest';
import { clauseMeta, entityCards, entityIndex, planPage } from '../../../src/domain/plan/views';
import { planTitleOf, siteTagline } from '../../../src/domain/plan/title';
import { realSite } from '../../helpers/site';

const site = realSite();

describe('index pages of the plan’s parts', () => {
  it('list the eight mechanisms in plan order with their numbers', () => {
    const cards = entityCards(site, 'mechanism');
    expect(cards).toHaveLength(8);
    expect(cards[0].numberLabel).toBe('机制 1');
    expect(cards.map((c) => c.href).every((href) => href.startsWith('/mechanisms/'))).toBe(true);
  });
  it('count targets and annex rows per entity', () => {
    const urban = entityCards(site, 'project').find((c) => c.href === '/projects/urban/')!;
    const targets = site.index.targetsOf({ kind: 'project', id: 'urban' }).length;
    expect(urban.counts).toBe(`目标 ${targets} 项 · 附件分工 ${site.index.rowsOf({ kind: 'project', id: 'urban' }).length} 项`);
  });
  it('say so when an entity has no target', () => {
    const none = entityCards(site, 'safeguard').filter((c) => c.counts.startsWith('无量化目标'));
    expect(none.length).toBeGreaterThan(0);
  });
});

describe('index pages take their title and introduction from content/index-pages/', () => {
  it('for every kind, with the cards in plan order', () => {
    for (const kind of ['measure', 'project', 'task', 'mechanism', 'safeguard'] as const) {
      const page = site.content['index-pages'].find((p) => p.id === kind)!;
      const view = entityIndex(site, kind);
      expect(view.title).toBe(page.title);
      expect(view.intro).toBe(page.intro);
      expect(view.clauseHref).toBe(`/plan/#${page.clause}`);
      expect(view.cards).toEqual(entityCards(site, kind));
    }
  });
  it('follows an edited introduction', () => {
    const edited = { ...site, content: { ...site.content, 'index-pages': site.content['index-pages'].map((p) => (p.id === 'safeguard' ? { ...p, intro: '改过的介绍。' } : p)) } };
    expect(entityIndex(edited, 'safeguard').intro).toBe('改过的介绍。');
  });
});

describe('the plan’s title', () => {
  const source = site.content.sources.find((s) => s.id === 'plan-draft')!;
  it('comes from its source entry, with and without the draft status, and the annex’s from its clause', () => {
    const title = planTitleOf(site);
    expect(title.full).toBe(source.title);
    expect(title.short + title.status).toBe(source.title);
    expect(title.status).toBe('（征求意见稿）');
    expect(title.annex).toBe(site.index.clauses.get('annex')!.heading);
    expect(siteTagline(title)).toBe(`《${title.short}》公众网站`);
  });
  it('follows the source entry when it changes (a final version)', () => {
    const final = { content: { ...site.content, sources: site.content.sources.map((s) => (s.id === 'plan-draft' ? { ...s, title: '绍兴市节水行动实施方案' } : s)) } };
    expect(planTitleOf(final)).toMatchObject({ full: '绍兴市节水行动实施方案', short: '绍兴市节水行动实施方案', status: '' });
  });
});

describe('/plan/', () => {
  const view = planPage(site);
  it('shows every clause in reading order, headings with the plan’s own numbers', () => {
    expect(view.clauses.map((c) => c.id)).toEqual(site.content.plan.map((c) => c.id));
    expect(view.clauses.find((c) => c.id === 'measure-dual-control')!.label).toBe('1. 实行总量强度双控');
    expect(view.clauses.find((c) => c.id === 'goals-2022')!.label).toBe('');
  });
  it('never skips a heading level: a numbered clause right under a part is h3, under a section h4', () => {
    let previous = 1;
    for (const clause of view.clauses.filter((c) => c.label)) {
      expect(clause.headingLevel, clause.id).toBeLessThanOrEqual(previous + 1);
      previous = clause.headingLevel;
    }
    expect(view.clauses.find((c) => c.id === 'measure-dual-control')!.headingLevel).toBe(3);
  });
  it('ends every part, and the annex, with a way back to the contents, and nothing else', () => {
    const ends = view.clauses.filter((c) => c.endsPart).map((c) => c.id);
    const parts = site.content.plan.filter((c) => c.level === 1);
    expect(ends).toHaveLength(parts.length + 1);
    expect(ends.at(-1)).toBe('annex');
    for (const part of parts) {
      const partIndex = site.content.plan.findIndex((c) => c.id === part.id);
      const nextPart = site.content.plan.findIndex((c, i) => i > partIndex && c.level <= 1);
      expect(ends).toContain(site.content.plan[nextPart - 1].id);
    }
  });
  it('links the first mention of a county in a clause, and keeps the words unchanged', () => {
    const clause = view.clauses.find((c) => c.id === 'task-leakage-control')!;
    const words = clause.paragraphs.map((p) => p.map((part) => (typeof part === 'string' ? part : part.name)).join(''));
    expect(words).toEqual(site.index.clauses.get('task-leakage-control')!.paragraphs);
    const links = clause.paragraphs.flat().filter((part) => typeof part !== 'string');
    expect(links).toEqual([
      { id: 'zhuji', name: '诸暨市', href: '/counties/zhuji/' },
      { id: 'xinchang', name: '新昌县', href: '/counties/xinchang/' },
    ]);
  });
  it('names the annex parts with the headings of the parts their rows belong to, counting every row once, and links each to its table on /plan/annex/', () => {
    const headings = ['rigid-constraints', 'five-projects', 'eight-mechanisms', 'safeguard-measures'].map((id) => site.index.clauses.get(id)!.heading);
    expect(view.annexParts.map((p) => p.label)).toEqual(['二、', '三、', '四、', '五、'].map((number, i) => `${number}${headings[i]}`));
    expect(view.annexParts.reduce((n, p) => n + p.count, 0)).toBe(site.content.responsibilities.length);
    expect(view.annexParts.map((p) => p.href)).toEqual(['measure', 'task', 'mechanism', 'safeguard'].map((kind) => `/plan/annex/#group-${kind}`));
  });
});

describe('clauseMeta (the side note of a clause on /plan/)', () => {
  it('lists the clause’s targets with the counties they name, its lead units and its page', () => {
    const meta = clauseMeta(site, site.index.clauses.get('task-leakage-control')!)!;
    const county = meta.targets.find((t) => t.href === '/targets/county-leakage-2022/')!;
    expect(county.places.map((p) => p.href)).toEqual(['/counties/zhuji/', '/counties/xinchang/']);
    expect(meta.targets.filter((t) => t.href !== '/targets/county-leakage-2022/').every((t) => t.places.length === 0)).toBe(true);
    expect(meta.lead.length).toBeGreaterThan(0);
    expect(meta.page).toBe('/tasks/leakage-control/');
    expect(meta.label).toBe('控制供水管网漏损：目标与责任单位');
  });
  it('is null for a clause with nothing to add', () => {
    expect(clauseMeta(site, site.index.clauses.get('preamble')!)).toBeNull();
  });
});
