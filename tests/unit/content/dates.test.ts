import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDateProblem, isAfterToday, isCertainlyAfter, today } from '../../../src/schemas/checks/dates';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('today, as the content check reads the clock', () => {
  it('is the date in China Standard Time, not UTC', () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T20:30:00Z') });
    expect(today()).toBe('2026-12-03');
    vi.setSystemTime(new Date('2026-12-02T15:59:00Z'));
    expect(today()).toBe('2026-12-02');
  });
  it('can be pinned with CONTENT_TODAY', () => {
    vi.stubEnv('CONTENT_TODAY', '2026-01-01');
    expect(today()).toBe('2026-01-01');
  });
});

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2026', '2026-12', '2026-12-31'])('accepts %s', (date) => expect(calendarDateProblem(date)).toBeNull());
  it.each([
    ['2023-02-29', 'must be a real calendar date: 2023-02 has 28 days'],
    ['1900-02-29', 'must be a date between 1949 and 2100'],
    ['2100-02-29', 'must be a real calendar date: 2100-02 has 28 days'],
    ['2026-04-31', 'must be a real calendar date: 2026-04 has 30 days'],
    ['2026-00', 'must be a real calendar date: the month must be 01 to 12'],
    ['2026-1-5', 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('refuses %s', (date, problem) => expect(calendarDateProblem(date)).toBe(problem));
  it('compares partial dates by their first day, and only when they certainly differ', () => {
    expect(isAfterToday('2026-12', '2026-11-30')).toBe(true);
    expect(isAfterToday('2026-11', '2026-11-30')).toBe(false);
    expect(isCertainlyAfter('2025-06', '2025-05-20')).toBe(true);
    expect(isCertainlyAfter('2025', '2025-05-20')).toBe(false);
  });
});
