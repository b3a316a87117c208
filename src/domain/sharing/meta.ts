import { routes } from '../../routes';

/** Every page's link-preview data: what chat apps and social sites read (Open Graph, Twitter cards). */
export interface ShareInput {
  /** The page's own title, without the site name. */
  title: string;
  /** The page's one-sentence description. */
  description: string;
  /** The site's name (og:site_name). */
  siteName: string;
  /** The page's path, e.g. "/targets/total-water-use-2022/". */
  pathname: string;
  /** The configured public address of the site (astro.config.mjs `site`). */
  site: URL | string;
  /** The preview image's path; by default the page's own image or the site's (shareImageFor). */
  image?: string;
}

/** One <meta> tag: Open Graph tags use `property`, Twitter cards use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The size every preview image is drawn at (the size Open Graph and Twitter large cards expect). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// Single-segment pages under /targets/ and /indicators/ are the target and indicator pages; every one has its own image.
const OWN_IMAGE = /^\/(targets|indicators)\/([^/]+)\/$/;

/** The preview image of a page: a target's or indicator's own image, else the site's. */
export function shareImageFor(pathname: string): string {
  const match = OWN_IMAGE.exec(pathname);
  if (!match) return routes.shareImage();
  return routes.shareImage({ kind: match[1] === 'targets' ? 'target' : 'indicator', id: decodeURIComponent(match[2]) });
}

/** The canonical address of a page: the configured site plus the page's path (never the build host). */
export const canonicalUrl = (pathname: string, site: URL | string): string => new URL(pathname, site).href;

// The not-found page is served at every missing address; it has no address of its own to name.
const NOT_FOUND = /^\/404(\.html|\/)?$/;

/** The Open Graph and Twitter card tags of a page, in the order they are written into <head> (no canonical address on the 404 page). */
export function shareTags(input: ShareInput): { canonical: string | null; tags: MetaTag[] } {
  const canonical = NOT_FOUND.test(input.pathname) ? null : canonicalUrl(input.pathname, input.site);
  const image = new URL(input.image ?? shareImageFor(input.pathname), input.site).href;
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: 'zh_CN' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
    { property: 'og:image', content: image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(SHARE_IMAGE_SIZE.width) },
    { property: 'og:image:height', content: String(SHARE_IMAGE_SIZE.height) },
    { property: 'og:image:alt', content: input.title },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: input.title },
  ];
  return { canonical, tags };
}
