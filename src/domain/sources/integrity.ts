import type { SiteContent } from '../../schemas/index';

/** Document-sharing mirrors the citation policy forbids linking; they may appear only as provenance. */
export const MIRROR_HOSTS = [
  'ilynn.cn', 'gcs66.com', 'bjtbwm.com', 'gsmfordummies.com', 'csyrq.com', 'xiayou8.cn', 'tftnews.com',
  'baogaosu.com', 'xjnnet.com', 'hczyw.com', '360elib.com',
];

const isMirror = (url: string) => {
  const host = new URL(url).hostname;
  return /^\d+(\.\d+){3}$/.test(host) || MIRROR_HOSTS.some((mirror) => host === mirror || host.endsWith(`.${mirror}`));
};

/** Sources: one entry per document, and no link to a document-sharing mirror. */
export function checkSources(content: SiteContent): string[] {
  const problems: string[] = [];
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const source of content.sources) {
    const titleKey = `${source.title}|${source.date ?? ''}`;
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle && !source.title.startsWith('［')) problems.push(`${source.label}: title and date are those of ${sameTitle}; cite that entry instead of adding a second one`);
    byTitle.set(titleKey, source.label);
    if (source.url) {
      const other = byUrl.get(source.url);
      if (other) problems.push(`${source.label}: url is the same document as ${other}; cite that entry instead of adding a second one`);
      byUrl.set(source.url, source.label);
    }
    if (source.url && isMirror(source.url)) problems.push(`${source.label}: url points to a copy on a document-sharing site (${new URL(source.url).hostname}); cite the original and keep the copy only in an observation's retrievedFrom`);
  }
  return problems;
}
