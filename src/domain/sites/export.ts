import type { Site } from '../../schemas/sites';
import { facetLabel, levelLabel, statusLabel, type DirectoryTerms, type SiteEntry } from './directory';
import { routes } from '../../routes';
import { formatCsv, readCsv, type CsvColumn } from '../open-data/csv';

/** A source as the downloads cite it. */
export interface SourceInfo {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
}

/** One site as a flat record: the schema's fields plus labels and the primary source's citation. */
export interface SiteRecord {
  id: string;
  name: string;
  type: string;
  type_label: string;
  county: string;
  county_name: string;
  level: string;
  level_label: string;
  status: string;
  status_label: string;
  year: number | null;
  batch: string | null;
  recognised_by: string | null;
  started: string | null;
  completed: string | null;
  address: string | null;
  description: string | null;
  note: string | null;
  clause: string | null;
  source: string;
  source_citation: string;
  source_url: string | null;
  also_sources: string[];
  page: string;
}

/** Column order of sites.csv (and key order of sites.json). */
export const SITE_COLUMNS: Array<keyof SiteRecord> = [
  'id', 'name', 'type', 'type_label', 'county', 'county_name', 'level', 'level_label', 'status', 'status_label', 'year', 'batch',
  'recognised_by', 'started', 'completed', 'address', 'description', 'note', 'clause', 'source', 'source_citation', 'source_url',
  'also_sources', 'page',
];

/** Cites a source the way the site does: publisher《title》, date. */
export const citeSource = (source: SourceInfo) => `${source.publisher}《${source.title}》${source.date ? `，${source.date}` : ''}`;

/** Flattens a site for download, resolving labels and its primary source. */
export function toSiteRecord(site: SiteEntry, terms: DirectoryTerms, sources: ReadonlyMap<string, SourceInfo>, origin = ''): SiteRecord {
  const source = sources.get(site.source);
  return {
    id: site.id,
    name: site.name,
    type: site.type,
    type_label: terms.types.label(site.type),
    county: site.county,
    county_name: facetLabel('county', site.county, terms),
    level: site.level,
    level_label: levelLabel(site.level),
    status: site.status,
    status_label: statusLabel(site.status),
    year: site.year,
    batch: site.batch,
    recognised_by: site.recognisedBy,
    started: site.started,
    completed: site.completed,
    address: site.address,
    description: site.description,
    note: site.note,
    clause: site.clause,
    source: site.source,
    source_citation: source ? citeSource(source) : '',
    source_url: source?.url ?? null,
    also_sources: site.alsoSources,
    page: `${origin}${routes.site(site.id)}`,
  };
}

/** Column types of sites.csv: year is a number, also_sources a list, the rest text. */
export const SITE_CSV_COLUMNS: CsvColumn[] = SITE_COLUMNS.map((name) => ({ name, type: name === 'year' ? 'number' : name === 'also_sources' ? 'list' : 'text' }));

/** sites.csv, written by the one CSV writer (src/domain/open-data/csv.ts): BOM, CRLF, lists joined with "|". */
export function sitesToCsv(records: readonly SiteRecord[]): string {
  return formatCsv(SITE_CSV_COLUMNS, records, (record, column) => record[column as keyof SiteRecord]);
}

/** sites.json: the same records, with the column list, so a reader needs no other file. */
export function sitesToJson(records: readonly SiteRecord[]): string {
  return `${JSON.stringify({ columns: SITE_COLUMNS, count: records.length, sites: records }, null, 1)}\n`;
}

/** Reads sites.csv back into records keyed by column (year a number, also_sources a list). */
export function parseSitesCsv(text: string): Array<Record<string, unknown>> {
  return readCsv(SITE_CSV_COLUMNS, text, 'sites.csv');
}

/** Turns a downloaded record (CSV cells or JSON values) back into the schema's fields. */
export function siteFieldsFromRecord(record: Record<string, unknown>): Record<keyof Site, unknown> {
  const text = (key: string) => {
    const value = record[key];
    return value === '' || value === null || value === undefined ? null : value;
  };
  const list = record.also_sources;
  return {
    name: record.name,
    type: record.type,
    county: record.county,
    level: record.level,
    status: record.status,
    year: text('year') === null ? null : Number(record.year),
    batch: text('batch'),
    recognisedBy: text('recognised_by'),
    started: text('started'),
    completed: text('completed'),
    source: record.source,
    alsoSources: Array.isArray(list) ? list : [],
    clause: text('clause'),
    address: text('address'),
    description: text('description'),
    note: text('note'),
  };
}
