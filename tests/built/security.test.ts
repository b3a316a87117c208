import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { builtPages } from '../helpers/dist';

const pages = builtPages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's CSP, split into directives. */
function policyOf(doc: ReturnType<typeof builtPages>[number]['doc']) {
  const content = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return Object.fromEntries(
    content.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
      const [name, ...values] = part.split(/\s+/);
      return [name, values];
    }),
  ) as Record<string, string[]>;
}

describe.each(pages.map((page) => [page.url, page]))('%s', (_url, page) => {
  const policy = policyOf(page.doc);
  it('carries a content security policy that allows only this origin', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['script-src']?.filter((v) => !v.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['style-src']?.filter((v) => !v.startsWith("'sha256-"))).toEqual(["'self'"]);
  });
  it('allows exactly the inline scripts and styles the page has, by hash', () => {
    const hashes = (directive: string[] | undefined) => (directive ?? []).filter((v) => v.startsWith("'sha256-")).sort();
    const scripts = page.doc.querySelectorAll('script:not([src])').filter((script) => script.getAttribute('type') !== 'application/ld+json');
    expect(hashes(policy['script-src'])).toEqual([...new Set(scripts.map((script) => sha256(script.innerHTML)))].sort());
    expect(hashes(policy['style-src'])).toEqual([...new Set(page.doc.querySelectorAll('style').map((style) => sha256(style.innerHTML)))].sort());
  });
  it('has its policy before any script or stylesheet', () => {
    const html = page.html;
    const meta = html.indexOf('http-equiv="content-security-policy"');
    expect(meta).toBeGreaterThan(0);
    for (const marker of ['<script', '<link rel="stylesheet"']) if (html.includes(marker)) expect(html.indexOf(marker)).toBeGreaterThan(meta);
  });
  it('has no inline style attributes, event-handler attributes or javascript: links', () => {
    expect(page.doc.querySelectorAll('[style]').map((el) => el.tagName)).toEqual([]);
    const handlers = page.doc.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((name) => /^on[a-z]+$/i.test(name)));
    expect(handlers.map((el) => el.tagName)).toEqual([]);
    expect(page.doc.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]')).toHaveLength(0);
  });
});
