import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, DIST } from '../helpers/dist';

// 关怀模式 in the built HTML and CSS (src/components/care/). The browser tests measure the result;
// these check what must hold on every one of the site's pages and stylesheets.
// Embed pages (/embed/<indicator>/) are only a chart for other sites' iframes: no header, so no 关怀模式 controls (issue 17).
const pages = builtPages().filter((page) => !/^\/embed\/[^/]+\//.test(page.url));

describe('the head script that applies 关怀模式 before first paint', () => {
  const scripts = pages.map((page) => {
    const head = page.doc.querySelector('head')!;
    const first = page.doc.querySelector('body')!.childNodes.find((node) => node.nodeType === 1) as ReturnType<typeof page.doc.querySelector>;
    return {
      url: page.url, tag: first?.rawTagName, text: first?.text ?? '', src: first?.getAttribute('src'),
      headScripts: head.querySelectorAll('script').length, headCss: head.querySelectorAll('link[rel="stylesheet"]').length,
    };
  });

  // First in <body>, after every stylesheet: the parser waits for them there, so a page is laid out once, styled (issue 15).
  it('is the first element of every page’s body, inline, after the stylesheets in the head', () => {
    const wrong = scripts.filter((s) => s.tag !== 'script' || s.src !== undefined || s.headScripts > 0 || s.headCss === 0 || !s.text.includes("c.toggle('care',s.getItem(n+'care')=='on')"));
    expect(wrong.map((s) => s.url)).toEqual([]);
  });
  it('is the same text on every page (one hash for a content security policy) and small', () => {
    expect(new Set(scripts.map((s) => s.text)).size).toBe(1);
    expect(gzipSync(scripts[0].text).length).toBeLessThan(500);
  });
  it('loads the switches’ and the reader’s code on first use, from files the build made', () => {
    expect(scripts[0].text).toContain("'data-'+k+'-src'");
    for (const page of pages) {
      const tools = page.doc.querySelector('.care-tools')!;
      for (const attribute of ['data-care-src', 'data-read-src']) {
        const src = tools.getAttribute(attribute) ?? '';
        expect(src, `${page.url} ${attribute}`).toMatch(/^\/_astro\/[\w-]+\.js$/);
        expect(existsSync(join(DIST, src)), src).toBe(true);
      }
      // No module script of the reading aids is on the page itself.
      expect(page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')).filter((src) => /care|read-aloud/i.test(src ?? ''))).toEqual([]);
    }
  });
  it('stores each switch under jieshui-<setting>, for the settings the switches and care-mode.ts know', () => {
    const island = readFileSync(join(import.meta.dirname, '../../src/components/care/care-mode.ts'), 'utf8');
    expect(scripts[0].text).toContain("n='jieshui-'");
    for (const setting of ['care', 'big-cursor']) {
      expect(scripts[0].text).toContain(`n+'${setting}'`);
      expect(island).toContain(`'${setting}'`);
    }
    const settings = new Set(pages.flatMap((page) => page.doc.querySelectorAll('[data-setting]').map((b) => b.getAttribute('data-setting'))));
    expect([...settings].sort()).toEqual(['big-cursor', 'care']);
  });
});

describe.each(pages.map((page) => [page.url, page]))('%s', (_url, page) => {
  it('has the 关怀模式 switch, the reader, the no-script link and the skip links to them', () => {
    const toggle = page.doc.querySelector('#care-toggle');
    expect(toggle?.tagName).toBe('BUTTON');
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    expect(page.doc.querySelector('read-aloud button[data-read="play"]')).not.toBeNull();
    expect(page.doc.querySelector('#care-help')?.getAttribute('href')).toBe('/accessibility/#zoom');
    const skips = page.doc.querySelectorAll('a.skip').map((a) => a.getAttribute('href'));
    expect(skips).toEqual(['#main', '#care-toggle', '#care-help']);
  });
});

describe('stylesheets', () => {
  const css = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(DIST, '_astro', name), 'utf8'));

  it('size text in rem or em, never px, except inside the SVG charts', () => {
    const fixed: string[] = [];
    for (const sheet of css) {
      for (const [, selector, body] of sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        if (/font-size:\s*[\d.]+px/.test(body) && !/\.chart\b/.test(selector)) fixed.push(selector.trim());
      }
    }
    expect(fixed).toEqual([]);
  });
  it('take the large cursor from this site, as SVG files that load nothing else', () => {
    const urls = css.flatMap((sheet) => [...sheet.matchAll(/cursor:\s*url\(["']?([^"')]+)/g)].map((m) => m[1]));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^\/cursors\/[a-z-]+\.svg$/);
      const svg = readFileSync(join(DIST, url), 'utf8');
      expect(svg).toMatch(/^<svg[^>]+width="\d+" height="\d+"/);
      expect(svg).not.toMatch(/href|url\(|@import/);
    }
  });
});
