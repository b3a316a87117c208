import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page in dist/, as its URL path and parsed document. */
export function builtPages(): Array<{ url: string; file: string; html: string; doc: HTMLElement }> {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(path);
    }
  };
  walk(DIST);
  return files.sort().map((file) => {
    const rel = relative(DIST, file).split('\\').join('/');
    const url = `/${rel.replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    return { url, file, html, doc: parse(html) };
  });
}

/** The file that answers a site path, if any ("/plan/" → dist/plan/index.html). */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
