import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, fileForPath } from '../helpers/dist';
import { realSite } from '../helpers/site';
import { embeddable } from '../../src/domain/sharing/views';
import astroConfig from '../../astro.config.mjs';

/** Link previews (Open Graph, Twitter cards), the preview images and the embed pages, read from dist/. */
const pages = builtPages();
const site = realSite();
const SITE = String(astroConfig.site);
const MAX_IMAGE_BYTES = 60_000;
const meta = (doc: (typeof pages)[number]['doc'], key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages.map((page) => [page.url, page]))('%s', (url, page) => {
  it('carries Open Graph and Twitter card tags with the public address and an image that exists', () => {
    const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // The not-found page answers every missing address, so it names none as its own.
    expect(canonical).toBe(url === '/404.html' ? undefined : new URL(url, SITE).href);
    expect(meta(page.doc, 'og:url')).toBe(canonical);
    expect(meta(page.doc, 'og:locale')).toBe('zh_CN');
    expect(meta(page.doc, 'og:type')).toBe('website');
    expect(meta(page.doc, 'og:title')?.trim()).toBeTruthy();
    expect(meta(page.doc, 'og:description')?.trim()).toBeTruthy();
    expect(meta(page.doc, 'twitter:card')).toBe('summary_large_image');
    const image = meta(page.doc, 'og:image')!;
    expect(image.startsWith(SITE.replace(/\/$/, ''))).toBe(true);
    expect(fileForPath(new URL(image).pathname), `${image} is not in dist/`).toBeTruthy();
    expect(meta(page.doc, 'twitter:image')).toBe(image);
    expect([meta(page.doc, 'og:image:width'), meta(page.doc, 'og:image:height')]).toEqual(['1200', '630']);
  });
  it('links the updates feed from its head', () => {
    expect(page.doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml');
  });
});

describe('preview images', () => {
  const files = ['site.png', ...readdirSync(join(DIST, 'og', 'targets')).map((f) => `targets/${f}`), ...readdirSync(join(DIST, 'og', 'indicators')).map((f) => `indicators/${f}`)];
  it('exist for the site, every target and every indicator', () => {
    expect(files.sort()).toEqual(['site.png', ...site.content.targets.map((t) => `targets/${t.id}.png`), ...site.content.indicators.map((i) => `indicators/${i.id}.png`)].sort());
  });
  it.each(files.map((f) => [f]))('%s is a 1,200 × 630 PNG within the budget', (file) => {
    const path = join(DIST, 'og', file);
    expect(pngSize(path)).toEqual({ width: 1200, height: 630 });
    expect(statSync(path).size).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
  });
  it('are the ones target and indicator pages name, and the site’s elsewhere', () => {
    const byUrl = new Map(pages.map((p) => [p.url, meta(p.doc, 'og:image')]));
    for (const t of site.content.targets) expect(byUrl.get(`/targets/${t.id}/`)).toBe(new URL(`/og/targets/${t.id}.png`, SITE).href);
    for (const i of site.content.indicators) expect(byUrl.get(`/indicators/${i.id}/`)).toBe(new URL(`/og/indicators/${i.id}.png`, SITE).href);
    expect(byUrl.get('/')).toBe(new URL('/og/site.png', SITE).href);
    expect(byUrl.get('/plan/')).toBe(new URL('/og/site.png', SITE).href);
  });
});

describe('embed pages', () => {
  const embeds = embeddable(site);
  it('exist for every indicator with a chart (a published number), and only for those', () => {
    const built = readdirSync(join(DIST, 'embed')).filter((name) => statSync(join(DIST, 'embed', name)).isDirectory());
    expect(built.sort()).toEqual(embeds.map((e) => e.id).sort());
  });
  it.each(embeds.map((e) => [e.id, e]))('/embed/%s/ is the chart alone: title, chart, source line, a link back, no site frame', (_id, embed) => {
    const page = pages.find((p) => p.url === embed.embedHref)!;
    expect(page.doc.querySelector('.site-header, .site-nav, .site-footer, .draft-banner, .breadcrumbs')).toBeNull();
    expect(page.doc.querySelectorAll('figure.chart-figure')).toHaveLength(1);
    expect(page.doc.querySelector('figure .chart-title')?.text).toContain(embed.name);
    expect(page.doc.querySelector('figure svg[role="img"]')).not.toBeNull();
    expect(page.doc.querySelector('figure .source-line')?.text).toMatch(/^来源：/);
    const back = page.doc.querySelector(`a[href="${embed.pageHref}"]`);
    expect(back?.getAttribute('target')).toBe('_top');
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.doc.querySelectorAll('script[src], script:not([src])').length).toBe(0);
  });
  it('the list of embeddable charts gives each one’s code with the public address', () => {
    const index = pages.find((p) => p.url === '/embed/')!;
    const codes = index.doc.querySelectorAll('textarea').map((t) => t.text);
    expect(codes).toHaveLength(embeds.length);
    for (const e of embeds) expect(codes).toContain(`<iframe src="${new URL(e.embedHref, SITE).href}" title="${e.name}：已公开的数字与目标（绍兴节水）" width="100%" height="720" loading="lazy"></iframe>`);
  });
});

describe('the 分享 control', () => {
  it('is a plain link to the page without JavaScript, with its public address as text', () => {
    for (const url of ['/updates/', '/request/']) {
      const share = pages.find((p) => p.url === url)!.doc.querySelector('share-link')!;
      expect(share.getAttribute('data-url')).toBe(new URL(url, SITE).href);
      const link = share.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(url);
      expect(link.text).toBe(new URL(url, SITE).href);
      expect(share.querySelector('button')?.hasAttribute('hidden')).toBe(true);
      expect(existsSync(join(DIST, url))).toBe(true);
    }
  });
});
