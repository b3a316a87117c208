import { describe, expect, it } from 'vitest';
import { siteCountObservations } from '../../../src/domain/targets/site-counts';
import type { SiteContent } from '../../../src/schemas/index';
import { realSite } from '../../helpers/site';

const { content } = realSite();
type SiteEntry = SiteContent['sites'][number];
let n = 0;
/** A directory entry as an editor would add one; only the fields the count reads matter. */
const entry = (over: Partial<SiteEntry>): SiteEntry => ({ ...content.sites[0], id: `test-site-${(n += 1)}`, county: 'yuecheng', level: 'city', status: 'recognised', year: 2021, source: 'plan-draft', ...over });
const withSites = (sites: SiteEntry[]): SiteContent => ({ ...content, sites });
const countFor = (c: SiteContent, target: string) => siteCountObservations(c).find((o) => o.id === `sites-${target}`);

describe('counts from the sites directory as evidence', () => {
  it('counts recognised and completed entries of a type towards its city-wide target, as a floor', () => {
    const c = withSites([entry({ type: 'demo-hotel', year: 2020 }), entry({ type: 'demo-hotel', status: 'completed', year: 2022 }), entry({ type: 'demo-hotel', status: 'named-in-plan' }), entry({ type: 'demo-hotel', status: 'under-way' })]);
    const o = countFor(c, 'demo-hotels-2022')!;
    expect(o).toMatchObject({ value: 2, bound: 'at-least', year: 2022, scope: 'shaoxing', signal: 'outcome', quantity: 'use', finding: null });
    expect(o.indicator).toBe(content.targets.find((t) => t.id === 'demo-hotels-2022')!.indicator);
    expect(o.unit).toBe(content.targets.find((t) => t.id === 'demo-hotels-2022')!.unit);
    expect(o.via).toEqual({ label: '本站示范点名录中有公开来源的节水示范酒店', href: '/sites/type/demo-hotel/' });
    expect(o.source).toBe('plan-draft');
  });
  it('gives no year when any counted entry has none', () => {
    const c = withSites([entry({ type: 'demo-hotel', year: 2020 }), entry({ type: 'demo-hotel', year: null })]);
    expect(countFor(c, 'demo-hotels-2022')!.year).toBeNull();
  });
  it('adds nothing where no entry counts: an empty directory is unknown, never zero', () => {
    expect(countFor(withSites([entry({ type: 'demo-hotel', status: 'named-in-plan' })]), 'demo-hotels-2022')).toBeUndefined();
    expect(siteCountObservations(withSites([]))).toEqual([]);
  });
  it('keeps level rules: only provincial bases count towards the provincial target', () => {
    const c = withSites([entry({ type: 'education-base', level: 'city' }), entry({ type: 'education-base', level: 'provincial' })]);
    expect(countFor(c, 'education-bases-2022')!.value).toBe(2);
    expect(countFor(c, 'provincial-education-bases-2022')!.value).toBe(1);
  });
  it('leaves targets counted by county to the county rules (no city-wide count for them)', () => {
    const c = withSites([entry({ type: 'water-saving-city', county: 'keqiao' }), entry({ type: 'water-saving-city', county: 'zhuji' })]);
    expect(countFor(c, 'county-water-saving-city-2022')).toBeUndefined();
  });
});
