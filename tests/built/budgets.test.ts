import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from '../helpers/dist';
import { gzipSize, pageScripts } from '../helpers/weights';

/**
 * Budgets, gzipped (see issue #9 and the README's "Performance budgets"). A visitor downloads the
 * stylesheets of the page they open (pageCss); the total over every page type (cssTotal) grows
 * with the page types and keeps the shared sheet from being copied into each of them. It was
 * 20 KB until the bill calculator, the search results list, the label drawing, the lesson and tip
 * filters, the plan's contents and the county pages brought their own sheets (21.3 KB, no rule in
 * two files); a visitor still downloads at most pageCss.
 *
 * Every page's HTML fits in TCP's first window: a new connection may send 10 segments of 1,460
 * bytes (14,600) before it waits a round trip for acknowledgement, and the response headers take
 * about 200 of them. A page of 14,200 bytes arrives in one round trip; Lighthouse's model (and a
 * slow phone network) charges a second for anything larger, about 0.1 s of LCP on a mobile profile.
 */
const BUDGET = { html: 14_200, islandJs: 20_000, plainJs: 500, readingAidsJs: 3_000, pageCss: 10_000, cssTotal: 24_000, indexChunk: 8_000 };
const pages = builtPages();
const weights = pages.map((page) => {
  const scripts = pageScripts(page.doc);
  // A page's own islands: custom elements outside the header (whose reading aids every page has; their code loads on first use).
  const islands = page.doc.querySelectorAll('*').filter((el) => el.rawTagName?.includes('-') && !el.closest('.site-header')).map((el) => el.rawTagName);
  const css = page.doc.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
  return { url: page.url, html: gzipSize(page.html), js: scripts.bytes, css, islands: [...new Set(islands)] };
});
const allFiles = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? allFiles(join(dir, name)) : [join(dir, name)]));

describe('performance budgets', () => {
  it('prints the heaviest pages', () => {
    const table = [...weights].sort((a, b) => b.html + b.js - (a.html + a.js)).slice(0, 12)
      .map((w) => `${String(w.html).padStart(7)} ${String(w.js).padStart(7)}  ${w.url}${w.islands.length ? `  [${w.islands.join(', ')}]` : ''}`);
    console.log(`Heaviest pages (gzipped bytes):\n   HTML      JS  page\n${table.join('\n')}`);
    expect(table.length).toBeGreaterThan(0);
  });
  it.each(weights.map((w) => [w.url, w]))(`%s: its HTML fits in TCP's first window (${BUDGET.html} bytes gzipped)`, (_url, w) => {
    expect(w.html).toBeLessThanOrEqual(BUDGET.html);
  });
  it(`pages without an island of their own ship at most ${BUDGET.plainJs} bytes of JavaScript: the head script`, () => {
    const plain = weights.filter((w) => w.islands.length === 0 && !/^\/embed\/[^/]+\//.test(w.url));
    expect(plain.length).toBeGreaterThan(100);
    // The head script is there and counted (the budget would otherwise hold trivially).
    expect(plain.every((w) => w.js > 0)).toBe(true);
    console.log(`JavaScript on pages without an island: at most ${Math.max(...plain.map((w) => w.js))} B gzipped`);
    expect(plain.filter((w) => w.js > BUDGET.plainJs).map((w) => `${w.url}: ${w.js} B`)).toEqual([]);
  });
  it(`the header's reading aids load at most ${BUDGET.readingAidsJs} bytes, and only when used`, () => {
    const tools = pages[0].doc.querySelector('.care-tools')!;
    const files = ['data-care-src', 'data-read-src'].map((a) => join(DIST, tools.getAttribute(a)!));
    const bytes = files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
    console.log(`reading aids on first use: ${bytes} B gzipped`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGET.readingAidsJs);
  });
  it(`pages with islands ship at most ${BUDGET.islandJs} bytes of JavaScript (search's own files apart)`, () => {
    expect(weights.filter((w) => w.js > BUDGET.islandJs).map((w) => `${w.url}: ${w.js} B`)).toEqual([]);
  });
  it(`every page links at most ${BUDGET.pageCss} bytes of CSS`, () => {
    const sizes = new Map<string, number>();
    const sizeOf = (href: string) => sizes.get(href) ?? sizes.set(href, gzipSize(readFileSync(join(DIST, href)))).get(href)!;
    const perPage = weights.map((w) => ({ url: w.url, bytes: w.css.reduce((sum, href) => sum + sizeOf(href), 0) }));
    const heaviest = perPage.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`CSS per page: at most ${heaviest.bytes} B gzipped (${heaviest.url})`);
    expect(perPage.filter((p) => p.bytes > BUDGET.pageCss).map((p) => `${p.url}: ${p.bytes} B`)).toEqual([]);
    expect(heaviest.bytes).toBeGreaterThan(0);
  });
  it(`all CSS together stays within ${BUDGET.cssTotal} bytes`, () => {
    const css = allFiles(DIST).filter((f) => f.endsWith('.css') && !f.includes(`${DIST}/pagefind/`));
    const total = css.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
    console.log(`CSS: ${css.length} files, ${total} B gzipped`);
    expect(total).toBeLessThanOrEqual(BUDGET.cssTotal);
  });
  it(`the search index comes in chunks of at most ${BUDGET.indexChunk} bytes (a query fetches one per word; scripts/index-search.mjs)`, () => {
    const chunks = readdirSync(join(DIST, 'pagefind/index')).map((name) => ({ name, bytes: statSync(join(DIST, 'pagefind/index', name)).size }));
    const largest = Math.max(...chunks.map((c) => c.bytes));
    console.log(`search index: ${chunks.length} chunks, the largest ${largest} B (compressed by Pagefind)`);
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.filter((c) => c.bytes > BUDGET.indexChunk)).toEqual([]);
  });
  it('uses no web fonts', () => {
    const fonts = allFiles(DIST).filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f) && !f.includes(`${DIST}/pagefind/`));
    expect(fonts).toEqual([]);
    const css = allFiles(DIST).filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(css).not.toMatch(/@font-face/);
  });
  it('every image is sized and small', () => {
    for (const page of pages) {
      for (const img of page.doc.querySelectorAll('img')) {
        expect(img.getAttribute('width'), `${page.url} ${img.getAttribute('src')}`).toBeTruthy();
        expect(img.getAttribute('height'), `${page.url} ${img.getAttribute('src')}`).toBeTruthy();
      }
    }
    const images = allFiles(DIST).filter((f) => /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(f));
    expect(images.filter((f) => statSync(f).size > 100_000)).toEqual([]);
  });
});
