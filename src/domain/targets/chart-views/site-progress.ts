import type { ProgressRowView } from '../../sites/views';
import { formatCsv, type CsvColumn } from '../../open-data/csv';

/** The id of the progress chart on /sites/progress/: the name of its downloads. */
export const SITE_PROGRESS_CHART = 'site-progress';

const COLUMNS: CsvColumn[] = [
  { name: 'target', type: 'text' },
  { name: 'site_type', type: 'text' },
  { name: 'target_title', type: 'text' },
  { name: 'goal', type: 'number' },
  { name: 'listed', type: 'number' },
  { name: 'known', type: 'boolean' },
  { name: 'status', type: 'text' },
];

/**
 * The progress chart's data as CSV: per target, its number, how many sourced sites the directory
 * lists and the target's status. Where the directory holds nothing, `listed` is empty (unknown)
 * and `known` false: never a 0 that reads as "none".
 */
export function siteProgressCsv(rows: readonly ProgressRowView[]): string {
  return formatCsv(COLUMNS, rows, (row, column) => {
    switch (column) {
      case 'target': return row.key;
      case 'site_type': return row.label;
      case 'target_title': return row.target.title;
      case 'goal': return row.goal;
      case 'listed': return row.known ? row.count : null;
      case 'known': return row.known;
      default: return row.status.label;
    }
  });
}
