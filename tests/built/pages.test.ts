import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { builtPages, fileForPath } from '../helpers/dist';
import { isIndexed } from '../../src/domain/search/settings';

const pages = builtPages();
const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.id)));
  return ids.get(file)!;
};

describe('the built site', () => {
  it('has every page the plan needs', () => {
    const urls = pages.map((page) => page.url);
    for (const url of ['/', '/plan/', '/targets/', '/responsibilities/', '/departments/', '/about/', '/projects/', '/measures/', '/mechanisms/', '/safeguards/', '/tasks/']) {
      expect(urls).toContain(url);
    }
    expect(urls.filter((url) => /^\/projects\/[a-z-]+\/$/.test(url))).toHaveLength(5);
    expect(urls.filter((url) => /^\/tasks\/[a-z-]+\/$/.test(url))).toHaveLength(11);
    expect(urls.filter((url) => /^\/mechanisms\/[a-z-]+\/$/.test(url))).toHaveLength(8);
    expect(urls.filter((url) => /^\/measures\/[a-z-]+\/$/.test(url))).toHaveLength(4);
    expect(urls.filter((url) => /^\/safeguards\/[a-z-]+\/$/.test(url))).toHaveLength(5);
  });
  it('carries none of the project’s code comments (an HTML comment in a template is sent with every page that uses it)', () => {
    const withComments = pages.filter((page) => page.html.includes('<!--')).map((page) => `${page.url}: ${/<!--[\s\S]{0,60}/.exec(page.html)![0]}`);
    expect(withComments).toEqual([]);
  });
});

describe.each(pages.map((page) => [page.url, page]))('%s', (_url, page) => {
  it('is in Chinese, has a title and exactly one h1', () => {
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(page.doc.querySelector('title')?.text.trim()).not.toBe('');
    expect(page.doc.querySelectorAll('h1')).toHaveLength(1);
  });
  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const a of page.doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:)/.test(href)) continue;
      const [path, hash] = href.split('#');
      const file = path === '' ? page.file : fileForPath(path.startsWith('/') ? path : new URL(path, `http://x${page.url}`).pathname);
      if (!file) broken.push(href);
      else if (hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(hash))) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
  it('loads nothing from another origin', () => {
    const external = page.doc
      .querySelectorAll('script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data], embed[src]')
      // A canonical link names the page's public address; browsers never fetch it.
      .filter((el) => el.getAttribute('rel') !== 'canonical')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '')
      .filter((url) => /^(https?:)?\/\//i.test(url));
    expect(external).toEqual([]);
    expect(page.html).not.toMatch(/@import\s+url\(\s*['"]?(https?:)?\/\//i);
  });
  it('marks its main content for search (unless it only repeats other pages) and keeps navigation out of it', () => {
    const excluded = !isIndexed(page.url);
    expect(page.doc.querySelectorAll('main[data-pagefind-body]')).toHaveLength(excluded ? 0 : 1);
    expect(page.doc.querySelector('main nav.site-nav')).toBeNull();
  });
});
