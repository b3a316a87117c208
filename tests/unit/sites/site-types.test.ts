import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCollectionFolder } from '../../../src/content/read';
import { validateEntries } from '../../../src/content/validate';
import { siteTypeSchema } from '../../../src/schemas/site-types';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR } from '../../helpers/content-copy';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'schemas');

/** Validates the fixture files whose names start with `prefix` against the site-type schema. */
function problemsFor(folder: 'good' | 'bad', prefix: string) {
  const problems: string[] = [];
  const entries = readCollectionFolder(FIXTURES, folder, false, problems).filter((entry) => entry.id.startsWith(prefix));
  const valid = validateEntries(entries, siteTypeSchema, problems);
  return { problems, count: entries.length, valid };
}

describe('the site-type schema', () => {
  it('accepts a type with its counts and fills levels and countBy', () => {
    const { problems, count, valid } = problemsFor('good', 'type-');
    expect(count).toBe(1);
    expect(problems).toEqual([]);
    expect(valid[0].counts).toEqual([
      { target: 'education-bases-2022', levels: null, countBy: 'site' },
      { target: 'provincial-education-bases-2022', levels: ['provincial'], countBy: 'site' },
    ]);
  });
  it('names a level outside the list, with the allowed levels', () => {
    expect(problemsFor('bad', 'type-level-typo').problems).toEqual(['bad/type-level-typo.yaml: counts[0].levels[0] must be one of national, provincial, city, county (got "province")']);
  });
  it('names a countBy that is neither site nor county', () => {
    expect(problemsFor('bad', 'type-count-by-typo').problems).toEqual(['bad/type-count-by-typo.yaml: counts[0].countBy must be site or county (got "district")']);
  });
  it('wants a name', () => {
    expect(problemsFor('bad', 'type-missing-name').problems).toEqual(['bad/type-missing-name.yaml: name is missing; it must be text']);
  });
  it('refuses a misspelt field', () => {
    expect(problemsFor('bad', 'type-misspelt-field').problems).toEqual(['bad/type-misspelt-field.yaml: count is not a known field (check its spelling)']);
  });
});

describe('the real site types', () => {
  const { content, problems } = readContent(CONTENT_DIR);
  it('load without problems and each has a distinct place in the order', () => {
    expect(problems).toEqual([]);
    const orders = content['site-types'].map((type) => type.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
  it('say in their own words which task or measure asks for them', () => {
    for (const type of content['site-types']) expect(type.about, type.id).toMatch(/方案|国家或省级|达到/);
  });
  it('every site names one of them', () => {
    const ids = new Set(content['site-types'].map((type) => type.id));
    expect(content.sites.filter((site) => !ids.has(site.type)).map((site) => site.id)).toEqual([]);
  });
});
