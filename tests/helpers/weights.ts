import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { DIST } from './dist';

/** Gzipped size in bytes, as the deployed server sends it (gzip_comp_level 6 in deploy/jieshui-site.conf). */
export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

const IMPORT = /(?:import\s*\(\s*|import\s+(?:[\w*{}\s,]+\s+from\s+)?|export\s+[\w*{}\s,]+\s+from\s+)["'`]([^"'`]+)["'`]/g;

/** A JavaScript file and every file it imports, statically or dynamically, that lives in dist/. */
export function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const target = spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec);
    scriptClosure(target, seen);
  }
  return seen;
}

/**
 * JavaScript a page can load, gzipped: its external scripts, inline scripts and everything they
 * import. Pagefind's own files are reported apart, because they load only when search is used.
 */
export function pageScripts(doc: HTMLElement) {
  const files = new Set<string>();
  let inline = 0;
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) scriptClosure(join(DIST, src), files);
    else {
      inline += gzipSize(script.innerHTML);
      for (const match of script.innerHTML.matchAll(IMPORT)) if (match[1].startsWith('/')) scriptClosure(join(DIST, match[1]), files);
    }
  }
  const own = [...files].filter((f) => !f.includes(`${DIST}/pagefind/`));
  const search = [...files].filter((f) => f.includes(`${DIST}/pagefind/`));
  return { bytes: inline + own.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0), files: own, searchFiles: search };
}
