// Starts Debian's nginx (nginx-light) on a free loopback port over a copy of dist/ made of symbolic
// links, with the project's own deploy/jieshui-maps.conf and deploy/jieshui-site.conf included as
// deploy/nginx.conf includes them. Used by the server test and the Lighthouse measurement, so both
// see what is deployed: the same types, headers, compression and caching.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEPLOY = fileURLToPath(new URL('../../deploy/', import.meta.url));
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Temp paths for the modules this nginx was built with, so it never writes outside its prefix. */
function tempPaths(prefix) {
  const configure = `${execFileSync(NGINX, ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })}`;
  const built = (module) => !configure.includes(`--without-http_${module}_module`);
  const lines = [`client_body_temp_path ${prefix}/body;`];
  for (const module of ['proxy', 'fastcgi', 'uwsgi', 'scgi']) if (built(module)) lines.push(`${module}_temp_path ${prefix}/${module};`);
  return lines.join('\n    ');
}

/** A throwaway self-signed certificate for 127.0.0.1, made with Debian's openssl. */
function selfSignedCertificate(prefix) {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(prefix, 'key.pem'), '-out', join(prefix, 'cert.pem')], { stdio: 'ignore' });
  return `ssl_certificate ${prefix}/cert.pem;\n        ssl_certificate_key ${prefix}/key.pem;`;
}

/** Resolves once the server answers; with TLS the self-signed certificate is accepted. */
async function answers(base) {
  if (base.startsWith('http:')) return fetch(`${base}/`);
  const { get } = await import('node:https');
  return new Promise((resolve, reject) => {
    get(`${base}/`, { rejectUnauthorized: false }, (response) => { response.resume(); resolve(response); }).on('error', reject);
  });
}

/**
 * Starts nginx over `dist` and resolves once it answers. `extraFiles` maps a path inside the
 * document root to a file's text, written beside dist/'s entries (dist/ itself is never written).
 * `{ tls: true }` serves HTTPS with HTTP/2, as deploy/nginx.conf does, with a throwaway
 * self-signed certificate (clients must accept it).
 * Returns the base address, the document root, the server's log so far and `stop()`.
 */
export async function startNginx(dist, extraFiles = {}, { tls = false } = {}) {
  if (!NGINX) throw new Error('nginx is not installed: run `apt-get install nginx-light` (see README, Deployment)');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const prefix = mkdtempSync(join(tmpdir(), 'jieshui-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const root = join(prefix, 'root');
  mkdirSync(root);
  for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(root, name));
  for (const [path, text] of Object.entries(extraFiles)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const port = await freePort();
  const base = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const listen = tls ? `listen 127.0.0.1:${port} ssl http2;\n        ${selfSignedCertificate(prefix)}` : `listen 127.0.0.1:${port};`;
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : '';
  writeFileSync(join(prefix, 'nginx.conf'), `
${user}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    ${tempPaths(prefix)}
    include ${DEPLOY}jieshui-maps.conf;
    server {
        ${listen}
        server_name localhost;
        root ${root};
        include ${DEPLOY}jieshui-site.conf;
    }
}
`);
  execFileSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  nginx.stderr.on('data', (chunk) => { output += chunk; });
  const errorLog = () => (existsSync(join(prefix, 'logs/error.log')) ? readFileSync(join(prefix, 'logs/error.log'), 'utf8') : '');
  const stop = async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i += 1) {
    try {
      await answers(base);
      return { base, root, log: () => `${output}${errorLog()}`, stop };
    } catch {
      if (nginx.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = `${output}${errorLog()}`;
  await stop();
  throw new Error(`nginx did not start: ${log}`);
}
