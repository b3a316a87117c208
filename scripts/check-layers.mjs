// Checks the layering rules in .dependency-cruiser.cjs over src/, .astro files included.
// dependency-cruiser reads TypeScript but not Astro components, so this script writes a mirror of
// src/ into .layers/ in which every .astro file becomes a .astro.ts file holding its frontmatter
// and the imports of its <script> blocks (the only places an Astro component imports from), then
// runs dependency-cruiser on the mirror. A broken rule prints its name and the offending import.
//   node scripts/check-layers.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIRROR = join(ROOT, '.layers');

/** Every file below a folder. */
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

// `./Foo.astro` becomes `./Foo.astro.ts` so the mirror's imports resolve to the mirrored components.
const toMirrorSpecifiers = (code) => code.replace(/(from\s*|import\s*\(?\s*)(['"])([^'"]+\.astro)\2/g, '$1$2$3.ts$2');

/** The TypeScript an Astro component imports through: its frontmatter and its <script> blocks. */
function astroToTs(source) {
  const front = source.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  const scripts = [...source.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  // Only the import lines of scripts matter; their bodies may use browser globals freely.
  const scriptImports = scripts.flatMap((code) => code.split('\n').filter((line) => /^\s*import\s/.test(line)));
  return toMirrorSpecifiers([front ? front[1] : '', ...scriptImports].join('\n'));
}

rmSync(MIRROR, { recursive: true, force: true });
for (const file of walk(join(ROOT, 'src'))) {
  const rel = relative(ROOT, file);
  const target = join(MIRROR, rel);
  mkdirSync(dirname(target), { recursive: true });
  if (file.endsWith('.astro')) writeFileSync(`${target}.ts`, astroToTs(readFileSync(file, 'utf8')));
  else if (/\.(ts|mjs|js)$/.test(file)) writeFileSync(target, toMirrorSpecifiers(readFileSync(file, 'utf8')));
  else cpSync(file, target);
}

try {
  // Run under the same Node as this script (the project's Node 22), not whatever `node` is on PATH.
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs'), '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err-long', 'src'],
    { cwd: MIRROR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  process.stdout.write(out.replace(/\.astro\.ts\b/g, '.astro'));
} catch (error) {
  process.stdout.write(String(error.stdout ?? '').replace(/\.astro\.ts\b/g, '.astro'));
  process.stderr.write(String(error.stderr ?? ''));
  process.exitCode = 1;
} finally {
  rmSync(MIRROR, { recursive: true, force: true });
}
