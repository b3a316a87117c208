// Makes a throwaway copy of the project (for fault injection and the scale benchmark), so
// nothing is ever written into the real content/ or dist/. node_modules is linked, not copied.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'shots']);

/** Copies the project to a new temporary folder and returns its path. */
export function copyProject(prefix = 'jieshui-copy-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(PROJECT_ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(basename(src)) || src === PROJECT_ROOT.replace(/\/$/, '') });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Removes a copy made by copyProject. */
export function removeProject(dir) {
  rmSync(dir, { recursive: true, force: true });
}
