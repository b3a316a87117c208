import { describe, expect, it } from 'vitest';
import { targetPageView } from '../../../src/domain/targets/page-views/target';
import { indicatorPageView } from '../../../src/domain/targets/page-views/indicator';
import { figuresView } from '../../../src/domain/targets/views';
import { directoryCount } from '../../../src/domain/targets/directory-count';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content } = site;

describe('a target’s page', () => {
  it('leads with the status and the latest figure against the target value', () => {
    const view = targetPageView(site, 'total-water-use-2022');
    expect(view.result).toBe(site.statuses.get('total-water-use-2022'));
    expect(view.figures).toEqual(figuresView(site, content.targets.find((t) => t.id === 'total-water-use-2022')!));
    expect(view.figures.summary).toMatch(/^最新 .+（\d{4}年）· 目标 /);
    expect(view.chart).not.toBeNull();
    expect(view.missing).toBeNull();
    expect(view.value).toContain('20');
  });
  it('gives a count target the directory’s explanation, the same object /sites/progress/ quotes', () => {
    const view = targetPageView(site, 'county-water-saving-city-2022');
    expect(view.counted).toEqual(directoryCount(site, 'county-water-saving-city-2022'));
    expect(view.counted?.explanation).toContain('3 / 6');
  });
  it('names the counties a target covers, each a link', () => {
    const view = targetPageView(site, 'county-leakage-2022');
    expect(view.scope.map((c) => [c.name, c.href])).toEqual([['诸暨市', '/counties/zhuji/'], ['新昌县', '/counties/xinchang/']]);
    expect(view.pagefind.places).toEqual(['诸暨市', '新昌县']);
  });
  it('says which figure is missing where there is no chart, and draws none for the vision', () => {
    const missing = content.targets.filter((t) => t.kind !== 'vision').map((t) => targetPageView(site, t.id)).filter((v) => v.chart === null);
    expect(missing.length).toBeGreaterThan(0);
    for (const view of missing) expect(view.missing, view.target.id).toBeTruthy();
    const vision = content.targets.find((t) => t.kind === 'vision')!;
    expect(targetPageView(site, vision.id)).toMatchObject({ chart: null, missing: null });
  });
  it('lists the annex rows of the target, or of its plan entity with a caption that says so', () => {
    for (const target of content.targets) {
      const view = targetPageView(site, target.id);
      const own = site.index.rowsForTarget(target.id).length > 0;
      expect(view.annex.caption.startsWith(own ? '附件中落实' : '附件未单列'), target.id).toBe(true);
    }
  });
  it('throws for a target that does not exist', () => {
    expect(() => targetPageView(site, 'no-such-target')).toThrow(/unknown target/);
  });
});

describe('an indicator’s page', () => {
  it('leads with the newest figure: the year described first, the city before a county in the same year', () => {
    const view = indicatorPageView(site, 'total-water-use');
    const years = content.observations.filter((o) => o.indicator === 'total-water-use' && o.year !== null).map((o) => o.year!);
    expect(view.latest?.year).toBe(`${Math.max(...years)}年`);
    expect(view.latest?.place.href).toBe('/counties/shaoxing/');
    expect(view.rows).toHaveLength(content.observations.filter((o) => o.indicator === 'total-water-use').length);
  });
  it('has no latest figure where nothing is published, and lists the targets that use it with their status', () => {
    const empty = content.indicators.find((i) => !content.observations.some((o) => o.indicator === i.id) && content.targets.some((t) => t.indicator === i.id))!;
    const view = indicatorPageView(site, empty.id);
    expect(view.latest).toBeNull();
    expect(view.rows).toEqual([]);
    expect(view.targets.map((t) => t.id)).toEqual(content.targets.filter((t) => t.indicator === empty.id).map((t) => t.id));
    for (const t of view.targets) expect(t.result).toBe(site.statuses.get(t.id));
  });
  it('words a row’s basis: the quantity, the price basis, evidence of a measure', () => {
    const rows = content.indicators.flatMap((i) => indicatorPageView(site, i.id).rows);
    expect(rows.every((r) => /^(用水量|取水量|其他)/.test(r.basis))).toBe(true);
    const priced = content.observations.find((o) => o.priceBasis);
    if (priced) expect(rows.find((r) => r.id === priced.id)?.basis).toContain('价格基准');
  });
});
