import type { SiteContent } from '../../src/schemas/index';

/**
 * The site's important terms and the page each belongs to, derived from the content so new
 * entries are covered automatically: indicator names, measure, task and mechanism titles, unit names.
 */
export function importantTerms(content: SiteContent): Array<{ term: string; url: string }> {
  const usedIndicators = new Set(content.targets.map((t) => t.indicator));
  return [
    ...content.indicators.filter((i) => usedIndicators.has(i.id) && i.category !== 'vision').map((i) => ({ term: i.name.replace(/（.*?）/g, ''), url: `/indicators/${i.id}/` })),
    ...content.measures.map((m) => ({ term: m.title, url: `/measures/${m.id}/` })),
    ...content.tasks.map((t) => ({ term: t.title, url: `/tasks/${t.id}/` })),
    ...content.mechanisms.map((m) => ({ term: m.title, url: `/mechanisms/${m.id}/` })),
    ...content.safeguards.map((s) => ({ term: s.title, url: `/safeguards/${s.id}/` })),
    ...content.departments.filter((d) => d.kind !== 'group').map((d) => ({ term: d.shortName, url: `/departments/${d.id}/` })),
  ];
}
