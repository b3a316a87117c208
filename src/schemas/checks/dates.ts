/**
 * Dates as content writes them: YYYY, YYYY-MM or YYYY-MM-DD. Checking may read the clock (a date
 * after the build day is a typo); what the site shows never does.
 */

/**
 * Today as YYYY-MM-DD in China Standard Time (UTC+8, no daylight saving), the calendar the
 * sources and editors use: an update typed at 07:00 in Shaoxing is not "tomorrow" on a UTC machine.
 * CONTENT_TODAY pins it (YYYY-MM-DD) for a reproducible check.
 */
export function today(): string {
  return process.env.CONTENT_TODAY ?? new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

/** Why a date is not a real calendar date in one of the three forms, or null. */
export function calendarDateProblem(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year! < 1949 || year! > 2100) return 'must be a date between 1949 and 2100';
  if (month !== undefined && (month < 1 || month > 12)) return 'must be a real calendar date: the month must be 01 to 12';
  if (day !== undefined && (day < 1 || day > daysIn(year!, month!))) return `must be a real calendar date: ${value.slice(0, 7)} has ${daysIn(year!, month!)} days`;
  return null;
}

/** Is a (partial) date later than `now`? A partial date counts from its first day: 2026-12 is after 2026-11-30. */
export function isAfterToday(value: string, now = today()): boolean {
  return value > now.slice(0, value.length);
}

/** Does partial date `a` certainly come after partial date `b`? (2024 vs 2024-05: not certainly.) */
export function isCertainlyAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}
