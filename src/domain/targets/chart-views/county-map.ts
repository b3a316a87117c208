import type { CountyMapView } from '../../counties/views';
import { formatCsv, type CsvColumn } from '../../open-data/csv';

/** The id of the schematic county map: the name of its downloads. */
export const COUNTY_MAP_CHART = 'county-map';

const COLUMNS: CsvColumn[] = [
  { name: 'county', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'sites', type: 'number' },
  { name: 'targets', type: 'text' },
  { name: 'statuses', type: 'text' },
];

/** The map's data as CSV: per place, its directory entries, its own targets and their statuses in words (the table under the map). */
export const countyMapCsv = (map: CountyMapView): string =>
  formatCsv(COLUMNS, map.rows, (row, column) => (column === 'county' ? row.id : column === 'name' ? row.name : column === 'sites' ? row.sites : column === 'targets' ? row.targets : row.tally));
