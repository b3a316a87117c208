import type { SiteContent } from '../../schemas/index';

type Source = SiteContent['sources'][number];

/** A bibliography entry as the citizens' pages name it: full line, short name and link. */
export interface SourceView {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  /** Only official or mainstream-news links (the schema and the citation policy see to it). */
  url: string | null;
  note: string | null;
  kind: Source['kind'];
  /** What a card calls it: 方案 for the plan, the code for a standard, the title without its brackets otherwise. */
  short: string;
}

/** The short name a tip card links with: "方案", "GB/T 31436-2015", "《公民节约用水行为规范》". */
export function shortSourceName(source: Pick<Source, 'kind' | 'title'>): string {
  if (source.kind === 'plan') return '方案';
  if (source.kind === 'standard') return /^[A-Z]+(\/[A-Z])?\s*[\d.]+(-\d{4})?/.exec(source.title)?.[0] ?? source.title;
  return `《${source.title.replace(/（[^（）]*）$/, '')}》`;
}

/** The title as a reference names it: a standard by its code and title, anything else in 《》. */
export const citedTitle = (source: Pick<Source, 'kind' | 'title'>) => (source.kind === 'standard' ? source.title : `《${source.title}》`);

/** The source as the citizens' pages show it. */
export function toSourceView(source: Source): SourceView {
  const { id, publisher, title, date, url, note, kind } = source;
  return { id, publisher, title, date, url, note, kind, short: shortSourceName(source) };
}

/** Looks sources up by id; throws naming the id, since integrity checks already refused unknown ones. */
export function sourceLookup(content: Pick<SiteContent, 'sources'>): (id: string) => SourceView {
  const byId = new Map(content.sources.map((source) => [source.id, source]));
  return (id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`sources/${id}.yaml: no such source`);
    return toSourceView(source);
  };
}
