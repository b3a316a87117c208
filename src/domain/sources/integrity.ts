import type { SiteContent } from '../../schemas/index';
import { mustBe } from '../../content/problems';
import { isCertainlyAfter } from '../../schemas/checks/dates';
import { isHostWithin, isIpHost, normaliseHost } from '../../schemas/checks/web-address';

/** Document-sharing mirrors the citation policy forbids linking; they may appear only as provenance. */
export const MIRROR_HOSTS = [
  'ilynn.cn', 'gcs66.com', 'bjtbwm.com', 'gsmfordummies.com', 'csyrq.com', 'xiayou8.cn', 'tftnews.com',
  'baogaosu.com', 'xjnnet.com', 'hczyw.com', '360elib.com',
];

/**
 * Why a source's address may not be linked, or null: a mirror (compared after normalising case,
 * trailing dots and international names), an IP address in any notation, or a host that is not a
 * public name (no dot, as in "localhost").
 */
export function linkProblem(url: URL): string | null {
  const host = normaliseHost(url.hostname);
  if (isIpHost(host)) return `url must name the publisher's web host, not an IP address (got ${url.hostname})`;
  if (!host.includes('.')) return `url must name a public web host with a domain (got ${url.hostname})`;
  const mirror = MIRROR_HOSTS.find((domain) => isHostWithin(host, domain));
  if (mirror) return `url points to a copy on a document-sharing site (${host}); cite the original and keep the copy only in an observation's retrievedFrom`;
  return null;
}

/** Sources: one entry per document, dates in order, and no link to a mirror or a bare IP address. */
export function checkSources(content: SiteContent): string[] {
  const problems: string[] = [];
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const source of content.sources) {
    const titleKey = `${source.title}|${source.date ?? ''}`;
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle && !source.title.startsWith('［')) problems.push(`${source.label}: title and date are those of ${sameTitle}; cite that entry instead of adding a second one`);
    byTitle.set(titleKey, source.label);
    if (source.date && source.accessed && isCertainlyAfter(source.date, source.accessed)) {
      problems.push(mustBe(source.label, 'date', `not be after accessed ${source.accessed} (a document cannot be read before it is published)`, source.date));
    }
    if (!source.url) continue;
    const url = new URL(source.url);
    // The same address however it is written: scheme, host case, trailing dot, default port, fragment.
    const key = `${normaliseHost(url.hostname)}:${url.port}${url.pathname}${url.search}`;
    const other = byUrl.get(key);
    if (other) problems.push(`${source.label}: url is the same document as ${other}; cite that entry instead of adding a second one`);
    byUrl.set(key, source.label);
    const problem = linkProblem(url);
    if (problem) problems.push(`${source.label}: ${problem}`);
  }
  return problems;
}
