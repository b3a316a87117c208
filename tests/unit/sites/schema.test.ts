import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCollectionFolder } from '../../../src/content/read';
import { validateEntries } from '../../../src/content/validate';
import { siteSchema } from '../../../src/schemas/sites';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'schemas');

/** Validates the fixture files whose names start with `prefix` against the site schema. */
function problemsFor(folder: 'good' | 'bad', prefix: string) {
  const problems: string[] = [];
  const entries = readCollectionFolder(FIXTURES, folder, false, problems).filter((entry) => entry.id.startsWith(prefix));
  const valid = validateEntries(entries, siteSchema, problems);
  return { problems, count: entries.length, valid };
}

describe('the site schema', () => {
  it('accepts a complete entry and fills the optional fields with null or []', () => {
    const { problems, count, valid } = problemsFor('good', 'site');
    expect(count).toBe(1);
    expect(problems).toEqual([]);
    expect(valid[0]).toMatchObject({ batch: null, clause: null, alsoSources: [], note: null });
  });
  it('refuses an entry without a source: no source, no entry', () => {
    const { problems } = problemsFor('bad', 'site-missing-source');
    expect(problems).toEqual(['bad/site-missing-source.yaml: source is missing; it must be a lowercase slug (a-z, 0-9, -)']);
  });
  it('names the level field and the allowed levels', () => {
    const { problems } = problemsFor('bad', 'site-level-typo');
    expect(problems).toEqual(['bad/site-level-typo.yaml: level must be one of national, provincial, city, county (got "province")']);
  });
  it('shows a mistyped year as typed', () => {
    const { problems } = problemsFor('bad', 'site-year-typo');
    expect(problems).toEqual(['bad/site-year-typo.yaml: year must be a year between 1949 and 2100 (got "2O21")']);
  });
  it('wants dates written YYYY-MM', () => {
    const { problems } = problemsFor('bad', 'site-bad-date');
    expect(problems).toEqual(['bad/site-bad-date.yaml: started must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2022年4月")']);
  });
});
