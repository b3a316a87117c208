// Measures search on the built site, as a visitor meets it, and fails when a first search costs
// more than the budget. Needs dist/ (npm run build) and Debian's Chromium.
// Usage: node scripts/measure-search.mjs   (DIST_DIR=/path/to/dist measures another build without
// judging it; MEASURE_JSON=1 adds a JSON line for scripts/bench.mjs; MEASURE_FILES=1 lists every file)
//
// A first search: a visitor on the home page (a page without search) types a query into the
// header's search box and presses Enter. Counted is everything the browser then fetches until the
// results are drawn: the search page, its stylesheet and script, Pagefind's script, WebAssembly,
// metadata, the index chunks the query needs and the results' fragments. Files the home page
// already loaded from /_astro/ are not counted (the server marks them immutable, so the browser
// keeps them). Bytes are the bodies as the deployed server sends them (deploy/jieshui-site.conf):
// HTML, CSS, JavaScript and JSON gzipped (level 6, deploy/jieshui-site.conf), Pagefind's binary files as they
// are (they are compressed already). Headers are not counted: they depend on the server (about
// 0.7 KB a file with deploy/'s security headers), not on the site.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** At most this many bytes for a first search, whatever the query (issue 16). */
export const FIRST_SEARCH_BUDGET = 150_000;
/**
 * Queries as visitors type them: subjects, and questions of several words. Pagefind fetches the
 * index chunk of each word (it splits Chinese into words itself: 水效标识 → 水、效、标识), so a
 * question costs more than a subject; scripts/index-search.mjs keeps the chunks small enough that
 * a question of five or six words stays within the budget.
 */
export const BUDGET_QUERIES = ['漏损率', '再生水', '节水型城市', '用水总量', '水效标识', '洗澡怎么省水', '诸暨的目标', '学校怎么开展节水教育', '家里的马桶漏水怎么办', '农业灌溉用水效率是多少'];
/** The index chunks a first search fetched. */
export const indexChunks = (run) => run.files.filter((f) => f.url.includes('/pagefind/index/')).length;
/** Over budget: a first search that cost more than the budget. */
export const isOverBudget = (run) => run.bytes > FIRST_SEARCH_BUDGET;
const COMPRESSED = /^(text\/|application\/(json|javascript)|image\/svg)/;

/**
 * One first search in a fresh browser context: returns the bytes and the files fetched.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base the site's origin
 * @param {string} query
 */
export async function measureFirstSearch(browser, base, query) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  const cached = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new URL(url).pathname.startsWith('/_astro/'))));
  const fetched = [];
  const pending = [];
  page.on('response', (response) => {
    if (cached.has(response.url())) return;
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const type = response.headers()['content-type'] ?? '';
      const sent = COMPRESSED.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
      fetched.push({ url: response.url().replace(base, ''), bytes: sent });
    })());
  });
  const started = Date.now();
  await page.fill('#site-search-q', query);
  await page.press('#site-search-q', 'Enter');
  await page.waitForURL(/\/search\//);
  await page.waitForSelector('.search-result, .search-status:not(:empty)');
  await page.waitForFunction(() => !/正在/.test(document.querySelector('.search-status')?.textContent ?? ''));
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { query, ms, bytes: fetched.reduce((sum, f) => sum + f.bytes, 0), files: fetched };
}

/**
 * The median time of further queries on a warm page, through Pagefind's API (5 results loaded each).
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 */
async function medianQueryMs(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/404.html`);
  const queries = ['漏损率', '再生水', '阶梯水价', '水效标识', '水利局', '节水型城市', '用水总量', '合同节水', '曹娥江', '节水示范小区', '灌溉', '工业水厂'];
  const times = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    await pagefind.search(${JSON.stringify(queries[0])});
    const times = [];
    for (const q of ${JSON.stringify(queries.slice(1))}) {
      const start = performance.now();
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      times.push(performance.now() - start);
    }
    return times;
  })()`);
  await page.close();
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve-dist.mjs');
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const over = [];
  const runs = [];
  for (const query of BUDGET_QUERIES) {
    const run = await measureFirstSearch(browser, base, query);
    runs.push(run);
    const chunks = indexChunks(run);
    if (isOverBudget(run)) over.push(`${query} (${run.bytes} bytes, ${chunks} index chunks)`);
    console.log(`first search "${query}": ${run.bytes} bytes in ${run.files.length} files (${chunks} index chunks), results after ${run.ms} ms`);
    if (query === BUDGET_QUERIES[0] || process.env.MEASURE_FILES) for (const f of run.files) console.log(`  ${String(f.bytes).padStart(7)}  ${f.url}`);
  }
  const median = await medianQueryMs(browser, base);
  console.log(`median time of further queries (5 results loaded each): ${median.toFixed(1)} ms`);
  const first = runs[0];
  if (process.env.MEASURE_JSON) console.log(JSON.stringify({ firstQueryBytes: first.bytes, firstQueryMs: first.ms, medianMs: Math.round(median) }));
  await browser.close();
  server.close();
  // The budget judges this site's own build; another build (DIST_DIR, the benchmark's synthetic copies) is only measured.
  if (over.length && !process.env.DIST_DIR) {
    console.error(`over the budget of ${FIRST_SEARCH_BUDGET} bytes for a first search: ${over.join(', ')}`);
    process.exitCode = 1;
  }
}
