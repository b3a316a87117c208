// Lighthouse (mobile, its default simulated throttling) on the pages issue 15 names, served by
// Debian's nginx with the project's deploy/ configuration (compression and caching as deployed,
// over HTTPS with HTTP/2 as deploy/nginx.conf, with a throwaway certificate) and measured in
// Debian's Chromium, three runs a page. Prints each page's four category scores, LCP, CLS and TBT
// of the median run, and fails when a page scores below 100 in a category or its LCP is above
// the budget. LIGHTHOUSE_PLAIN_HTTP=1 serves plain HTTP/1.1 instead.
// Needs dist/ (npm run build), nginx-light and chromium. Usage:
//   npm run lighthouse                     (the pages below)
//   npm run lighthouse -- /tips/ /search/  (other pages)
// LIGHTHOUSE_JSON=dir keeps each page's full report there; DIST_DIR=dir measures another build.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx } from './lib/nginx.mjs';

const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));
const LIGHTHOUSE = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Largest Contentful Paint budget on a simulated mobile connection, in milliseconds (issue 15). */
const LCP_BUDGET = 1000;
const PAGES = ['/', '/plan/', '/targets/', '/targets/total-water-use-2022/', '/responsibilities/', '/departments/water/'];
/** Runs per page; the run with the median LCP is reported and judged (LIGHTHOUSE_RUNS=1 for a quick look). */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** Runs the Lighthouse CLI on one address and resolves with its JSON report. */
function audit(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LIGHTHOUSE, url, '--quiet', '--output=json', '--output-path=stdout',
      `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${FLAGS}${tls ? ' --ignore-certificate-errors' : ''}`], {
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

/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is tried again, up to twice. */
async function auditWithRetry(url, tries = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(url);
    } catch (error) {
      if (attempt >= tries || !/Runtime error/.test(String(error))) throw error;
      console.error(`${url}: ${String(error).split('\n')[0]}; trying again`);
    }
  }
}

const pages = process.argv.slice(2).length ? process.argv.slice(2) : PAGES;
const tls = !process.env.LIGHTHOUSE_PLAIN_HTTP;
const server = await startNginx(DIST, {}, { tls });
const failures = [];
const rows = [];
try {
  for (const path of pages) {
    // Lighthouse's own advice for variable machines: run several times and keep the median run.
    const reports = [];
    for (let run = 0; run < RUNS; run += 1) reports.push(await auditWithRetry(`${server.base}${path}`));
    const lcpOf = (r) => r.audits['largest-contentful-paint'].numericValue;
    const byLcp = reports.sort((a, b) => lcpOf(a) - lcpOf(b));
    const report = byLcp[Math.floor(RUNS / 2)];
    const spread = byLcp.map((r) => Math.round(lcpOf(r))).join('/');
    if (process.env.LIGHTHOUSE_JSON) {
      mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true });
      writeFileSync(join(process.env.LIGHTHOUSE_JSON, `${path.replace(/\W+/g, '_') || 'home'}.json`), JSON.stringify(report));
    }
    const scores = CATEGORIES.map((id) => Math.round(report.categories[id].score * 100));
    const metric = (id) => report.audits[id].numericValue;
    const lcp = Math.round(metric('largest-contentful-paint'));
    rows.push([path, ...scores, lcp, spread, metric('cumulative-layout-shift').toFixed(3), Math.round(metric('total-blocking-time'))]);
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
console.log(['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'LCP of each run', 'CLS', 'TBT ms'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
if (failures.length) {
  console.error(`\n${failures.length} below budget:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
