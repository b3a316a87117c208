/** A content problem: the entry or file it concerns, the field, and what was expected. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}
