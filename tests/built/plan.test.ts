import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, DIST } from '../helpers/dist';
import { realSite } from '../helpers/site';

/** /plan/: contents that follow the plan's own structure, a way back after every part, labelled clause links. */
const site = realSite();
const pages = builtPages();
const plan = pages.find((p) => p.url === '/plan/')!;
const doc = plan.doc;
const clauses = site.content.plan;
const idOf = (a: HTMLElement) => decodeURIComponent(a.getAttribute('href')!.replace('/plan/#', ''));

/** The entries of a contents list as (clause id, depth), read from the nested lists. */
function entries(list: HTMLElement, depth = 0): Array<{ id: string; depth: number; parent: string | null }> {
  return list.childNodes
    .filter((node): node is HTMLElement => (node as HTMLElement).tagName === 'LI')
    .flatMap((li) => {
      const link = li.querySelector(':scope > a')!;
      const nested = li.querySelector(':scope > ol');
      const id = idOf(link);
      return [{ id, depth, parent: null as string | null }, ...(nested ? entries(nested, depth + 1).map((e) => (e.depth === depth + 1 ? { ...e, parent: id } : e)) : [])];
    });
}

describe('/plan/ contents', () => {
  const nav = doc.querySelector('nav#contents')!;
  const wide = entries(nav.querySelector('.toc-wide > ol')!);
  it('list every clause with a heading once, in reading order, under its own label', () => {
    expect(wide.map((e) => e.id)).toEqual(clauses.filter((c) => c.heading).map((c) => c.id));
    for (const a of nav.querySelectorAll('.toc-wide a')) {
      const clause = clauses.find((c) => c.id === idOf(a))!;
      expect(a.text).toContain(clause.heading);
      expect(a.text.startsWith(clause.number ?? '')).toBe(true);
    }
  });
  it('nest as the clause levels do: each entry sits in the nearest earlier clause of a lower level', () => {
    for (const entry of wide) {
      const at = clauses.findIndex((c) => c.id === entry.id);
      const clause = clauses[at];
      const container = clause.level === 0 ? undefined : clauses.slice(0, at).reverse().find((c) => c.level === 0 || c.level < clause.level);
      expect(entry.parent, entry.id).toBe(container && container.level > 0 ? container.id : null);
    }
    const levelsAtDepth = (depth: number) => new Set(wide.filter((e) => e.depth === depth).map((e) => clauses.find((c) => c.id === e.id)!.level));
    expect([...levelsAtDepth(0)].sort()).toEqual([0, 1]);
  });
  it('show the same list, collapsed, on narrow screens: a <details> that starts closed', () => {
    const narrow = nav.querySelector('details.toc-narrow')!;
    expect(narrow.hasAttribute('open')).toBe(false);
    expect(narrow.querySelector('summary')!.text).toContain('目录');
    expect(entries(narrow.querySelector(':scope > ol')!)).toEqual(wide);
  });
  it('add no list numbers of their own: every list in the text is the contents, and its stylesheet removes the markers', () => {
    const lists = doc.querySelectorAll('main ol');
    expect(lists.length).toBeGreaterThan(0);
    for (const ol of lists) expect(ol.closest('nav#contents'), 'an <ol> outside the contents').not.toBeNull();
    const css = doc.querySelectorAll('link[rel="stylesheet"]').map((link) => readFileSync(join(DIST, link.getAttribute('href')!), 'utf8')).join('\n');
    expect(css).toMatch(/\.plan-toc(\[[^\]]+\])?\s+ol\s*\{[^}]*list-style:\s*none/);
  });
  it('number nothing twice ("11. 1. …" was the old flat list)', () => {
    for (const a of nav.querySelectorAll('a')) expect(a.text).not.toMatch(/^\d+\.\s*\d+\./);
  });
});

describe('/plan/ text', () => {
  const text = doc.querySelector('.plan-text')!;
  const blocks = text.childNodes.filter((node): node is HTMLElement => !!(node as HTMLElement).tagName);
  it('offers "回到目录" after every part and after the annex, leading to the contents', () => {
    const parts = clauses.filter((c) => c.level === 1 || c.id === 'annex').map((c) => c.id);
    const starts = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.tagName === 'SECTION' && parts.includes(b.id));
    expect(starts.map(([b]) => b.id)).toEqual(parts);
    starts.forEach(([part, i], k) => {
      const end = k + 1 < starts.length ? starts[k + 1][1] : blocks.length;
      const back = blocks.slice(i, end).filter((b) => b.classList.contains('to-contents'));
      expect(back.length, `after ${part.id}`).toBe(1);
      const link = back[0].querySelector('a')!;
      expect(link.text.trim()).toBe('回到目录');
      expect(link.getAttribute('href')).toBe('/plan/#contents');
    });
    expect(doc.getElementById('contents')).not.toBeNull();
  });
  it('keeps a link to the contents in reach on narrow screens (the floating 目录 link)', () => {
    const float = text.querySelector('a.to-contents-float')!;
    expect(float.getAttribute('href')).toBe('/plan/#contents');
    expect(float.text).toContain('目录');
  });
  it('gives every heading a labelled link to itself, named 本条链接, outside the heading', () => {
    const headed = clauses.filter((c) => c.heading);
    const links = text.querySelectorAll('.clause-head > a.anchor');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(headed.map((c) => `/plan/#${c.id}`));
    for (const a of links) {
      expect(a.text.trim()).toBe('本条链接');
      expect(a.getAttribute('aria-label')).toBeUndefined();
    }
    for (const h of text.querySelectorAll('h2, h3, h4')) expect(h.querySelector('a')).toBeNull();
  });
});

it('no page has a link whose text is only "#"', () => {
  const bare = pages.flatMap((p) => p.doc.querySelectorAll('a').filter((a) => a.text.trim() === '#').map(() => p.url));
  expect(bare).toEqual([]);
});
