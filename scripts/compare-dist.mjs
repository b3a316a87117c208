// Compares two builds of the site, ignoring what only names files: asset hashes and chunk names.
// Used to show that a refactoring commit leaves the built site unchanged:
//   node scripts/compare-dist.mjs /tmp/dist-before dist
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/compare-dist.mjs <dist-a> <dist-b>');
  process.exit(2);
}

/** Every file below a folder, as paths relative to it. */
function walk(root, dir = root, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(root, path, out);
    else out.push(relative(root, path));
  }
  return out;
}

// Hashed assets are compared by content; references to them by a placeholder.
const isAsset = (file) => file.startsWith('_astro/');
const normalise = (text) =>
  text
    .replace(/\/_astro\/[A-Za-z0-9_.-]+?\.[A-Za-z0-9_-]{8}\.(css|js|svg|png|webp)/g, '/_astro/ASSET.$1')
    .replace(/\.\/[A-Za-z0-9_.-]+?\.[A-Za-z0-9_-]{8}\.js/g, './CHUNK.js')
    // Scoped-style ids are hashes of the component's path.
    .replace(/astro-cid-[a-z0-9]{8}/g, 'astro-cid-X')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-HASH'")
    // Pagefind's own file names carry hashes of the index.
    .replace(/pagefind\/[a-z-]+\/[a-z0-9_-]+\.pf_[a-z]+/g, 'pagefind/PF');

const read = (root, file) => readFileSync(join(root, file));
const text = (root, file) => normalise(read(root, file).toString('utf8'));
const isText = (file) => /\.(html|css|js|json|xml|txt|csv|svg|webmanifest)$/.test(file);

const filesA = walk(a).filter((f) => !f.startsWith('pagefind/'));
const filesB = walk(b).filter((f) => !f.startsWith('pagefind/'));
const pagesA = new Set(filesA.filter((f) => !isAsset(f)));
const pagesB = new Set(filesB.filter((f) => !isAsset(f)));
const problems = [];
for (const f of pagesA) if (!pagesB.has(f)) problems.push(`only in ${a}: ${f}`);
for (const f of pagesB) if (!pagesA.has(f)) problems.push(`only in ${b}: ${f}`);
for (const f of pagesA) {
  if (!pagesB.has(f)) continue;
  const same = isText(f) ? text(a, f) === text(b, f) : read(a, f).equals(read(b, f));
  if (!same) problems.push(`differs: ${f}`);
}
const assetBag = (root, files) => files.filter(isAsset).map((f) => `${f.split('.').pop()}:${text(root, f)}`).sort();
const bagA = assetBag(a, filesA);
const bagB = assetBag(b, filesB);
if (bagA.join('\0') !== bagB.join('\0')) problems.push(`hashed assets differ in content (${bagA.length} vs ${bagB.length} files)`);

console.log(`${pagesA.size} files and ${bagA.length} hashed assets compared`);
if (problems.length > 0) {
  console.log(problems.slice(0, 40).join('\n'));
  console.log(`${problems.length} difference(s)`);
  process.exit(1);
}
console.log('no differences apart from asset file names and hashes');
