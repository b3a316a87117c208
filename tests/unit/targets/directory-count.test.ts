import { describe, expect, it } from 'vitest';
import { directoryCount, FLOOR_NOTE } from '../../../src/domain/targets/directory-count';
import { realSite } from '../../helpers/site';

const site = realSite();

describe('one truth for count targets: the status and the directory count', () => {
  it('explains a report claim beside a smaller directory count', () => {
    const c = directoryCount(site, 'county-water-saving-city-2022')!;
    expect(site.statuses.get('county-water-saving-city-2022')!.status).toBe('achieved');
    expect(c.required).toBe(6);
    expect(c.count).toBeLessThan(6);
    expect(c.differsFromStatus).toBe(true);
    expect(c.explanation).toContain('全覆盖');
    expect(c.explanation).toContain(`${c.count} / 6`);
    expect(c.explanation).toContain(FLOOR_NOTE);
  });
  it('gives the plain count, with the floor note, where there is no claim', () => {
    const c = directoryCount(site, 'demo-hotels-2022')!;
    expect(c.differsFromStatus).toBe(false);
    expect(c.explanation).toContain(FLOOR_NOTE);
    expect(c.href).toBe('/sites/type/demo-hotel/');
  });
  it('is null for targets the directory does not count', () => {
    expect(directoryCount(site, 'total-water-use-2022')).toBeNull();
  });
});
