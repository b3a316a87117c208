import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../src/domain/updates/format';
import { feedItems, lastChanged, NO_DATA_CHANGE, SITE_ONLY, updateList, updatePage } from '../../../src/domain/updates/views';
import { asOfDate } from '../../../src/domain/targets/statuses';
import type { SiteModel } from '../../../src/domain/site-model';
import { realSite } from '../../helpers/site';

const site = realSite();
type Update = SiteModel['content']['updates'][number];

/** The real site with extra updates added (a later review touching one figure, one site …). */
const withUpdates = (...extra: Array<Partial<Update> & { id: string; date: string }>): SiteModel => ({
  ...site,
  content: {
    ...site.content,
    updates: [
      ...site.content.updates,
      ...extra.map((u) => ({ title: 't', summary: 's', label: `updates/${u.id}.mdx`, dataReviewed: true, ...u, changes: { targets: [], observations: [], indicators: [], sites: [], ...u.changes } })),
    ],
  },
});

describe('chineseDate', () => {
  it('writes full and partial dates the Chinese way', () => {
    expect(chineseDate('2026-12-02')).toBe('2026年12月2日');
    expect(chineseDate('2021-04')).toBe('2021年4月');
    expect(chineseDate('2019')).toBe('2019年');
  });
});

describe('updateList', () => {
  const list = updateList(site);
  it('lists every update, newest first, each with its own page', () => {
    expect(list.map((u) => u.id)).toEqual([...site.content.updates].map((u) => u.id).sort().reverse());
    expect(list[0].date).toBe([...site.content.updates.map((u) => u.date)].sort().at(-1));
    expect(list.every((u) => u.href === `/updates/${u.id}/`)).toBe(true);
  });
  it('says what the first release touched, collection by collection, with a link for each', () => {
    const first = list.find((u) => u.id === '2026-11-29')!;
    expect(first.touched).toBe(`涉及：目标${site.content.targets.length}项、公开数字${site.content.observations.length}个、指标${site.content.indicators.length}个、示范点${site.content.sites.length}处`);
    const observations = first.groups.find((g) => g.key === 'observations')!;
    const figure = observations.links.find((l) => l.href === '/indicators/total-water-use/#obs-total-water-use-2016')!;
    expect(figure.label).toBe('用水总量（2016年）');
    expect(figure.places).toEqual([{ id: 'shaoxing', name: '绍兴市（全市）', href: '/counties/shaoxing/' }]);
    const targets = first.groups.find((g) => g.key === 'targets')!;
    expect(targets.links.find((l) => l.href === '/targets/county-leakage-2022/')?.places.map((p) => p.href)).toEqual(['/counties/zhuji/', '/counties/xinchang/']);
    expect(targets.links.find((l) => l.href === '/targets/total-water-use-2022/')?.places).toEqual([]);
    expect(first.groups.find((g) => g.key === 'targets')!.links[0].href).toMatch(/^\/targets\/[a-z0-9-]+\/$/);
  });
  it('says so when an update changed no data', () => {
    const release = list.find((u) => u.id === '2026-12-02')!;
    expect(release.groups).toEqual([]);
    expect(release.touched).toBe(NO_DATA_CHANGE);
  });
  it('says so when an update changed the site alone, and such an update does not move the as-of date', () => {
    const later = withUpdates({ id: '2099-01-01', date: '2099-01-01', dataReviewed: false });
    expect(updateList(later)[0]).toMatchObject({ id: '2099-01-01', touched: SITE_ONLY, groups: [] });
    expect(asOfDate(later.content)).toBe(asOfDate(site.content));
    expect(asOfDate(withUpdates({ id: '2099-01-01', date: '2099-01-01' }).content)).toBe('2099-01-01');
  });
  it('orders two updates of one day by their file names', () => {
    const ids = updateList(withUpdates({ id: '2026-12-02-2', date: '2026-12-02' })).map((u) => u.id).filter((id) => id.startsWith('2026-12-02'));
    expect(ids).toEqual(['2026-12-02-2', '2026-12-02']);
  });
});

describe('updatePage', () => {
  it('links an update to the next newer and older ones', () => {
    const { update, newer, older } = updatePage(site, '2026-11-29');
    expect(update.title).toBe('首次整理方案目标和公开数据');
    expect(newer?.id).toBe('2026-12-02');
    expect(older).toBeNull();
  });
  it('refuses an id that is not an update', () => {
    expect(() => updatePage(site, '2026-01-01')).toThrow('no update "2026-01-01"');
  });
});

describe('lastChanged', () => {
  it('finds the first release for every target, indicator and site today (the release of 2026-12-02 changed no data)', () => {
    for (const t of site.content.targets) expect(lastChanged(site, 'target', t.id)?.date).toBe('2026-11-29');
    for (const i of site.content.indicators) expect(lastChanged(site, 'indicator', i.id)?.date).toBe('2026-11-29');
    for (const s of site.content.sites) expect(lastChanged(site, 'site', s.id)?.date).toBe('2026-11-29');
    expect(lastChanged(site, 'target', 'total-water-use-2022')).toEqual({ id: '2026-11-29', date: '2026-11-29', dateText: '2026年11月29日', title: '首次整理方案目标和公开数据', href: '/updates/2026-11-29/' });
  });
  it('follows a new figure to its indicator and to every target that uses it, and no further', () => {
    const later = withUpdates({ id: '2026-12-20', date: '2026-12-20', changes: { observations: ['total-water-use-2016'] } as Update['changes'] });
    expect(lastChanged(later, 'target', 'total-water-use-2022')?.id).toBe('2026-12-20');
    expect(lastChanged(later, 'target', 'total-water-use-2025')?.id).toBe('2026-12-20');
    expect(lastChanged(later, 'indicator', 'total-water-use')?.id).toBe('2026-12-20');
    expect(lastChanged(later, 'observation-indicator', 'total-water-use')?.id).toBe('2026-12-20');
    expect(lastChanged(later, 'target', 'demo-hotels-2022')?.id).toBe('2026-11-29');
    expect(lastChanged(later, 'observation-indicator', 'water-use-industry')?.id).toBe('2026-11-29');
  });
  it('counts an indicator definition for the indicator and its targets, but not as a figure', () => {
    const later = withUpdates({ id: '2026-12-21', date: '2026-12-21', changes: { indicators: ['total-water-use'] } as Update['changes'] });
    expect(lastChanged(later, 'indicator', 'total-water-use')?.id).toBe('2026-12-21');
    expect(lastChanged(later, 'target', 'total-water-use-2022')?.id).toBe('2026-12-21');
    expect(lastChanged(later, 'observation-indicator', 'total-water-use')?.id).toBe('2026-11-29');
  });
  it('counts a site for the site and for the count targets its type counts towards', () => {
    const base = site.content.sites.find((s) => s.type === 'education-base')!;
    const later = withUpdates({ id: '2026-12-22', date: '2026-12-22', changes: { sites: [base.id] } as Update['changes'] });
    expect(lastChanged(later, 'site', base.id)?.id).toBe('2026-12-22');
    expect(lastChanged(later, 'target', 'education-bases-2022')?.id).toBe('2026-12-22');
    expect(lastChanged(later, 'target', 'demo-hotels-2022')?.id).toBe('2026-11-29');
  });
  it('is null when no update lists it', () => {
    const none = { ...site, content: { ...site.content, updates: site.content.updates.filter((u) => u.id === '2026-12-02') } };
    expect(lastChanged(none, 'target', 'total-water-use-2022')).toBeNull();
    expect(lastChanged(site, 'target', 'no-such-target')).toBeNull();
  });
});

describe('feedItems', () => {
  const items = feedItems(site, 'https://jieshui.example.gov.cn');
  it('gives every update, newest first, with an absolute link to its page', () => {
    expect(items).toHaveLength(site.content.updates.length);
    expect(items[0].link).toBe(`https://jieshui.example.gov.cn/updates/${updateList(site)[0].id}/`);
    expect(items.map((i) => i.pubDate.getTime())).toEqual([...items.map((i) => i.pubDate.getTime())].sort((a, b) => b - a));
  });
  it('dates an update at the start of its day in Shaoxing', () => {
    expect(items.find((i) => i.link.endsWith('/2026-11-29/'))?.pubDate.toISOString()).toBe('2026-11-28T16:00:00.000Z');
  });
});
