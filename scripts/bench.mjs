// Scale benchmark (npm run bench): builds temporary copies of the project with 1,000, 5,000 and
// 10,000 synthetic demonstration sites (and one synthetic observation per ten sites) and reports
// build time, pages per second, peak memory, dist/ size, Pagefind index size and the bytes one
// search fetches. The synthetic content is written only into the temporary copies, never into
// content/. Usage: node scripts/bench.mjs [sizes…]   e.g. node scripts/bench.mjs 1000 5000 10000
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, removeProject, PROJECT_ROOT } from './lib/temp-project.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 5000, 10000];
const TYPES = ['demo-hotel', 'demo-campus', 'demo-community', 'demo-enterprise', 'water-saving-public-institution', 'education-base'];
const COUNTIES = ['yuecheng', 'keqiao', 'shangyu', 'zhuji', 'shengzhou', 'xinchang'];
const LEVELS = ['city', 'county', 'provincial'];

function synthesise(dir, n) {
  writeFileSync(join(dir, 'content/sources/synthetic-benchmark.yaml'), [
    'publisher: 基准测试（合成数据，不是真实资料）', 'title: 规模基准测试用的合成条目', 'date: null', 'url: null', 'accessed: null',
    'kind: other', 'status: final', 'note: 只存在于基准测试的临时副本中，从不写入项目的 content/ 文件夹。', '',
  ].join('\n'));
  for (let i = 1; i <= n; i += 1) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    writeFileSync(join(dir, 'content/sites', `${id}.yaml`), [
      `name: 合成测试示范点 ${i}（基准测试数据）`, `type: ${TYPES[i % TYPES.length]}`, `county: ${COUNTIES[i % COUNTIES.length]}`,
      `level: ${LEVELS[i % LEVELS.length]}`, 'status: recognised', `year: ${2016 + (i % 7)}`, 'recognisedBy: 合成数据',
      'source: synthetic-benchmark', `description: 第 ${i} 个合成条目，用于测量构建时间随规模的增长。`, '',
    ].join('\n'));
  }
  const observations = [];
  for (let i = 1; i <= Math.round(n / 10); i += 1) {
    observations.push(`- id: synthetic-obs-${i}\n  indicator: reclaimed-water-volume\n  year: ${1950 + (i % 150)}\n  value: ${i}\n  unit: 万m³\n  scope: ${COUNTIES[i % COUNTIES.length]}\n  source: synthetic-benchmark\n`);
  }
  writeFileSync(join(dir, 'content/observations/synthetic-benchmark.yaml'), observations.join('\n'));
}

const du = (path) => readdirSync(path).reduce((sum, name) => {
  const p = join(path, name);
  const s = statSync(p);
  return sum + (s.isDirectory() ? du(p) : s.size);
}, 0);
const countPages = (path) => readdirSync(path).reduce((sum, name) => {
  const p = join(path, name);
  return sum + (statSync(p).isDirectory() ? countPages(p) : name.endsWith('.html') ? 1 : 0);
}, 0);

/** Runs a command under GNU time; returns wall seconds and peak resident memory in MB. */
function timed(cmd, args, cwd) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${cmd} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, mb: Math.round(kb / 1024) };
}

const rows = [];
for (const n of SIZES) {
  const dir = copyProject('jieshui-bench-');
  try {
    synthesise(dir, n);
    const astro = timed(join(dir, 'node_modules/.bin/astro'), ['build'], dir);
    const pagefind = timed(process.execPath, [join(PROJECT_ROOT, 'scripts/index-search.mjs'), join(dir, 'dist')], dir);
    const pages = countPages(join(dir, 'dist'));
    const search = JSON.parse(execFileSync('node', [join(PROJECT_ROOT, 'scripts/measure-search.mjs')], {
      env: { ...process.env, DIST_DIR: join(dir, 'dist'), MEASURE_JSON: '1' }, encoding: 'utf8',
    }).trim().split('\n').at(-1));
    const seconds = astro.seconds + pagefind.seconds;
    rows.push({
      sites: n, pages, buildSeconds: seconds, astroSeconds: astro.seconds, pagefindSeconds: pagefind.seconds,
      pagesPerSecond: Math.round(pages / seconds), msPerPage: +((seconds * 1000) / pages).toFixed(1),
      peakMB: Math.max(astro.mb, pagefind.mb), distMB: +(du(join(dir, 'dist')) / 1e6).toFixed(1),
      indexMB: +(du(join(dir, 'dist/pagefind')) / 1e6).toFixed(1), searchKB: Math.round(search.firstQueryBytes / 1024), searchMs: search.medianMs,
    });
    console.log(JSON.stringify(rows.at(-1)));
  } finally {
    removeProject(dir);
  }
}

console.log('\n| sites | pages | build (s) | astro / pagefind (s) | pages/s | ms/page | peak memory (MB) | dist/ (MB) | Pagefind index (MB) | first search (KB) | median query (ms) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.sites} | ${r.pages} | ${r.buildSeconds.toFixed(1)} | ${r.astroSeconds} / ${r.pagefindSeconds} | ${r.pagesPerSecond} | ${r.msPerPage} | ${r.peakMB} | ${r.distMB} | ${r.indexMB} | ${r.searchKB} | ${r.searchMs} |`);
}
if (rows.length > 1) {
  const first = rows[0];
  const last = rows.at(-1);
  const ratio = last.msPerPage / first.msPerPage;
  console.log(`\nPer-page time at ${last.sites} sites is ${ratio.toFixed(2)}× the per-page time at ${first.sites} (target: at most 1.5×).`);
  if (ratio > 1.5) process.exitCode = 1;
}
