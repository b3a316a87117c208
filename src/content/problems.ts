import { showValue } from './validate';

/** A content problem: the entry or file it concerns, the field, and what was expected. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

/** `file: field must … (got value)`: the one shape of a problem about a value, the value shown as the file holds it. */
export function mustBe(at: string, field: string, expectation: string, got: unknown): string {
  return `${at}: ${field} must ${expectation} (got ${showValue(got)})`;
}
