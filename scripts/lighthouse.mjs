// Lighthouse (mobile, its default simulated throttling) on the pages issue 15 names, served by
// Debian's nginx with the project's deploy/ configuration (compression and caching as deployed)
// and measured in Debian's Chromium. Prints each page's four category scores, LCP, CLS and TBT,
// and fails when a page scores below 100 in a category or its LCP is above the budget.
// Needs dist/ (npm run build), nginx-light and chromium. Usage:
//   npm run lighthouse                     (the pages below)
//   npm run lighthouse -- /tips/ /search/  (other pages)
// LIGHTHOUSE_JSON=dir keeps each page's full report there.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx } from './lib/nginx.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const LIGHTHOUSE = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Largest Contentful Paint budget on a simulated mobile connection, in milliseconds (issue 15). */
const LCP_BUDGET = 1000;
const PAGES = ['/', '/plan/', '/targets/', '/targets/total-water-use-2022/', '/responsibilities/', '/departments/water/'];
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** Runs the Lighthouse CLI on one address and resolves with its JSON report. */
function audit(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LIGHTHOUSE, url, '--quiet', '--output=json', '--output-path=stdout',
      `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${FLAGS}`], {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`lighthouse ${url} exited with ${code}: ${err}`))));
  });
}

const pages = process.argv.slice(2).length ? process.argv.slice(2) : PAGES;
const server = await startNginx(DIST);
const failures = [];
const rows = [];
try {
  for (const path of pages) {
    const report = await audit(`${server.base}${path}`);
    if (process.env.LIGHTHOUSE_JSON) {
      mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true });
      writeFileSync(join(process.env.LIGHTHOUSE_JSON, `${path.replace(/\W+/g, '_') || 'home'}.json`), JSON.stringify(report));
    }
    const scores = CATEGORIES.map((id) => Math.round(report.categories[id].score * 100));
    const metric = (id) => report.audits[id].numericValue;
    const lcp = Math.round(metric('largest-contentful-paint'));
    rows.push([path, ...scores, lcp, metric('cumulative-layout-shift').toFixed(3), Math.round(metric('total-blocking-time'))]);
    CATEGORIES.forEach((id, i) => {
      if (scores[i] < 100) {
        const lost = report.categories[id].auditRefs.filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1);
        failures.push(`${path}: ${id} ${scores[i]} (${lost.map((ref) => `${ref.id} ${report.audits[ref.id].displayValue ?? report.audits[ref.id].score}`).join(', ')})`);
      }
    });
    if (lcp > LCP_BUDGET) failures.push(`${path}: LCP ${lcp} ms, budget ${LCP_BUDGET} ms`);
  }
} finally {
  await server.stop();
}
console.log(['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'CLS', 'TBT ms'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
if (failures.length) {
  console.error(`\n${failures.length} below budget:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
