import type { SiteModel } from '../site-model';
import type { SiteContent } from '../../schemas/index';
import { routes } from '../../routes';
import { STATUS_STYLE, type Status } from '../targets/status';
import { formatDeadline } from '../targets/format';
import { sourceAnchor, type LessonEntry } from './lessons';
import { countyRefs, isCountyScoped, type CountyRef } from '../counties/links';

type Source = SiteContent['sources'][number];

/** A plan target as a lesson links it: what it asked, by when, and where it stands as of the data date. */
export interface TargetStatusLink {
  id: string;
  href: string;
  title: string;
  /** "2022年". */
  deadline: string;
  status: Status;
  /** The status as every page words it: "已过期限，未见公开数据". */
  statusText: string;
  /** The counties the target names, as links; empty for a target of the whole city. */
  counties: CountyRef[];
}

/** A target of the plan with its computed status, linked to its page. */
export function targetStatusLink(site: Pick<SiteModel, 'content' | 'index' | 'statuses'>, id: string): TargetStatusLink {
  const target = site.index.targets.get(id);
  if (!target) throw new Error(`unknown target "${id}"`);
  const status = site.statuses.get(id)?.status ?? 'not-measurable';
  const counties = isCountyScoped(target.scope) ? countyRefs(site.content, target.scope) : [];
  return { id, href: routes.target(id), title: target.title, deadline: formatDeadline(target), status, statusText: STATUS_STYLE[status].label, counties };
}

/** One entry of a lesson's source list. */
export interface SourceView {
  /** The anchor id the facts' citations point at. */
  anchor: string;
  /** "publisher：《title》（征求意见稿），date。" */
  citation: string;
  url: string | null;
  note: string | null;
}

const sourceById = (site: Pick<SiteModel, 'content'>, id: string): Source => {
  const source = site.content.sources.find((entry) => entry.id === id);
  if (!source) throw new Error(`unknown source "${id}"`);
  return source;
};

/** A source as a lesson lists it. */
export function sourceView(site: Pick<SiteModel, 'content'>, id: string): SourceView {
  const source = sourceById(site, id);
  const draft = source.status === 'draft' ? '（征求意见稿）' : '';
  return {
    anchor: sourceAnchor(id),
    citation: `${source.publisher}：《${source.title}》${draft}${source.date ? `，${source.date}` : '，未注明日期'}。`,
    url: source.url,
    note: source.note,
  };
}

/** A plan clause as lessons name it: its number and heading, or the goals' year ("主要目标（2022年）"). */
export function clauseLabel(site: Pick<SiteModel, 'index'>, id: string): string {
  const clause = site.index.clauses.get(id);
  const label = clause ? [clause.number, clause.heading].filter(Boolean).join(' ') : '';
  return label || (id.startsWith('goals-') ? `主要目标（${id.slice(6)}年）` : id);
}

const LEVELS = { district: '区级', county: '县级', city: '市级', provincial: '省级' } as const;

/** A place where a lesson can be taught, with its level, year and source in words. */
export interface VenueView {
  name: string;
  /** "区级，2019年". */
  designation: string;
  place: string;
  note: string | null;
  /** "越城区水利局《…》，2019-03-28". */
  source: { text: string; url: string | null };
}

/** The places of a lesson, each with its source resolved. */
export function venueViews(site: Pick<SiteModel, 'content'>, venues: LessonEntry['venues']): VenueView[] {
  return venues.map((venue) => {
    const source = sourceById(site, venue.source);
    return {
      name: venue.name,
      designation: `${LEVELS[venue.level]}，${venue.since}年`,
      place: venue.place,
      note: venue.note,
      source: { text: `${source.publisher}《${source.title}》，${source.date ?? '未注明日期'}`, url: source.url },
    };
  });
}
