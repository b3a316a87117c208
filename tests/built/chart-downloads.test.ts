import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { builtPages, fileForPath } from '../helpers/dist';
import { CONTENT_DIR } from '../helpers/content-copy';
import { loadContent } from '../../src/content/load';
import { buildSiteModel } from '../../src/domain/site-model';
import { chartDownloads } from '../../src/charts/downloads';
import { parseCsv } from '../../src/domain/open-data/csv';
import { routes } from '../../src/routes';

// Every chart offers its data as CSV and its picture as SVG (src/pages/charts/[file].ts), linked
// from the chart's figure. The links resolve, the CSV reads back, the SVG is well-formed and
// opens on its own: its namespace, its styles inside, nothing loaded from anywhere.
const pages = builtPages();
const site = buildSiteModel(loadContent(CONTENT_DIR));
const charts = chartDownloads(site);
const links = pages.flatMap((page) => page.doc.querySelectorAll('figure.chart-figure .chart-downloads a').map((a) => ({ page: page.url, href: a.getAttribute('href')! })));

/**
 * Checks that a text is well-formed XML as far as a chart can go wrong: one root, every tag
 * closed in order, attributes quoted, only the five XML entities or numeric ones. Returns the
 * first problem, or null.
 */
function xmlProblem(text: string): string | null {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const tags = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<[^>]*>?/g;
  let last = 0;
  for (const match of body.matchAll(tags)) {
    const between = body.slice(last, match.index);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(between)) return `a bare "&" before offset ${match.index}`;
    if (/[<>]/.test(between.replace(/>/g, ''))) return `a stray "<" before offset ${match.index}`;
    last = match.index! + match[0].length;
    if (match[0].startsWith('<!--')) continue;
    const [, closing, name, , selfClosing] = match;
    if (!name) return `a malformed tag at offset ${match.index}: ${match[0].slice(0, 40)}`;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes the wrong element at offset ${match.index}`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    } else if (stack.length === 0) roots += 1;
  }
  if (body.slice(last).trim() !== '') return 'text after the root element';
  if (stack.length) return `<${stack.at(-1)}> is never closed`;
  return roots === 1 ? null : `${roots} root elements`;
}

describe('chart downloads', () => {
  it('every chart has both files, and the list covers the site’s chart kinds', () => {
    expect(charts.map((c) => c.id)).toEqual(expect.arrayContaining(['indicator-total-water-use', 'water-use-by-sector', 'targets-status', 'site-progress', 'county-map', 'unit-roles', 'responsibility-matrix']));
    for (const chart of charts) for (const format of ['csv', 'svg'] as const) expect(fileForPath(routes.chartFile(chart.id, format)), `${chart.id}.${format}`).toBeDefined();
  });

  it('every chart is offered from a page, and every figure with an SVG chart offers its files', () => {
    const linked = new Set(links.map((l) => l.href));
    for (const chart of charts) {
      expect(linked, chart.id).toContain(routes.chartFile(chart.id, 'csv'));
      expect(linked, chart.id).toContain(routes.chartFile(chart.id, 'svg'));
    }
    const embed = /^\/embed\//;
    const bare = pages
      .filter((page) => !embed.test(page.url))
      .flatMap((page) => page.doc.querySelectorAll('figure.chart-figure').filter((f) => f.querySelector('svg') && !f.querySelector('.chart-downloads')).map(() => page.url));
    expect(bare).toEqual([]);
  });

  it('every download link on every page resolves, with the words that say what it is', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !fileForPath(l.href)).map((l) => `${l.page} → ${l.href}`)).toEqual([]);
    for (const page of pages) {
      for (const a of page.doc.querySelectorAll('.chart-downloads a')) {
        expect(a.text.trim()).toMatch(a.getAttribute('href')!.endsWith('.csv') ? /^下载数据（CSV）$/ : /^下载图（SVG）$/);
      }
    }
  });

  it.each(charts.map((c) => [c.id]))('%s.csv reads back: byte-order mark, a header, rows as wide as the header', (id) => {
    const text = readFileSync(fileForPath(routes.chartFile(id, 'csv'))!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/\r\n$/);
    const [header, ...rows] = parseCsv(text);
    expect(header.length).toBeGreaterThan(1);
    expect(header.every((name) => name !== null && name !== '')).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.length !== header.length)).toEqual([]);
    expect(text).toBe(charts.find((c) => c.id === id)!.csv());
  });

  it.each(charts.map((c) => [c.id]))('%s.svg is well-formed, standalone and draws', async (id) => {
    const text = readFileSync(fileForPath(routes.chartFile(id, 'svg'))!, 'utf8');
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
    expect(xmlProblem(text)).toBeNull();
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toMatch(/^<\?xml[^>]*>\n<svg [^>]*\swidth="[\d.]+" height="[\d.]+"/);
    // Nothing from outside: no links, no external images, fonts or stylesheets, no script; colours written out.
    expect(text).not.toMatch(/<a[\s>]|<script|<image|<use|@import|@font-face/);
    expect([...text.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]).filter((ref) => !ref.startsWith('#'))).toEqual([]);
    expect([...text.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]).filter((ref) => !ref.startsWith('#'))).toEqual([]);
    expect(text).not.toContain('var(--');
    expect(text).toMatch(/<text\b/);
    const { width, height } = await sharp(Buffer.from(text)).metadata();
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(50);
  });

  it('the well-formedness check can fail', () => {
    expect(xmlProblem('<svg><g></svg>')).toMatch(/closes the wrong element/);
    expect(xmlProblem('<svg><text>A & B</text></svg>')).toMatch(/bare "&"/);
    expect(xmlProblem('<svg/><svg/>')).toMatch(/2 root elements/);
    expect(xmlProblem('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="x"><text x="1">A &amp; B</text></svg>')).toBeNull();
  });
});
