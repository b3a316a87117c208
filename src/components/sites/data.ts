import { siteContent } from '../../content/site-content';
import { sortSites, type CountyInfo, type SiteEntry } from '../../domain/sites/directory';
import type { SourceInfo } from '../../domain/sites/export';

/** A source as the directory shows it, with the short form its tables use. */
export type DirectorySource = SourceInfo & { kind: string; note: string | null; short: string };

/** The short source line of the directory's table: the plan by title, anything else by publisher and date. */
const shortSource = (source: Omit<DirectorySource, 'short'>) =>
  source.kind === 'plan' ? `《${source.title}》` : `${source.publisher}${source.date ? `，${source.date}` : ''}`;

let cached: ReturnType<typeof loadSitesData> | undefined;

/** Everything the directory pages need, loaded once per build: sites in directory order, counties, sources. */
export function sitesData() {
  // Every directory page asks for this; sorting the sites once per build keeps the build linear.
  cached ??= loadSitesData();
  return cached;
}

async function loadSitesData() {
  const { content, index } = await siteContent();
  const counties: CountyInfo[] = content.counties.map(({ id, name, order }) => ({ id, name, order }));
  const sites: SiteEntry[] = sortSites(content.sites, counties);
  const sources = new Map<string, DirectorySource>(
    content.sources.map((source) => {
      const base = { id: source.id, publisher: source.publisher, title: source.title, date: source.date, url: source.url, kind: source.kind, note: source.note };
      return [source.id, { ...base, short: shortSource(base) }];
    }),
  );
  return { sites, counties, sources, targets: index.targets, clauses: index.clauses };
}
