/**
 * When a worksheet table is too wide for the screen. Each column needs its heading's first two
 * characters (a one-character heading such as a weekday needs one) plus the cell's padding and
 * border, about 0.6 em; below the sum the headings would break into single characters or the
 * table would scroll sideways, so the table stacks, one block per row. Measured in em of the
 * table's own text, so 关怀模式's larger text stacks sooner. On paper the table always keeps its columns.
 */

/** The narrowest and widest widths the stylesheet has a class for (WorksheetItem.astro). */
export const STACK_RANGE = { min: 4, max: 24 } as const;

/** Width in em below which a table with these column headings stacks, a whole number within STACK_RANGE. */
export function tableStackBelow(columns: readonly string[]): number {
  const need = columns.reduce((sum, heading) => sum + Math.min([...heading].length, 2) + 0.6, 0);
  return Math.min(STACK_RANGE.max, Math.max(STACK_RANGE.min, Math.ceil(need)));
}
