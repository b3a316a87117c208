import { describe, expect, it } from 'vitest';
import { entityCards } from '../../../src/domain/plan/views';
import { realSite } from '../../helpers/site';

const site = realSite();

describe('index pages of the plan’s parts', () => {
  it('list the eight mechanisms in plan order with their numbers', () => {
    const cards = entityCards(site, 'mechanism');
    expect(cards).toHaveLength(8);
    expect(cards[0].numberLabel).toBe('机制 1');
    expect(cards.map((c) => c.href).every((href) => href.startsWith('/mechanisms/'))).toBe(true);
  });
  it('count targets and annex rows per entity', () => {
    const urban = entityCards(site, 'project').find((c) => c.href === '/projects/urban/')!;
    const targets = site.index.targetsOf({ kind: 'project', id: 'urban' }).length;
    expect(urban.counts).toBe(`目标 ${targets} 项 · 附件分工 ${site.index.rowsOf({ kind: 'project', id: 'urban' }).length} 项`);
  });
  it('say so when an entity has no target', () => {
    const none = entityCards(site, 'safeguard').filter((c) => c.counts.startsWith('无量化目标'));
    expect(none.length).toBeGreaterThan(0);
  });
});
