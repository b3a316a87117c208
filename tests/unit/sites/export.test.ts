import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/content/load';
import { siteSchema } from '../../../src/schemas/sites';
import { parseSitesCsv, siteFieldsFromRecord, sitesToCsv, sitesToJson, toSiteRecord, SITE_COLUMNS, type SourceInfo } from '../../../src/domain/sites/export';
import { CONTENT_DIR } from '../../helpers/content-copy';
import { siteTypes } from '../../../src/domain/sites/types';

const { content } = readContent(CONTENT_DIR);
const terms = { counties: content.counties.map(({ id, name, order }) => ({ id, name, order })), types: siteTypes(content) };
const sources = new Map<string, SourceInfo>(content.sources.map((s) => [s.id, s]));
const records = content.sites.map((site) => toSiteRecord(site, terms, sources));
/** The site as the schema returns it, without the loader's extras. */
const fieldsOf = ({ id: _id, label: _label, ...fields }: (typeof content.sites)[number]) => fields;

describe('sites.csv', () => {
  const csv = sitesToCsv(records);
  it('starts with a UTF-8 byte-order mark and a header row of the documented columns', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(SITE_COLUMNS.join(','));
  });
  it('round-trips every site through the schema unchanged', () => {
    const rows = parseSitesCsv(csv);
    expect(rows).toHaveLength(content.sites.length);
    rows.forEach((row, i) => {
      expect(row.id).toBe(content.sites[i].id);
      expect(siteSchema.parse(siteFieldsFromRecord(row))).toEqual(fieldsOf(content.sites[i]));
    });
  });
  it('keeps commas, quotes, line breaks and lists intact', () => {
    const odd = { ...content.sites[0], name: '甲,乙“丙”"丁"', description: '第一行\n第二行', alsoSources: ['a', 'b'] };
    const [row] = parseSitesCsv(sitesToCsv([toSiteRecord(odd, terms, sources)]));
    expect(siteSchema.parse(siteFieldsFromRecord(row))).toMatchObject({ name: odd.name, description: odd.description, alsoSources: ['a', 'b'] });
  });
  it('writes each type’s and county’s name from content', () => {
    const row = records.find((r) => r.id === 'zhuji-water-saving-city')!;
    expect(row).toMatchObject({ type_label: '节水型城市', county_name: '诸暨市', level_label: '国家级' });
  });
  it('carries the primary source’s citation and address, never a mirror', () => {
    const row = parseSitesCsv(csv).find((r) => r.id === 'keqiao-reclaimed-water-project')!;
    expect(row.source_citation).toBe('绍兴市人民政府门户网站（信息来源：柯桥日报）《我区再生水利用案例入选全省典型》，2025-07-28');
    expect(row.source_url).toMatch(/^https:\/\/www\.sx\.gov\.cn\//);
  });
});

describe('sites.json', () => {
  it('round-trips every site through the schema unchanged', () => {
    const data = JSON.parse(sitesToJson(records));
    expect(data.count).toBe(content.sites.length);
    expect(data.columns).toEqual(SITE_COLUMNS);
    data.sites.forEach((record: Record<string, unknown>, i: number) => {
      expect(Object.keys(record)).toEqual(SITE_COLUMNS);
      expect(siteSchema.parse(siteFieldsFromRecord(record))).toEqual(fieldsOf(content.sites[i]));
    });
  });
});
