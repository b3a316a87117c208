import { createHash } from 'node:crypto';

/**
 * The content security policy each page carries as a <meta> tag: this origin only, Pagefind's
 * WebAssembly, and a hash for each inline script the page itself has (on most pages only the
 * head script, src/lib/head-script.ts). Astro's own `security.csp` added the hashes of its island
 * runtime and client directives to every page, which this site never uses: seven unused
 * allowances and about 0.5 KB (gzipped) of every page. tests/built/security.test.ts checks that
 * each page's hashes are exactly those of its inline scripts. The server adds frame-ancestors,
 * which a <meta> policy cannot say (deploy/jieshui-site.conf).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
];

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy for a page whose inline scripts are `inlineScripts` (their exact text). */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...inlineScripts.map(hashOf)];
  return [...DIRECTIVES, `script-src ${scripts.join(' ')}`].join(';');
}
