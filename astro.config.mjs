// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/content/check-integration.ts';

export default defineConfig({
  // The public address; used for the sitemap and canonical links. Override with SITE_URL.
  site: process.env.SITE_URL ?? 'https://jieshui.example.org',
  trailingSlash: 'always',
  // Per-checkout cache: the default (node_modules/.astro) is shared when node_modules is shared.
  cacheDir: './.astro/cache',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No `security.csp`: the layouts write each page's policy (src/lib/content-security-policy.ts).
  integrations: [contentCheck(new URL('./content/', import.meta.url)), mdx(), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
});
