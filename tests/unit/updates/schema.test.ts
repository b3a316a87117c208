import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishedDate } from '../../../src/schemas/pages';
import { updateSchema } from '../../../src/schemas/updates';
import { problemsAfter } from '../../helpers/content-copy';
import { realSite } from '../../helpers/site';
import { asOfDate } from '../../../src/domain/targets/statuses';

const UPDATE = 'updates/2026-12-02.mdx';
const message = (value: unknown) => {
  const result = publishedDate.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe('dates of updates and pages', () => {
  beforeEach(() => { process.env.CONTENT_TODAY = '2026-12-02'; });
  afterEach(() => { delete process.env.CONTENT_TODAY; });
  it('accepts a real date up to the day of the build', () => {
    expect(message('2026-12-02')).toBeNull();
    expect(message('2024-02-29')).toBeNull();
  });
  it('refuses a date that is not on the calendar', () => {
    expect(message('2026-02-29')).toBe('must be a real calendar date: 2026-02 has 28 days');
    expect(message('2026-13-01')).toMatch(/^must be a real calendar date/);
  });
  it('refuses a partial date and a date after the build day', () => {
    expect(message('2026-12')).toBe('must be a full date YYYY-MM-DD');
    expect(message('2026-12-03')).toBe('must not be later than today, 2026-12-02 (a date in the future cannot have been published or checked)');
  });
  it('refuses a date that is not text', () => {
    expect(message(new Date('2026-12-02'))).toBe('must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

describe('update entries', () => {
  it('default to touching nothing', () => {
    const parsed = updateSchema.parse({ date: '2026-11-29', title: 't', summary: 's' });
    expect(parsed.changes).toEqual({ targets: [], observations: [], indicators: [], sites: [] });
  });
  it('give the "as of" date of every status from the latest update that reviewed the data', () => {
    const site = realSite();
    expect(site.asOf).toBe([...site.content.updates.filter((u) => u.dataReviewed).map((u) => u.date)].sort().at(-1));
    expect(asOfDate(site.content)).toBe(site.asOf);
  });
});

describe('update integrity names the file, the field and what was expected', () => {
  it('an unknown target', () => {
    const problems = problemsAfter((c) => c.write(UPDATE, c.read(UPDATE).replace('targets: []', 'targets: [total-water-use-2023]')));
    expect(problems).toEqual([`${UPDATE}: changes.targets[0] names unknown target "total-water-use-2023" (expected one of the ids in content/targets/)`]);
  });
  it('an unknown figure, indicator and site', () => {
    const problems = problemsAfter((c) =>
      c.write(UPDATE, c.read(UPDATE).replace('observations: []', 'observations: [total-water-use-2030]').replace('indicators: []', 'indicators: [water]').replace('sites: []', 'sites: [nowhere]')),
    );
    expect(problems).toEqual([
      `${UPDATE}: changes.indicators[0] names unknown indicator "water" (expected one of the ids in content/indicators/)`,
      `${UPDATE}: changes.observations[0] names unknown observation "total-water-use-2030" (expected an id from a list in content/observations/)`,
      `${UPDATE}: changes.sites[0] names unknown site "nowhere" (expected one of the ids in content/sites/)`,
    ]);
  });
  it('a date that does not match the file name', () => {
    const problems = problemsAfter((c) => c.write(UPDATE, c.read(UPDATE).replace('date: "2026-12-02"', 'date: "2026-12-01"')));
    expect(problems).toEqual([`${UPDATE}: date must match the file name, which starts with the date (got "2026-12-01" in 2026-12-02.mdx)`]);
  });
  it('a date after the day of the build', () => {
    process.env.CONTENT_TODAY = '2026-12-01';
    try {
      const problems = problemsAfter(() => {});
      expect(problems).toContain(`${UPDATE}: date must not be later than today, 2026-12-01 (a date in the future cannot have been published or checked) (got "2026-12-02")`);
    } finally {
      delete process.env.CONTENT_TODAY;
    }
  });
});
