import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The tree shows the architecture (GUIDE, Layout; issue 13): a folder that collects many files
 * has hidden folders in it, and src/lib/ is only for the few truly cross-cutting helpers.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const MAX_FILES = 15;
const MAX_LIB_FILES = 5;

const folders = (dir: string): string[] => [dir, ...readdirSync(dir).map((name) => join(dir, name)).filter((path) => statSync(path).isDirectory()).flatMap(folders)];
const filesIn = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());

describe('the source tree', () => {
  it(`no folder under src/ but pages/ holds more than ${MAX_FILES} files directly`, () => {
    const crowded = folders(SRC)
      .filter((dir) => !relative(SRC, dir).startsWith('pages'))
      .map((dir) => ({ dir: relative(SRC, dir) || '.', files: filesIn(dir).length }))
      .filter(({ files }) => files > MAX_FILES)
      .map(({ dir, files }) => `src/${dir}: ${files} files`);
    expect(crowded).toEqual([]);
  });
  it(`src/lib/ holds at most ${MAX_LIB_FILES} files`, () => {
    expect(filesIn(join(SRC, 'lib')).length).toBeLessThanOrEqual(MAX_LIB_FILES);
  });
});
