import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCollectionFolder } from '../../../src/content/read';
import { validateEntries } from '../../../src/content/validate';
import { targetSchema } from '../../../src/schemas/targets';
import { departmentSchema, sourceSchema } from '../../../src/schemas/organisations';
import type { z } from 'astro/zod';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Validates every fixture file in schemas/<folder> against a schema; returns the messages. */
function problemsFor(folder: 'good' | 'bad', schema: z.ZodType, only: string) {
  const problems: string[] = [];
  const entries = readCollectionFolder(join(FIXTURES, 'schemas'), folder, false, problems).filter((e) => e.id.startsWith(only));
  validateEntries(entries, schema, problems);
  return { problems, count: entries.length };
}

describe('schemas accept good entries', () => {
  it.each([
    ['target', targetSchema],
    ['source', sourceSchema],
  ] as const)('%s', (name, schema) => {
    const { problems, count } = problemsFor('good', schema, name);
    expect(count).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('schemas reject bad entries, naming file and field', () => {
  it('a mistyped year names deadline and shows what was typed', () => {
    const { problems } = problemsFor('bad', targetSchema, 'target-year-typo');
    expect(problems).toEqual(['bad/target-year-typo.yaml: deadline must be a year between 1949 and 2100 (got "2O22")']);
  });
  it('a missing required field says it is missing', () => {
    const { problems } = problemsFor('bad', targetSchema, 'target-missing-wording');
    expect(problems).toEqual(['bad/target-missing-wording.yaml: wording is missing; it must be text']);
  });
  it('a value outside a closed list names the allowed values', () => {
    const { problems } = problemsFor('bad', targetSchema, 'target-unknown-comparator');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bad\/target-unknown-comparator\.yaml: comparator must be one of at-least, at-most.* \(got "below"\)$/);
  });
  it('a misspelt field is reported rather than ignored', () => {
    const { problems } = problemsFor('bad', targetSchema, 'target-misspelt-field');
    expect(problems).toContain('bad/target-misspelt-field.yaml: parnet is not a known field (check its spelling)');
    expect(problems).toContain('bad/target-misspelt-field.yaml: parent is missing; it must be { kind, id }');
  });
  it('a javascript: link is refused', () => {
    const { problems } = problemsFor('bad', sourceSchema, 'source-javascript-url');
    expect(problems).toEqual(['bad/source-javascript-url.yaml: url must be an http(s) address (got "javascript:alert(1)")']);
  });
  it('a name made only of spaces counts as empty', () => {
    const { problems } = problemsFor('bad', departmentSchema, 'department-empty-name');
    expect(problems).toEqual(['bad/department-empty-name.yaml: name must not be empty (got "  ")']);
  });
});
