import type { SiteContent } from '../../schemas/index';
import { routes } from '../../routes';
import { CITY } from './status';

/** A county (or the city) as a link to its page: what `CountyName.astro` renders. */
export interface CountyRef {
  id: string;
  name: string;
  href: string;
}

/** A piece of text: words, or a county named in them, to be shown as a link. */
export type LinkedText = Array<string | CountyRef>;

type Counties = Pick<SiteContent, 'counties'>;

/** The county (or the city) of an id as a link to its page; an unknown id keeps its id as its name. */
export function countyRef(content: Counties, id: string): CountyRef {
  const county = content.counties.find((entry) => entry.id === id);
  return { id, name: county?.name ?? id, href: routes.county(id) };
}

/** Several counties as links, in the order given. */
export const countyRefs = (content: Counties, ids: readonly string[]): CountyRef[] => ids.map((id) => countyRef(content, id));

/** Does a target or figure concern particular counties rather than the whole city? */
export const isCountyScoped = (scope: string | readonly string[]): boolean => (typeof scope === 'string' ? [scope] : scope).some((id) => id !== CITY);

/**
 * The text with the first mention of each county-level division's full name ("诸暨市", "新昌县")
 * as a link, the words unchanged. The city itself is not linked: the whole plan is about it, and
 * a link at every "绍兴市" would be noise. Short forms inside other names ("上虞经济开发区") stay text.
 * `linked` carries the counties already linked in earlier paragraphs of the same clause, and
 * receives the ones linked here, so a clause links each county once.
 */
export function linkCountyNames(content: Counties, text: string, linked: Set<string> = new Set()): LinkedText {
  const divisions = content.counties.filter((county) => county.id !== CITY && !linked.has(county.id));
  const hits = divisions
    .map((county) => ({ county, at: text.indexOf(county.name) }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  const parts: LinkedText = [];
  let from = 0;
  for (const { county, at } of hits) {
    if (at < from) continue;
    if (at > from) parts.push(text.slice(from, at));
    parts.push(countyRef(content, county.id));
    linked.add(county.id);
    from = at + county.name.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/**
 * The text with one given county's name linked at its first mention; the text unchanged (one
 * piece) when the name is not in it. For lines such as "最新 …（2024年，柯桥区）".
 */
export function linkCountyIn(text: string, county: CountyRef | null): LinkedText {
  const at = county ? text.indexOf(county.name) : -1;
  if (!county || at < 0) return [text];
  return [text.slice(0, at), county, text.slice(at + county.name.length)].filter((part) => part !== '');
}

/**
 * A target's latest-figure line (targets/latest.ts) with the place of the figure linked where the
 * line names one (a figure for another place than the target's: "最新 …（2024年，柯桥区）").
 */
export function linkFigurePlace(content: Counties, line: string, otherScope: string | null): LinkedText {
  const county = otherScope ? content.counties.find((entry) => entry.name === otherScope) : undefined;
  return linkCountyIn(line, county ? countyRef(content, county.id) : null);
}
