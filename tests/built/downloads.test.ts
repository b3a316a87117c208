import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';
import { DATASETS, fromCsv } from '../../src/domain/open-data/datasets';
import { parseCsv } from '../../src/domain/open-data/csv';
import { parseSitesCsv, siteFieldsFromRecord } from '../../src/domain/sites/export';
import { collections } from '../../src/schemas/index';
import { siteSchema } from '../../src/schemas/sites';
import { validateEntries } from '../../src/content/validate';

/** Every file under dist/data/, each read back through the content schemas. */
const { content } = readContent(CONTENT_DIR);
const DATA = join(DIST, 'data');
const files = readdirSync(DATA).filter((name) => !name.endsWith('.html') && name !== 'index.html');
const read = (name: string) => readFileSync(join(DATA, name), 'utf8');

describe('the downloads under /data/', () => {
  it('are exactly the datasets and the sites directory, each as CSV and JSON', () => {
    const expected = [...DATASETS.map((d) => d.id), 'sites'].flatMap((id) => [`${id}.csv`, `${id}.json`]).sort();
    expect(files.filter((name) => /\.(csv|json)$/.test(name)).sort()).toEqual(expected);
  });
  it.each(files.filter((name) => name.endsWith('.csv')))('%s: UTF-8 with BOM, CRLF rows, equal field counts, no cell that starts a formula', (name) => {
    const bytes = readFileSync(join(DATA, name));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    const [header] = rows;
    for (const row of rows) expect(row).toHaveLength(header.length);
    // Outside quoted cells every line ends with CRLF.
    expect(bytes.toString('utf8').replace(/"(?:[^"]|"")*"/g, '""').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const cell of rows.flat()) if (cell !== null) expect(cell, name).not.toMatch(/^[=+\-@\t\r＝＋－＠]/u);
  });
  it.each(DATASETS.map((d) => [d.id, d]))('%s.json and %s.csv hold the same entries and pass the schema', (id, dataset) => {
    const json = JSON.parse(read(`${id}.json`)) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(content[id].length);
    const { schema, list } = collections[id];
    const problems: string[] = [];
    const entries = (rows: Array<Record<string, unknown>>) =>
      rows.map(({ id: rowId, ...data }) => ({ id: String(rowId), file: `${id}`, label: `${id}/${rowId}`, data: list ? { id: rowId, ...data } : data }));
    const fromJson = validateEntries(entries(json), schema, problems);
    const fromCsvRows = validateEntries(entries(fromCsv(dataset, read(`${id}.csv`))), schema, problems);
    expect(problems).toEqual([]);
    expect(fromCsvRows).toEqual(fromJson);
  });
  it('sites.csv and sites.json hold every site, and each record passes the schema', () => {
    const rows = parseSitesCsv(read('sites.csv'));
    const data = JSON.parse(read('sites.json'));
    const ids = content.sites.map((site) => site.id).sort();
    expect(rows.map((row) => String(row.id)).sort()).toEqual(ids);
    expect(data.sites.map((record: { id: string }) => record.id).sort()).toEqual(ids);
    for (const record of [...rows, ...data.sites]) {
      const result = siteSchema.safeParse(siteFieldsFromRecord(record));
      expect(result.success, `${String(record.id)}: ${result.error?.message}`).toBe(true);
    }
    expect(rows.map((row) => siteFieldsFromRecord(row))).toEqual(data.sites.map((record: Record<string, unknown>) => siteFieldsFromRecord(record)));
  });
});
