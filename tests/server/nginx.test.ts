import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { DIST } from '../helpers/dist';
import { startNginx } from '../../scripts/lib/nginx.mjs';

/**
 * Runs Debian's nginx (nginx-light) on a loopback port over dist/ with the project's own
 * deploy/jieshui-maps.conf and deploy/jieshui-site.conf, as deploy/nginx.conf includes them, and
 * checks type, security headers and caching of one file of every kind the build makes.
 */
const DEPLOY = join(import.meta.dirname, '..', '..', 'deploy');

/** Every kind of file the site may serve, with the type nginx must send for it. */
const KINDS: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pagefind: 'application/octet-stream',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
  ico: 'image/x-icon',
  png: 'image/png',
  webmanifest: 'application/manifest+json; charset=utf-8',
};
/**
 * Kinds the build does not make today. Pagefind ships its WebAssembly gzipped as *.pagefind (so
 * there is no .wasm), the favicon is an SVG, and there is no robots.txt or web manifest. Asserted
 * absent from dist/ below, and served from a sample file written beside dist/'s files in the test's
 * own document root, so the configuration's type for them is checked all the same.
 */
const ABSENT = ['wasm', 'txt', 'ico', 'webmanifest'];
/** Where the samples of the absent kinds live in the test's document root (never in dist/). */
const SAMPLE_DIR = '__kinds';

const HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'strict-transport-security', 'permissions-policy', 'cross-origin-opener-policy', 'cache-control'];

function distFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(`/${relative(DIST, path).split('\\').join('/')}`);
    }
  };
  walk(DIST);
  return files;
}
const kindOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1] ?? '';

let server: Awaited<ReturnType<typeof startNginx>>;
let base: string;

beforeAll(async () => {
  server = await startNginx(DIST, Object.fromEntries(ABSENT.map((kind) => [`${SAMPLE_DIR}/sample.${kind}`, `sample ${kind}`])));
  base = server.base;
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

const files = existsSync(DIST) ? distFiles() : [];
/** One file of each kind, preferring a hashed asset for css and js and a page for html. */
const sample = (kind: string) => {
  const all = files.filter((file) => kindOf(file) === kind);
  return all.find((file) => file.startsWith('/_astro/')) ?? all.find((file) => file === '/index.html') ?? all[0];
};

/** A GET with the path sent exactly as written (fetch would resolve "/a/../b" first). */
const rawGet = (path: string) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });

/** The headers every response must carry, whatever it is. */
function expectSecurityHeaders(response: Response, path: string, frameAncestors = "'none'") {
  const h = response.headers;
  for (const name of HEADERS) expect(h.get(name), `${path}: ${name}`).toBeTruthy();
  const csp = h.get('content-security-policy')!;
  expect(csp, path).toContain(`frame-ancestors ${frameAncestors}`);
  expect(csp, path).toContain("object-src 'none'");
  expect(csp, path).toContain("base-uri 'self'");
  expect(h.get('x-content-type-options'), path).toBe('nosniff');
  expect(h.get('referrer-policy'), path).toBe('no-referrer');
  expect(h.get('strict-transport-security'), path).toMatch(/^max-age=\d{8,}/);
  expect(h.get('permissions-policy'), path).toContain('camera=()');
  expect(h.get('cross-origin-opener-policy'), path).toBe('same-origin');
  expect(h.get('server'), path).toBe('nginx');
}

describe('the build makes the kinds of file the server is tested with', () => {
  it.each(Object.keys(KINDS).filter((kind) => !ABSENT.includes(kind)))('.%s is present', (kind) => {
    expect(sample(kind), `no .${kind} file in dist/`).toBeDefined();
  });
  it.each(ABSENT)('.%s is absent (stated, not skipped)', (kind) => {
    expect(files.filter((file) => kindOf(file) === kind)).toEqual([]);
  });
  it('makes no kind of file the server has no type for', () => {
    expect([...new Set(files.map(kindOf))].filter((kind) => !(kind in KINDS))).toEqual([]);
  });
});

describe('nginx with deploy/ over dist/', () => {
  it.each(Object.keys(KINDS).filter((kind) => !ABSENT.includes(kind)))('serves a .%s file with its type and every security header', async (kind) => {
    const path = sample(kind)!;
    const response = await fetch(`${base}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toBe(KINDS[kind]);
    expectSecurityHeaders(response, path);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(DIST, path))), `${path}: body is the file`).toBe(true);
  });
  it.each(ABSENT)('would serve a .%s file with its type and every security header (sample file)', async (kind) => {
    const path = `/${SAMPLE_DIR}/sample.${kind}`;
    const response = await fetch(`${base}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toBe(KINDS[kind]);
    expectSecurityHeaders(response, path);
    expect(await response.text(), path).toBe(`sample ${kind}`);
  });
  it('serves every page as HTML: a page is displayed, never downloaded', async () => {
    for (const path of ['/', '/plan/', '/targets/', '/data/', '/learn/']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-disposition'), path).toBeNull();
      expectSecurityHeaders(response, path);
    }
  });
  it('caches hashed assets for a year (immutable), Pagefind entry files and data briefly, HTML not without revalidating', async () => {
    const cache = async (path: string) => (await fetch(`${base}${path}`)).headers.get('cache-control');
    for (const path of files.filter((file) => file.startsWith('/_astro/'))) expect(await cache(path), path).toBe('public, max-age=31536000, immutable');
    expect(await cache(files.find((file) => /^\/pagefind\/(index|fragment)\//.test(file))!)).toBe('public, max-age=31536000, immutable');
    expect(await cache('/pagefind/pagefind.js')).toBe('public, max-age=300, must-revalidate');
    expect(await cache('/data/targets.csv')).toBe('public, max-age=3600');
    for (const path of ['/', '/plan/', '/404.html']) expect(await cache(path), path).toBe('no-cache');
  });
  it('lets any site read the open data, and nothing else', async () => {
    expect((await fetch(`${base}/data/targets.json`)).headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${base}/`)).headers.get('access-control-allow-origin')).toBeNull();
  });
  it('answers an unknown address with the site’s 404 page, status 404, with every header', async () => {
    const response = await fetch(`${base}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expectSecurityHeaders(response, '/no-such-page/');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
  it('redirects a directory without its slash to a relative address, with every header', async () => {
    const response = await fetch(`${base}/plan`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/plan/');
    expectSecurityHeaders(response, '/plan');
  });
  it('lets only /embed/ pages be framed by other sites', async () => {
    const embeds = files.filter((file) => /^\/embed\/[^/]+\/index\.html$/.test(file)).map((file) => file.replace(/index\.html$/, ''));
    // The build makes one embed page per indicator with a chart; their list at /embed/ is an ordinary page.
    expect(embeds.length, 'embed pages in dist/').toBeGreaterThan(1);
    expect(files, 'the list of embeddable charts').toContain('/embed/index.html');
    expectSecurityHeaders(await fetch(`${base}/embed/`), '/embed/');
    for (const path of embeds) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response, path, '*');
    }
    // A 404 under /embed/ is the site's 404 page, and a path that only starts with /embed/ is not an embed.
    expectSecurityHeaders(await fetch(`${base}/embed/no-such-indicator/`), '/embed/no-such-indicator/');
    const traversal = await rawGet('/embed/../plan/');
    expect(traversal.status).toBe(200);
    expect(traversal.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
  it('logs no warning about the configuration', () => {
    expect(server.log().split('\n').filter((line) => /\[(warn|error|emerg)\]/.test(line))).toEqual([]);
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8');
  it('includes the same two files the test runs, so what is deployed is what is tested', () => {
    expect(conf).toMatch(/^include snippets\/jieshui-maps\.conf;$/m);
    expect(conf).toMatch(/^\s+include snippets\/jieshui-site\.conf;$/m);
  });
  it('adds no header and no types of its own (they would replace the tested ones)', () => {
    expect(conf).not.toMatch(/^\s*(add_header|types|location)\b/m);
  });
});
