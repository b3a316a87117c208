// A tiny static server for dist/, used by the browser tests (no dependencies, loopback only).
// Usage: node scripts/serve-dist.mjs [port]   (default 4322)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// DIST_DIR points the server at another build (the benchmark serves its temporary copies).
const DIST = process.env.DIST_DIR ? `${process.env.DIST_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.wasm': 'application/wasm',
};

/** Resolves a request path to a file inside dist/, or undefined. */
function resolvePath(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const file = join(DIST, path);
  if (!file.startsWith(DIST)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Starts the server; resolves with it once it listens on 127.0.0.1:port. */
export function startServer(port = 4322) {
  const server = createServer((req, res) => {
    const file = resolvePath(req.url ?? '/');
    const status = file ? 200 : 404;
    const body = file ?? join(DIST, '404.html');
    res.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 4322);
  await startServer(port);
  console.log(`dist/ served on http://127.0.0.1:${port}/`);
}
