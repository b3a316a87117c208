// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';

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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [contentCheck(new URL('./content/', import.meta.url)), mdx(), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
});
