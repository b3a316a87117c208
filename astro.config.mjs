// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { contentCheck } from './src/content/check-integration.ts';
import { HEAD_SCRIPT } from './src/lib/head-script.ts';

const headScriptHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}`);

export default defineConfig({
  // The public address; used for the sitemap and canonical links. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'https://jieshui.example.org',
  trailingSlash: 'always',
  // Per-checkout cache: the default (node_modules/.astro) is shared when node_modules is shared.
  cacheDir: './.astro/cache',
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    // Content security policy as a <meta> tag on every page, with hashes for Astro's scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [headScriptHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [contentCheck(new URL('./content/', import.meta.url)), mdx(), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
});
