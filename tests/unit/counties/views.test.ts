import { describe, expect, it } from 'vitest';
import { countiesIndexView, countyMapView, countyPageView, countyTargets, countyTiles, directoryShare, placeFigures } from '../../../src/domain/counties/views';
import { TILE_POSITIONS } from '../../../src/domain/counties/arrangement';
import { targetFigures } from '../../../src/domain/targets/latest';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content } = site;
const DIVISIONS = ['yuecheng', 'keqiao', 'shangyu', 'zhuji', 'shengzhou', 'xinchang'];

describe('countyTargets', () => {
  it('lists for each division the targets that cover every division, plus those that name it', () => {
    for (const id of DIVISIONS) {
      const ids = countyTargets(site, id).map((card) => card.id);
      const expected = content.targets.filter((t) => t.scope.includes(id)).map((t) => t.id);
      expect(ids.sort(), id).toEqual(expected.sort());
    }
    expect(countyTargets(site, 'zhuji').map((c) => c.id)).toContain('county-leakage-2022');
    expect(countyTargets(site, 'keqiao').map((c) => c.id)).not.toContain('county-leakage-2022');
  });
  it('shows the division’s own status, what it rests on with its source, what is known city-wide, and the target’s overall status', () => {
    const card = countyTargets(site, 'xinchang').find((c) => c.id === 'county-water-saving-city-2022')!;
    expect(card.own).toMatchObject({ status: 'achieved', label: '已达成', late: '' });
    expect(card.basis).toEqual([{ text: '新昌县（浙江省节水型城市）', href: '/sites/xinchang-water-saving-city/', source: expect.objectContaining({ href: '/about/#source-zj-2020-shengzhou-xinchang-water-saving-city' }) }]);
    expect(card.cityWide[0].text).toContain('全覆盖');
    expect(card.overall.label).toBe('已达成');
    expect(card.goal).toBe('期限2022年');
  });
});

describe('placeFigures', () => {
  it('holds every published figure of the place, latest first, each with its source', () => {
    const keqiao = placeFigures(site, 'keqiao');
    expect(keqiao.map((f) => f.id).sort()).toEqual(content.observations.filter((o) => o.scope === 'keqiao').map((o) => o.id).sort());
    expect(keqiao[0].year).toMatch(/^(2024年|年份不明)/);
    const years = keqiao.map((f) => Number(f.year.match(/(\d{4})年/)?.[1] ?? 0));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(keqiao.find((f) => f.id === 'reclaimed-volume-keqiao-2024')).toMatchObject({ value: '6247万m³', year: '2024年', source: { href: '/about/#source-sxgov-2025-keqiao-reclaimed-case' } });
    expect(keqiao.find((f) => f.id === 'reclaimed-project-keqiao-2022')?.action).toBe(true);
    expect(placeFigures(site, 'shangyu')).toEqual([]);
  });
  it('keeps a bound a bound', () => {
    expect(placeFigures(site, 'keqiao').find((f) => f.id === 'reclaimed-volume-keqiao-binhai-2023')?.value).toBe('超过4700万t');
  });
});

describe('directoryShare', () => {
  it('counts the place’s entries against the whole directory and by type', () => {
    const share = directoryShare(site, 'keqiao');
    const here = content.sites.filter((s) => s.county === 'keqiao');
    expect(share).toMatchObject({ here: here.length, total: content.sites.length });
    expect(share.byType.reduce((sum, row) => sum + row.count, 0)).toBe(here.length);
    expect(share.summary).toMatch(new RegExp(`^${here.length} / ${content.sites.length} 条（\\d+%）$`));
  });
  it('says how many of the counted entries towards each target lie there', () => {
    expect(directoryShare(site, 'zhuji').towards).toEqual([{ label: '节水型城市（按县计）', href: '/targets/county-water-saving-city-2022/', here: 1, all: 3 }]);
  });
});

describe('the schematic map', () => {
  const tiles = countyTiles(site);
  it('has a tile for the city and each of the six, every tile a link to its page', () => {
    expect(tiles.map((tile) => tile.id)).toEqual(['shaoxing', ...DIVISIONS]);
    expect(tiles.every((tile) => tile.href === `/counties/${tile.id}/`)).toBe(true);
    expect(tiles[0].kind).toBe('city');
  });
  it('places every county of the content', () => {
    for (const county of content.counties.filter((c) => c.id !== 'shaoxing')) expect(TILE_POSITIONS[county.id], county.id).toBeDefined();
  });
  it('writes counts and status in words on each tile, and the full tally for its table', () => {
    const zhuji = tiles.find((tile) => tile.id === 'zhuji')!;
    expect(zhuji.lines).toEqual([`名录 ${content.sites.filter((s) => s.county === 'zhuji').length} 条`, '目标 3 项', '已达成 1 项']);
    expect(zhuji.tally).toBe('已达成 1 项，已过期限，未见公开数据 2 项');
    const city = tiles[0];
    const cityWide = content.targets.filter((t) => t.scope.join() === 'shaoxing').length;
    expect(city.statuses).toHaveLength(cityWide);
    expect(city.lines).toEqual([`名录 ${content.sites.filter((s) => s.county === 'shaoxing').length} 条 · 全市目标 ${cityWide} 项 · 已达成 ${city.achieved} 项`]);
  });
  it('gives the map a table, computed once per build', () => {
    const map = countyMapView(site);
    expect(countyMapView(site)).toBe(map);
    expect(map.rows.map((row) => row.href)).toEqual(tiles.map((tile) => tile.href));
    expect(map.rows.find((row) => row.id === 'zhuji')?.targets).toContain('诸暨市和新昌县公共供水管网漏损率降至10%以内');
  });
  it('refuses a county without a place on the map', () => {
    const extra = { ...content, counties: [...content.counties, { id: 'hangzhou', name: '杭州', kind: 'city' as const, order: 9, label: 'counties/hangzhou.yaml' }] };
    expect(() => countyTiles({ ...site, content: extra })).toThrow('counties/hangzhou.yaml: the county has no place on the schematic map');
  });
});

describe('countyPageView', () => {
  it('answers first: the division’s own statuses in words, with its directory entries', () => {
    const view = countyPageView(site, 'zhuji');
    expect(view.title).toBe('诸暨市节水概况');
    expect(view.lead).toContain('已达成 1 项（全部县（市、区）达到国家或省级节水型城市标准）');
    expect(view.sites.map((row) => row.id).sort()).toEqual(content.sites.filter((s) => s.county === 'zhuji').map((s) => s.id).sort());
    expect(view.others.map((o) => o.href)).not.toContain('/counties/zhuji/');
    expect(view.directoryHref).toBe('/sites/county/zhuji/');
    expect(view.contents.map((c) => c.href)).toEqual(['#local-targets', '#figures', '#sites', '#share', '#map']);
  });
  it('the city’s page lists the city-wide targets by status with their latest figures, and the every-county targets with a tally', () => {
    const view = countyPageView(site, 'shaoxing');
    const cityWide = content.targets.filter((t) => t.scope.join() === 'shaoxing');
    expect(view.cityGroups!.total).toBe(cityWide.length);
    const first = view.cityGroups!.groups[0].targets[0];
    expect(first.figures).toBe(targetFigures(site, content.targets.find((t) => t.id === first.id)!).summary);
    const city = view.everyCounty.find((e) => e.id === 'county-water-saving-city-2022')!;
    expect(city.tally).toBe('6 个县（市、区）中，3 个有只针对本地的公开来源证明已达到（诸暨市、嵊州市、新昌县）。');
    expect(view.targets).toEqual([]);
  });
  it('refuses an unknown county', () => {
    expect(() => countyPageView(site, 'hangzhou')).toThrow('unknown county');
  });
});

describe('countiesIndexView', () => {
  it('has the map and the six divisions with their targets', () => {
    const view = countiesIndexView(site);
    expect(view.places.map((p) => p.id)).toEqual(DIVISIONS);
    expect(view.places.find((p) => p.id === 'shengzhou')!.targets.map((c) => c.own.status).sort()).toEqual(['achieved', 'overdue-no-data']);
  });
});
