import { domainToASCII } from 'node:url';

/** Parses an address the way a browser does; null when it is not a URL at all. */
export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Why a text is not an address the site may link to, or null. The browser's own parser decides
 * (so a bad address names its file and field instead of ending the build with "Invalid URL").
 */
export function webAddressProblem(value: string): string | null {
  if (/\s/u.test(value)) return 'must be a web address without spaces or line breaks';
  if (!/^https?:\/\//i.test(value)) return 'must be an http(s) address';
  const url = parseUrl(value);
  if (!url || !url.hostname) return 'must be a valid http(s) address (the browser cannot read it)';
  if (url.username || url.password) return 'must not carry a user name or password before the host (…@host hides where the link goes)';
  return null;
}

/** A host as the mirror and IP checks compare it: lower case, no trailing dot, international names in punycode. */
export function normaliseHost(hostname: string): string {
  const bare = hostname.toLowerCase().replace(/\.+$/, '');
  if (bare.startsWith('[')) return bare;
  return domainToASCII(bare) || bare;
}

/**
 * Is the host an IP address rather than a name? The URL parser has already turned decimal,
 * octal and hexadecimal forms (http://2130706433/, http://0x7f.1/) into dotted IPv4; IPv6 keeps its brackets.
 */
export function isIpHost(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/** Is `host` the domain or one of its subdomains? Both normalised first. */
export function isHostWithin(host: string, domain: string): boolean {
  const h = normaliseHost(host);
  const d = normaliseHost(domain);
  return h === d || h.endsWith(`.${d}`);
}
