import { formatCsv, type CsvColumn } from '../../open-data/csv';

/** The ids of the responsibility charts: the names of their downloads. */
export const UNIT_ROLES_CHART = 'unit-roles';
export const MATRIX_CHART = 'responsibility-matrix';

const ROLE_COLUMNS: CsvColumn[] = [
  { name: 'unit', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'lead', type: 'number' },
  { name: 'join', type: 'number' },
];

/** The unit roles chart's data: per unit, the annex items it leads and joins. */
export const unitRolesCsv = (units: ReadonlyArray<{ id: string; label: string; lead: number; join: number }>): string =>
  formatCsv(ROLE_COLUMNS, units, (unit, column) => (column === 'unit' ? unit.id : column === 'name' ? unit.label : column === 'lead' ? unit.lead : unit.join));

const MATRIX_COLUMNS: CsvColumn[] = [
  { name: 'unit', type: 'text' },
  { name: 'unit_name', type: 'text' },
  { name: 'item', type: 'text' },
  { name: 'item_name', type: 'text' },
  { name: 'role', type: 'text' },
];

/** The matrix's data: one row per mark, a unit's role (lead or join) in one annex item. */
export function matrixCsv(
  items: ReadonlyArray<{ id: string; label: string; lead: readonly string[]; participants: readonly string[] }>,
  units: ReadonlyArray<{ id: string; label: string }>,
): string {
  const name = new Map(units.map((unit) => [unit.id, unit.label]));
  const rows = items.flatMap((item) => [
    ...item.lead.map((unit) => ({ unit, item, role: 'lead' })),
    ...item.participants.map((unit) => ({ unit, item, role: 'join' })),
  ]);
  return formatCsv(MATRIX_COLUMNS, rows, (row, column) =>
    column === 'unit' ? row.unit : column === 'unit_name' ? name.get(row.unit) ?? row.unit : column === 'item' ? row.item.id : column === 'item_name' ? row.item.label : row.role);
}
