import { describe, expect, it } from 'vitest';
import {
  directoryExtraPages,
  directoryPageView,
  facetPagePaths,
  facetPageView,
  filterIndex,
  siteProgressView,
  sitePageView,
  siteRecords,
  sitesDirectory,
  typeTargetsView,
} from '../../../src/domain/sites/views';
import { directoryCount } from '../../../src/domain/targets/directory-count';
import { realSite } from '../../helpers/site';
import { CARE_FONT_SIZE } from '../../../src/charts/site-progress/model';
import { emWidth } from '../../../src/charts/shared/text';

const site = realSite();
const { content } = site;

describe('sitesDirectory', () => {
  const directory = sitesDirectory(site);
  it('is computed once per content and holds every site, in directory order, with its row', () => {
    expect(sitesDirectory(site)).toBe(directory);
    expect(directory.sites.map((s) => s.id).sort()).toEqual(content.sites.map((s) => s.id).sort());
    expect(directory.rows.size).toBe(content.sites.length);
    const typeRank = directory.sites.map((s) => directory.terms.types.ids.indexOf(s.type));
    expect(typeRank).toEqual([...typeRank].sort((a, b) => a - b));
  });
  it('words every cell of a row', () => {
    expect(directory.rows.get('zhuji-water-saving-city')).toMatchObject({
      href: '/sites/zhuji-water-saving-city/', typeLabel: '节水型城市', countyName: '诸暨市', levelLabel: '国家级', year: '—', statusLabel: '已命名或认定',
    });
    expect(directory.rows.get('shengzhou-water-saving-city')?.year).toBe('2020');
  });
  it('counts each facet value over the whole directory, linking its plain filter page', () => {
    const county = directory.facets.find((f) => f.facet === 'county')!;
    expect(county.values.map((v) => v.value)).toEqual(['shaoxing', 'yuecheng', 'keqiao', 'shangyu', 'zhuji', 'shengzhou', 'xinchang']);
    expect(county.values.reduce((sum, v) => sum + v.count, 0)).toBe(content.sites.length);
    expect(county.values.find((v) => v.value === 'keqiao')).toMatchObject({ label: '柯桥区', href: '/sites/county/keqiao/', count: content.sites.filter((s) => s.county === 'keqiao').length });
  });
});

describe('directoryPageView', () => {
  const { list, progress } = directoryPageView(site, 1);
  it('is the whole directory on one page, with the instant filter', () => {
    expect(list.rows).toHaveLength(content.sites.length);
    expect(list.caption).toBe(`示范点名录（共 ${content.sites.length} 条）`);
    expect(list.filter?.total).toBe(content.sites.length);
    expect(JSON.parse(list.filter!.labels).siteHref).toBe('/sites/__id__/');
    expect(list.current).toBeNull();
    expect(directoryExtraPages(site)).toEqual([]);
  });
  it('says how many count targets have sourced entries', () => {
    expect(progress).toMatch(/^方案为 \d+ 类示范点或试点设定了 \d+ 项数量目标，目前其中 \d+ 项在名录中有公开来源的条目。$/);
  });
});

describe('facet pages', () => {
  it('one path per facet value (and one per further page)', () => {
    const paths = facetPagePaths(site);
    expect(paths.filter((p) => p.facet === 'type')).toHaveLength(content['site-types'].length);
    expect(paths.filter((p) => p.facet === 'county')).toHaveLength(content.counties.length);
    expect(paths.every((p) => p.page === 1)).toBe(true);
  });
  it('a type page lists its sites, says what the type is and its targets', () => {
    const view = facetPageView(site, 'type', 'water-saving-city', 1);
    expect(view.list.heading).toBe('示范点名录：节水型城市');
    expect(view.list.rows.map((r) => r.id).sort()).toEqual(content.sites.filter((s) => s.type === 'water-saving-city').map((s) => s.id).sort());
    expect(view.about).toContain('方案任务6');
    expect(view.typeTargets?.[0].title).toBe('全部县（市、区）达到国家或省级节水型城市标准');
    expect(view.list.filter).toBeNull();
    expect(view.county).toBeNull();
  });
  it('a county page links the county’s own page', () => {
    expect(facetPageView(site, 'county', 'zhuji', 1).county).toEqual({ href: '/counties/zhuji/', label: '诸暨市节水概况' });
    expect(facetPageView(site, 'county', 'shaoxing', 1).countyNote).toContain('绍兴市（全市）');
  });
});

describe('typeTargetsView', () => {
  it('counts what the directory holds towards each target, by county where the plan counts counties', () => {
    expect(typeTargetsView(site, 'water-saving-city')[0].counted).toBe('3 个县（市、区）');
    expect(typeTargetsView(site, 'demo-hotel')[0].counted).toBe('暂无公开数据');
    expect(typeTargetsView(site, 'dual-supply-model')).toEqual([]);
  });
  it('gives the one explanation where the status rests on a report', () => {
    expect(typeTargetsView(site, 'water-saving-city')[0].explanation).toBe(directoryCount(site, 'county-water-saving-city-2022')!.explanation);
    expect(typeTargetsView(site, 'education-base')[0].explanation).toBeNull();
  });
});

describe('sitePageView', () => {
  const view = sitePageView(site, 'zhuji-water-saving-city');
  it('words the facts and links the lists they belong to', () => {
    expect(view.facts.find((f) => f.term === '所在地')).toEqual({ term: '所在地', value: '诸暨市', href: '/sites/county/zhuji/' });
    expect(view.facts.find((f) => f.term === '年份')?.value).toBe('来源未写明');
  });
  it('links the county’s own page', () => {
    expect(view.links.map((l) => l.href)).toContain('/counties/zhuji/');
  });
  it('cites its source', () => {
    expect(view.source.id).toBe(content.sites.find((s) => s.id === 'zhuji-water-saving-city')!.source);
  });
});

describe('siteProgressView', () => {
  const view = siteProgressView(site);
  it('never shows a row without sourced entries as zero', () => {
    for (const row of view.rows) {
      expect(row.known).toBe(row.count > 0);
      if (!row.known) expect(row.value).toBe('暂无公开数据');
    }
    expect(view.rows.some((row) => !row.known)).toBe(true);
  });
  it('explains a count target whose status rests on a report, word for word as the target page does', () => {
    const city = view.rows.find((row) => row.key === 'county-water-saving-city-2022')!;
    expect(city).toMatchObject({ value: '3 / 6', status: { label: '已达成' }, noteNumber: 1 });
    expect(city.explanation).toBe(directoryCount(site, 'county-water-saving-city-2022')!.explanation);
    expect(city.explanation).toContain('全覆盖');
    expect(view.rows.filter((row) => row.explanation === null).every((row) => row.noteNumber === null)).toBe(true);
  });
  it('every row label fits the chart at the 关怀模式 size (with its note mark)', () => {
    for (const row of view.rows) expect(emWidth(`${row.label}（注9）`) * CARE_FONT_SIZE, row.label).toBeLessThanOrEqual(320);
  });
  it('names its source', () => {
    expect(view.source).toContain('《绍兴市节水行动实施方案（征求意见稿）》');
  });
});

describe('downloads and the filter index', () => {
  it('one record per site in directory order', () => {
    const records = siteRecords(site, 'https://example.org');
    expect(records.map((r) => r.id)).toEqual(sitesDirectory(site).sites.map((s) => s.id));
    expect(records[0].page).toMatch(/^https:\/\/example\.org\/sites\//);
    expect(filterIndex(site).rows.map((r) => r[0])).toEqual(records.map((r) => r.id));
  });
});
