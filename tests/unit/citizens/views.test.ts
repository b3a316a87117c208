import { describe, expect, it } from 'vitest';
import { realSite } from '../../helpers/site';
import { tipCards, tipFilter, tipFilterPageView, tipFilterPaths, tipSources, tipsPageView, tipsPrintView } from '../../../src/domain/citizens/views';
import { shortSourceName } from '../../../src/domain/citizens/sources';
import { calculatorPageView, standardName } from '../../../src/domain/citizens/views';

const site = realSite();
const { tips } = site.content;

describe('tips page view', () => {
  const view = tipsPageView(site);
  const cards = view.groups.flatMap((g) => g.tips);
  it('shows every tip once, grouped by place, in order within each place', () => {
    expect(cards.map((c) => c.id).sort()).toEqual(tips.map((t) => t.id).sort());
    for (const group of view.groups) {
      expect(group.tips.every((c) => c.place === group.place)).toBe(true);
      const orders = group.tips.map((c) => tips.find((t) => t.id === c.id)!.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
  });
  it('gives each card where, who, effort and cost in words, and links each source to its one entry on the page', () => {
    const card = cards.find((c) => c.id === 'tap-off-while-brushing')!;
    expect(card).toMatchObject({ placeLabel: '卫生间', audienceLabel: '家庭、学校、机关与单位', effort: '容易', cost: '不花钱', amount: null });
    expect(card.sources).toEqual([{ label: '《公民节约用水行为规范》', href: '#basis-citizen-water-code-2021' }]);
    expect(card.clauses[0]).toEqual({ label: '提升节水意识', href: '/plan/#safeguard-awareness' });
    const anchors = new Set(view.sources.map((s) => `#${s.anchor}`));
    for (const c of cards) for (const s of c.sources) expect(anchors.has(s.href)).toBe(true);
  });
  it('states a basis that several tips share once, under its source, and leaves it off the cards', () => {
    const shared = tips.filter((t) => tips.filter((u) => u.saving.method === t.saving.method).length > 1);
    expect(shared.length).toBeGreaterThan(30);
    for (const tip of shared) {
      expect(cards.find((c) => c.id === tip.id)!.method).toBeNull();
      expect(view.sources.filter((s) => s.basis.includes(tip.saving.method))).toHaveLength(1);
    }
    const allBasis = view.sources.flatMap((s) => s.basis);
    expect(new Set(allBasis).size).toBe(allBasis.length);
  });
  it('shows a figure only where a standard gives it, with its method on the card', () => {
    const quantified = cards.filter((c) => c.amount !== null);
    expect(quantified.map((c) => c.id).sort()).toEqual(tips.filter((t) => t.saving.kind === 'quantified').map((t) => t.id).sort());
    expect(view.quantified).toBe(quantified.length);
    expect(cards.find((c) => c.id === 'high-efficiency-toilet')!.amount).toBe('1.0 升/次');
    expect(cards.find((c) => c.id === 'public-fixtures')!.amount).toBe('1.1 升/次');
    for (const card of quantified) expect(card.method).toMatch(/GB\/T 31436-2015/);
  });
  it('names the most cited source first and counts its tips', () => {
    expect(view.sources[0].tipCount).toBe(Math.max(...view.sources.map((s) => s.tipCount)));
    const code = view.sources.find((s) => s.id === 'citizen-water-code-2021')!;
    expect(code.tipCount).toBe(tips.filter((t) => t.sources.includes('citizen-water-code-2021')).length);
    expect(code.heading).toBe('《公民节约用水行为规范》');
  });
});

describe('tip filters', () => {
  it('offers only places and audiences that have tips, with their counts and plain pages', () => {
    const filter = tipFilter(site);
    expect(filter.total).toBe(tips.length);
    expect(filter.all.current).toBe(true);
    for (const o of filter.places) expect(o.count).toBe(tips.filter((t) => t.place === o.value).length);
    expect(filter.audiences.map((o) => o.href)).toContain('/tips/for/school/');
    expect(filter.places.every((o) => o.count > 0)).toBe(true);
  });
  it('marks the current plain page and lists only its tips, as h2 cards with their own sources', () => {
    const view = tipFilterPageView(site, 'audience', 'farm');
    expect(view.cards.map((c) => c.id).sort()).toEqual(tips.filter((t) => t.audience.includes('farm')).map((t) => t.id).sort());
    expect(view.filter.audiences.find((o) => o.current)?.value).toBe('farm');
    expect(view.filter.all.current).toBe(false);
    expect(view.sources.map((s) => s.id).sort()).toEqual([...new Set(view.cards.flatMap((c) => c.sources.map((s) => s.href.slice('#basis-'.length))))].sort());
    expect(view.subheading).toBe(`按对象，${view.cards.length}条`);
  });
  it('makes one plain page per place and per audience that has tips', () => {
    const paths = tipFilterPaths(site);
    expect(paths.filter((p) => p.kind === 'place').length).toBe(new Set(tips.map((t) => t.place)).size);
    expect(paths.filter((p) => p.kind === 'audience').length).toBe(new Set(tips.flatMap((t) => t.audience)).size);
  });
});

describe('print sheet and source names', () => {
  it('prints the home tips and names each of their sources once', () => {
    const view = tipsPrintView(site);
    expect(view.count).toBe(tips.filter((t) => t.audience.includes('home')).length);
    expect(view.sourceLine).toContain('《公民节约用水行为规范》、《绍兴市节水行动实施方案（征求意见稿）》');
    expect(view.sourceLine.split('《公民节约用水行为规范》')).toHaveLength(2);
  });
  it('shortens a standard to its code, the plan to 方案, a title to its bracketed name', () => {
    expect(shortSourceName({ kind: 'standard', title: 'GB/T 31436-2015 节水型卫生洁具' })).toBe('GB/T 31436-2015');
    expect(shortSourceName({ kind: 'standard', title: 'GB 12021.4-2013 电动洗衣机能效水效限定值及等级' })).toBe('GB 12021.4-2013');
    expect(shortSourceName({ kind: 'plan', title: '绍兴市节水行动实施方案（征求意见稿）' })).toBe('方案');
    expect(shortSourceName({ kind: 'policy', title: '水效标识管理办法（2017年第6号令）' })).toBe('《水效标识管理办法》');
  });
  it('cards of a subset still link into that subset’s sources', () => {
    const subset = tips.filter((t) => t.place === 'plant');
    const ids = new Set(tipSources(site, subset).map((s) => `#basis-${s.id}`));
    for (const card of tipCards(site, subset)) for (const s of card.sources) expect(ids.has(s.href)).toBe(true);
  });
});

describe('calculator page view', () => {
  const view = calculatorPageView(site);
  const k = view.coefficients;
  it('pre-fills only values verified in content, each saying what it is and where it comes from', () => {
    const fields = Object.values(view.detail.fields);
    const prefilled = fields.filter((f) => f.prefill);
    expect(prefilled.map((f) => [f.param, f.prefill!.value])).toEqual([['kf', '7.5']]);
    expect(prefilled[0].prefill!.note).toContain('GB/T 31436-2015');
    expect(view.detail.toilet.selected).toBe('water-saving');
    expect(view.detail.toilet.litres).toBe('5.0');
    expect(view.detail.toilet.note).toContain('GB/T 31436-2015');
    expect(Number(view.detail.toilet.litres)).toBe(k.toiletWaterSaving);
    for (const f of fields.filter((x) => !x.prefill)) expect(f.hint).not.toBe('');
  });
  it('labels the toilet choice from the coefficients', () => {
    expect(view.detail.toilet.options.map((o) => o.label)).toContain(`高效节水型（每次不大于 ${k.toiletHighEfficiency.toFixed(1)} 升）`);
  });
  it('names both references from their source entries', () => {
    expect(view.refs).toEqual({ range: '《城市居民生活用水量标准》（GB/T 50331-2002）', national: '水利部《2023年中国水资源公报》' });
  });
  it('puts the bill first: volume, period and people', () => {
    expect(view.bill.fields.map((f) => f.param)).toEqual(['t', 'bp']);
    expect(view.bill.periods.map((p) => p.value)).toEqual(['1', '2']);
  });
  it('shows every coefficient the calculator uses in the method table, with its source', () => {
    expect(view.method.rows).toHaveLength(9);
    for (const row of view.method.rows) expect(row.source.title).not.toBe('');
  });
});

describe('standard names', () => {
  it('reads a standard as 《title》（code）and anything else as publisher《title》', () => {
    expect(standardName({ kind: 'standard', publisher: '建设部', title: 'GB/T 50331-2002 城市居民生活用水量标准' })).toBe('《城市居民生活用水量标准》（GB/T 50331-2002）');
    expect(standardName({ kind: 'bulletin', publisher: '水利部', title: '2023年中国水资源公报' })).toBe('水利部《2023年中国水资源公报》');
  });
});
