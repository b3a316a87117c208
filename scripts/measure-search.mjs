// Measures search on the built site: bytes fetched for the first query (cold cache) and the
// median time of a set of queries. Needs dist/ (npm run build) and Debian's Chromium.
// Usage: node scripts/measure-search.mjs   (DIST_DIR=/path/to/dist to measure another build)
import { chromium } from 'playwright-core';
import { startServer } from './serve-dist.mjs';

const QUERIES = ['漏损率', '再生水', '阶梯水价', '水效标识', '水利局', '节水型城市', '用水总量', '合同节水', '曹娥江', '节水示范小区', '灌溉', '工业水厂'];
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
// A page without search, so the first query pays for everything search loads.
await page.goto(`${base}/404.html`, { waitUntil: "networkidle" });
const fetched = [];
const pending = [];
page.on('requestfinished', (request) => {
  pending.push(request.sizes().then((sizes) => {
    fetched.push({ url: request.url().replace(base, ''), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  }).catch(() => {}));
});
const run = (queries) => page.evaluate(`(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ ranking: { termSimilarity: 3.0 } });
  const times = [];
  for (const q of ${JSON.stringify(queries)}) {
    const start = performance.now();
    const search = await pagefind.search(q);
    await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    times.push(performance.now() - start);
  }
  return times;
})()`);
const [first] = await run([QUERIES[0]]);
await page.waitForTimeout(300);
await Promise.all(pending);
const firstBytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
console.log(`first query "${QUERIES[0]}" (cold): ${first.toFixed(0)} ms, ${fetched.length} requests, ${firstBytes} bytes (uncompressed bodies + headers):`);
for (const f of fetched) console.log(`  ${f.bytes}\t${f.url}`);
const times = await run(QUERIES.slice(1));
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`median time of the next ${times.length} queries (5 results loaded each): ${median.toFixed(1)} ms`);
if (process.env.MEASURE_JSON) console.log(JSON.stringify({ firstQueryBytes: firstBytes, firstQueryMs: Math.round(first), medianMs: Math.round(median) }));
await Promise.all(pending);
page.removeAllListeners('requestfinished');
await browser.close();
server.close();
