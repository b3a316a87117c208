import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { fileForPath } from '../helpers/dist';
import { CONTENT_DIR } from '../helpers/content-copy';
import { loadContent } from '../../src/content/load';
import { sitePaths } from '../../src/content/site-paths';

/**
 * The content check accepts a lesson's related link only if it is in sitePaths(): every page and
 * anchor listed there must really be in dist/, or the check would let a broken link through.
 */
const paths = sitePaths(loadContent(CONTENT_DIR));

describe('every page path the content check accepts exists in the build', () => {
  it('lists the pages', () => expect(paths.pages.size).toBeGreaterThan(100));
  it.each([...paths.pages].sort())('%s', (path) => {
    expect(fileForPath(path), path).toBeDefined();
  });
  it.each([...paths.anchors].map(([path, ids]) => [path, ids]))('every anchor it accepts on %s has its id there', (path, ids) => {
    const doc = parse(readFileSync(fileForPath(path)!, 'utf8'));
    const present = new Set(doc.querySelectorAll('[id]').map((el) => el.id));
    expect([...ids].filter((id) => !present.has(id))).toEqual([]);
  });
});
