import { defineConfig } from 'vitest/config';

// `npm run test:server`: Debian's nginx over dist/ with deploy/'s configuration (after a build).
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: { include: ['tests/server/**/*.test.ts'], env: { TZ: 'UTC' }, testTimeout: 30_000, hookTimeout: 30_000 },
});
