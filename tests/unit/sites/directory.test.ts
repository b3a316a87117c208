import { describe, expect, it } from 'vitest';
import { countedLabel, countTowards, countTowardsOnce, facetCounts, facetLabel, facetValues, paginate, pageWindow, progressRows, sortSites, SITE_PAGE_SIZE, type CountyInfo, type DirectoryTerms, type SiteEntry } from '../../../src/domain/sites/directory';
import { SITE_LEVELS, SITE_STATUSES } from '../../../src/schemas/sites';
import { siteTypes } from '../../../src/domain/sites/types';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR } from '../../helpers/content-copy';
import { routes } from '../../../src/routes';

const counties: CountyInfo[] = [
  { id: 'shaoxing', name: '绍兴市（全市）', order: 1 },
  { id: 'yuecheng', name: '越城区', order: 2 },
  { id: 'keqiao', name: '柯桥区', order: 3 },
];
const { content } = readContent(CONTENT_DIR);
const types = siteTypes(content);
const terms: DirectoryTerms = { counties, types };
const SITE_TYPE_IDS = types.ids;
const count = (target: string, rule: { levels?: Array<(typeof SITE_LEVELS)[number]>; countBy?: 'site' | 'county' } = {}) =>
  ({ target, levels: rule.levels ?? null, countBy: rule.countBy ?? 'site' }) as const;
const site = (id: string, fields: Partial<SiteEntry>): SiteEntry => ({
  id, name: id, type: 'education-base', county: 'keqiao', level: 'county', status: 'recognised', year: 2021, batch: null, recognisedBy: null,
  started: null, completed: null, source: 'plan-draft', alsoSources: [], clause: null, address: null, description: null, note: null, ...fields,
});

/** A directory of `n` made-up sites spread over every type, county, level and status. */
const synthetic = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    site(`s-${i}`, { name: `示范点${i}`, type: SITE_TYPE_IDS[i % SITE_TYPE_IDS.length], county: counties[i % 3].id, level: SITE_LEVELS[i % 4], status: SITE_STATUSES[i % 4] }),
  );

describe('the type vocabulary (content/site-types/)', () => {
  it('lists the types in the order the plan introduces them, with the plan’s names', () => {
    expect(types.ids.slice(0, 6)).toEqual(['demo-hotel', 'demo-campus', 'demo-community', 'demo-enterprise', 'water-saving-public-institution', 'education-base']);
    expect(types.ids).toHaveLength(content['site-types'].length);
    expect(types.label('water-saving-city')).toBe('节水型城市');
    expect(types.get('education-base')?.about).toContain('省级不少于3个');
  });
  it('names an unknown id by itself and computes the list once per content', () => {
    expect(types.label('no-such-type')).toBe('no-such-type');
    expect(types.get('no-such-type')).toBeUndefined();
    expect(siteTypes(content)).toBe(types);
  });
  it('orders by `order`, then by id', () => {
    const rows = [{ id: 'b', name: 'B', about: 'b', counts: [], order: 2, label: 'x' }, { id: 'c', name: 'C', about: 'c', counts: [], order: 1, label: 'x' }, { id: 'a', name: 'A', about: 'a', counts: [], order: 2, label: 'x' }];
    expect(siteTypes({ 'site-types': rows }).ids).toEqual(['c', 'a', 'b']);
  });
  it('maps every counting target of the plan that the brief lists to a type', () => {
    const targets = types.list.flatMap((type) => type.counts.map((rule) => rule.target));
    for (const target of ['demo-hotels-2022', 'education-bases-2022', 'provincial-education-bases-2022', 'provincial-irrigation-districts-2022', 'industrial-water-plant-2022',
      'urban-reclaimed-project-2022', 'industrial-reclaimed-pilots-2022', 'leader-enterprise-2022', 'leader-product-2022', 'leader-public-institution-2022',
      'benchmark-park-2022', 'contract-water-saving-pilots-2022', 'demo-campuses-2022', 'demo-communities-2022', 'demo-enterprises-2022', 'water-saving-public-institutions-2022']) {
      expect(targets).toContain(target);
    }
  });
  it('every target of the plan counted in 个/家/例 whose wording names a kind of site is covered', () => {
    const counted = new Set(types.list.flatMap((type) => type.counts.map((rule) => rule.target)));
    const siteLike = content.targets.filter((target) => /示范|基地|灌区|领跑者|标杆|水厂|再生水利用(试点)?项目|合同节水|先行县/.test(target.wording) && target.kind === 'quantitative' && target.unit !== '%');
    expect(siteLike.filter((target) => !counted.has(target.id)).map((target) => target.id)).toEqual([]);
  });
});

describe('counting towards the plan’s targets', () => {
  const sites = [
    site('a', {}),
    site('b', { level: 'provincial' }),
    site('c', { level: 'provincial', status: 'named-in-plan' }),
    site('d', { level: 'provincial', status: 'under-way' }),
  ];
  it('counts only what is recognised or completed', () => {
    expect(countTowards(sites, 'education-base', count('education-bases-2022'))).toBe(2);
  });
  it('counts only the levels a target asks for (省级不少于3个)', () => {
    expect(countTowards(sites, 'education-base', count('provincial-education-bases-2022', { levels: ['provincial'] }))).toBe(1);
  });
  it('counts county-level divisions once each, never the city as a whole', () => {
    const cities = [site('x', { type: 'water-saving-city', county: 'zhuji' }), site('y', { type: 'water-saving-city', county: 'zhuji', level: 'national' }), site('z', { type: 'water-saving-city', county: 'shaoxing' })];
    expect(countTowards(cities, 'water-saving-city', count('county-water-saving-city-2022', { countBy: 'county' }))).toBe(1);
  });
  it('remembers a count per list of sites, and counts a new list afresh', () => {
    const rule = count('education-bases-2022');
    expect(countTowardsOnce(sites, 'education-base', rule)).toBe(2);
    expect(countTowardsOnce([...sites, site('e', {})], 'education-base', rule)).toBe(3);
  });
  it('words what a rule counts', () => {
    expect(countedLabel('节水宣传教育基地', { levels: ['provincial'], countBy: 'site' })).toBe('节水宣传教育基地（省级）');
    expect(countedLabel('省级绿色发展示范区', { levels: ['provincial'], countBy: 'site' })).toBe('省级绿色发展示范区');
    expect(countedLabel('节水型城市', { levels: null, countBy: 'county' })).toBe('节水型城市（按县计）');
    expect(countedLabel('农业绿色发展先行县', { levels: null, countBy: 'county' })).toBe('农业绿色发展先行县');
  });
  it('labels a row with its level only where another row of the type counts all levels', () => {
    const labels = progressRows([], types).map((row) => row.label);
    expect(labels).toContain('节水宣传教育基地');
    expect(labels).toContain('节水宣传教育基地（省级）');
    expect(labels).toContain('省级绿色发展示范区');
    expect(labels).toContain('节水型城市（按县计）');
  });
  it('the real directory: one education base, one industrial reclaimed-water project, three of six counties with a water-saving city title', () => {
    const byTarget = Object.fromEntries(progressRows(content.sites, types).map((row) => [row.target, row.count]));
    expect(byTarget).toMatchObject({ 'education-bases-2022': 1, 'provincial-education-bases-2022': 0, 'industrial-reclaimed-pilots-2022': 1, 'county-water-saving-city-2022': 3, 'demo-hotels-2022': 0 });
  });
});

describe('lists of any length', () => {
  it('an empty directory still has one page', () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [] }]);
  });
  it('5 sites fit on one page; 5,000 make 100 pages of 50 with nothing lost', () => {
    expect(paginate(synthetic(5))).toHaveLength(1);
    const pages = paginate(synthetic(5000));
    expect(pages).toHaveLength(5000 / SITE_PAGE_SIZE);
    expect(pages.every((page) => page.items.length === SITE_PAGE_SIZE && page.count === 100)).toBe(true);
    expect(new Set(pages.flatMap((page) => page.items.map((s) => s.id))).size).toBe(5000);
  });
  it('the pager shows at most nine links however many pages there are', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageWindow(100, 100)).toEqual([1, null, 98, 99, 100]);
  });
  it('page 1 lives at the list’s own address', () => {
    expect(routes.sitesPage('/sites/', 1)).toBe('/sites/');
    expect(routes.sitesPage('/sites/county/keqiao/', 3)).toBe('/sites/county/keqiao/page/3/');
  });
  it('facet counts add up to the directory, with zero for empty values', () => {
    const sites = synthetic(5000);
    const byType = facetCounts(sites, 'type', terms);
    expect([...byType.values()].reduce((a, b) => a + b, 0)).toBe(5000);
    expect(facetCounts(sites.slice(0, 1), 'county', terms).get('yuecheng')).toBe(0);
  });
  it('offers every facet value in display order, with its label', () => {
    expect(facetValues('type', terms)).toEqual([...types.ids]);
    expect(facetValues('county', { counties: [...counties].reverse(), types })).toEqual(['shaoxing', 'yuecheng', 'keqiao']);
    expect(facetLabel('type', 'demo-hotel', terms)).toBe('节水示范酒店');
    expect(facetLabel('county', 'keqiao', terms)).toBe('柯桥区');
    expect(facetLabel('level', 'provincial', terms)).toBe('省级');
  });
  it('sorts by type in plan order, then county order, then name', () => {
    const sorted = sortSites([site('b', { type: 'water-saving-city', county: 'keqiao' }), site('a', { type: 'water-saving-city', county: 'yuecheng' }), site('c', { type: 'demo-hotel' })], terms);
    expect(sorted.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});
