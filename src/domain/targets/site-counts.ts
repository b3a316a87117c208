import type { SiteContent } from '../../schemas/index';
import type { ObservationLike } from './status-rules';
import { siteTypes } from '../sites/types';
import { COUNTED_STATUSES } from '../sites/directory';
import { routes } from '../../routes';

/**
 * Turns the sites directory into evidence for the plan's count targets: for each city-wide target a
 * site type counts towards, how many sourced sites are recognised or completed. The directory holds
 * only what has a public source, so the number is a floor ("at least"), never a total.
 */
export function siteCountObservations(content: SiteContent): ObservationLike[] {
  const targets = new Map(content.targets.map((t) => [t.id, t]));
  return siteTypes(content).list.map((info) => [info.id, info] as const).flatMap(([type, info]) =>
    info.counts.flatMap((rule) => {
      const target = targets.get(rule.target);
      if (!target || rule.countBy === 'county' || target.scope.join() !== 'shaoxing') return [];
      const counted = content.sites.filter((s) => s.type === type && COUNTED_STATUSES.includes(s.status) && (!rule.levels || rule.levels.includes(s.level)));
      if (counted.length === 0) return [];
      const years = counted.map((s) => s.year).filter((y): y is number => y !== null);
      return [{
        id: `sites-${rule.target}`,
        source: counted[0].source,
        indicator: target.indicator,
        year: years.length === counted.length ? Math.max(...years) : null,
        value: counted.length,
        bound: 'at-least' as const,
        unit: target.unit,
        finding: null,
        reached: null,
        scope: 'shaoxing',
        quantity: 'use' as const,
        priceBasis: null,
        signal: 'outcome' as const,
        published: null,
        via: { label: `本站示范点名录中有公开来源的${info.label}`, href: routes.siteFacet('type', type) },
      }];
    }),
  );
}
