import type { SiteContent } from '../../schemas/index';

/**
 * Everyday words that the site's own text never uses (中水, 跑冒滴漏, 水费) mapped to the term the
 * plan uses for the same thing, taken from the `searchTerms` of indicators and plan parts. A query
 * made of such a word alone is searched as the plan's term, so it finds pages that never contain it.
 * Words the text already contains are left alone: the index finds them as they are.
 */
export function synonymMap(content: SiteContent): Record<string, string> {
  const corpus = [
    ...content.plan.flatMap((c) => [c.heading ?? '', ...c.paragraphs]),
    ...content.targets.flatMap((t) => [t.title, t.wording, t.note ?? '']),
    ...content.indicators.flatMap((i) => [i.name, i.definition, i.measurement, ...i.cautions]),
    ...content.responsibilities.map((r) => r.text),
  ].join('\n');
  const named = [
    ...content.indicators.map((i) => ({ canonical: i.name.replace(/（.*?）/g, ''), terms: i.searchTerms })),
    ...[...content.mechanisms, ...content.tasks, ...content.measures, ...content.projects, ...content.safeguards].map((e) => ({ canonical: e.title, terms: e.searchTerms })),
  ];
  const map: Record<string, string> = {};
  for (const { canonical, terms } of named) {
    for (const term of terms) {
      if (!corpus.includes(term) && !(term in map)) map[term] = canonical;
    }
  }
  return map;
}

/** The query Pagefind should run for what the visitor typed. */
export function expandQuery(query: string, synonyms: Record<string, string>): string {
  const trimmed = query.trim();
  return synonyms[trimmed] ?? trimmed;
}
