import type { SiteContent } from '../../schemas/index';
import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { STATUS_STYLE, countByStatus, type Status } from '../targets/status';
import { effectiveYear, type ObservationLike } from '../targets/status-rules';
import { formatObservedValue } from '../targets/observed';
import { formatDeadline, formatTargetValue } from '../targets/format';
import { COUNTED_STATUSES, countTowardsOnce, progressRows } from '../sites/directory';
import { citeSource } from '../sites/export';
import { siteRows, sitesDirectory, type SiteRowView } from '../sites/views';
import { targetsByStatus, type TargetStatusGroups } from '../responsibilities/views';
import { CITY, cityWideEvidence, countyRelation, countyVerdict, type CountyRelation } from './status';
import { TILE_POSITIONS } from './arrangement';

type County = SiteContent['counties'][number];
type Target = SiteContent['targets'][number];

/** A status as every page words it: the vocabulary's label and symbol (src/domain/targets/status.ts). */
export interface StatusWords {
  status: Status;
  label: string;
  symbol: string;
  /** "（是否按期不明）" where the target was reached but the timing cannot be confirmed. */
  late: string;
}

const words = (status: Status, onTime: boolean | null): StatusWords => ({
  status,
  label: STATUS_STYLE[status].label,
  symbol: STATUS_STYLE[status].symbol,
  late: status === 'achieved' && onTime !== true ? '（是否按期不明）' : '',
});

/** A cited source: its citation in words and its entry in the bibliography. */
export interface SourceCite {
  text: string;
  href: string;
}

const cite = (site: Pick<SiteModel, 'content'>, id: string): SourceCite => {
  const source = site.content.sources.find((entry) => entry.id === id);
  return { text: source ? citeSource(source) : id, href: routes.source(id) };
};

/** A year as published: "2019年", or "年份不明（2025年发布）". */
const yearWords = (o: Pick<ObservationLike, 'year' | 'published'>) => (o.year !== null ? `${o.year}年` : `年份不明${effectiveYear(o) ? `（${effectiveYear(o)}年发布）` : ''}`);

/** One target on a county's page, with the county's own status and what it rests on. */
export interface CountyTargetCard {
  id: string;
  href: string;
  title: string;
  goal: string;
  relation: CountyRelation;
  /** The county's own status, from evidence about the county alone. */
  own: StatusWords & { reason: string };
  /** What the own status rests on: directory entries and published figures for the county, each with its source. */
  basis: Array<{ text: string; href: string; source: SourceCite }>;
  /** What is known for the whole city, which is not the county's verdict. */
  cityWide: Array<{ text: string; source: SourceCite }>;
  /** The target's status for the whole plan, as its own page shows it. */
  overall: StatusWords;
}

/** Every county-level division (not the city), in display order. */
const divisionsOf = (content: Pick<SiteContent, 'counties'>) => [...content.counties].filter((c) => c.id !== CITY).sort((a, b) => a.order - b.order);

/** The targets that concern a county-level division, with its own status on each. */
export function countyTargets(site: Pick<SiteModel, 'content' | 'evidence' | 'asOf' | 'statuses' | 'index'>, countyId: string): CountyTargetCard[] {
  const divisions = divisionsOf(site.content).map((c) => c.id);
  return site.index.inPlanOrder(site.content.targets).flatMap((target) => {
    const relation = countyRelation(target, countyId, divisions);
    if (!relation) return [];
    const verdict = countyVerdict(site, target, countyId);
    const overall = site.statuses.get(target.id)!;
    const basis = [
      ...verdict.sites.map((entry) => ({ text: entry.name, href: routes.site(entry.id), source: cite(site, entry.source) })),
      ...verdict.evidence.map((o) => ({ text: `${yearWords(o)}：${formatObservedValue(o)}`, href: routes.indicator(o.indicator), source: cite(site, o.source) })),
    ];
    const cityWide = cityWideEvidence(site, target).map((o) => ({ text: `${yearWords(o)}：${o.finding ?? formatObservedValue(o)}`, source: cite(site, o.source) }));
    return [{
      id: target.id,
      href: routes.target(target.id),
      title: target.title,
      goal: relation === 'every-county' ? `期限${formatDeadline(target)}` : `${formatTargetValue(target)}，${formatDeadline(target)}`,
      relation,
      own: { ...words(verdict.status, verdict.onTime), reason: verdict.reason },
      basis,
      cityWide,
      overall: words(overall.status, overall.onTime),
    }];
  });
}

/** A published figure whose scope is the place, as the county pages list them (latest first). */
export interface PlaceFigure {
  id: string;
  indicator: { name: string; href: string };
  value: string;
  year: string;
  /** A narrower area inside the place, as the source names it. */
  area: string | null;
  note: string | null;
  /** True for evidence that a measure was carried out, rather than a measured outcome. */
  action: boolean;
  source: SourceCite;
}

/** Every published figure whose scope is the place, latest first (by the year described, else published). */
export function placeFigures(site: Pick<SiteModel, 'content'>, countyId: string): PlaceFigure[] {
  const indicators = new Map(site.content.indicators.map((entry) => [entry.id, entry]));
  return site.content.observations
    .filter((o) => o.scope === countyId)
    .sort((a, b) => (effectiveYear(b) ?? -Infinity) - (effectiveYear(a) ?? -Infinity) || Number(b.year !== null) - Number(a.year !== null) || a.id.localeCompare(b.id))
    .map((o) => ({
      id: o.id,
      indicator: { name: indicators.get(o.indicator)?.name ?? o.indicator, href: routes.indicator(o.indicator) },
      value: formatObservedValue(o),
      year: yearWords(o),
      area: o.scopeNote,
      note: o.note,
      action: o.signal === 'action',
      source: cite(site, o.source),
    }));
}

/** A place's share of the sites directory. */
export interface DirectoryShare {
  /** Entries whose county is the place, and the whole directory. */
  here: number;
  total: number;
  /** "2 / 14 条（14%）". */
  summary: string;
  /** Entries recognised or completed (the ones that count towards targets). */
  counted: number;
  byType: Array<{ label: string; href: string; count: number }>;
  /** The plan's count targets the place's entries count towards: how many of the counted come from here. */
  towards: Array<{ label: string; href: string; here: number; all: number }>;
}

/** How much of the directory lies in a place, by type and by the targets its entries count towards. */
export function directoryShare(site: Pick<SiteModel, 'content'>, countyId: string): DirectoryShare {
  const directory = sitesDirectory(site);
  const here = directory.sites.filter((entry) => entry.county === countyId);
  const total = directory.sites.length;
  const types = directory.terms.types;
  const byType = types.list
    .map((type) => ({ label: type.label, href: routes.siteFacet('type', type.id), count: here.filter((entry) => entry.type === type.id).length }))
    .filter((row) => row.count > 0);
  const towards = progressRows(directory.sites, types).flatMap((row) => {
    const rule = types.get(row.type)!.counts.find((r) => r.target === row.target)!;
    const local = countTowardsOnce(here, row.type, rule);
    return local > 0 ? [{ label: row.label, href: routes.target(row.target), here: local, all: row.count }] : [];
  });
  const percent = total > 0 ? Math.round((here.length / total) * 100) : 0;
  return {
    here: here.length,
    total,
    summary: `${here.length} / ${total} 条（${percent}%）`,
    counted: here.filter((entry) => COUNTED_STATUSES.includes(entry.status)).length,
    byType,
    towards,
  };
}

/** One tile of the schematic map, and one row of its table. */
export interface CountyTileInput {
  id: string;
  /** The name as text on the tile. */
  name: string;
  href: string;
  /** The city as a whole is drawn apart, as a key; the six divisions in their arrangement. */
  kind: 'city' | 'division';
  /** Position in tile units (columns east, rows south, src/domain/counties/arrangement.ts); ignored for the city. */
  col: number;
  row: number;
  /** Entries of the directory there. */
  sites: number;
  /** Its own targets' statuses (for the city: the city-wide targets), in plan order. */
  statuses: Status[];
  achieved: number;
  /** Short lines under the name, in words: "名录 2 条", "目标 3 项", "已达成 1 项". */
  lines: string[];
  /** Its targets by status in words ("已达成 1 项，已过期限，未见公开数据 2 项"), for the table. */
  tally: string;
}

/** The city's own targets: those that apply to the city as a whole. */
const cityTargets = (site: Pick<SiteModel, 'content' | 'index'>): Array<Target & { id: string }> =>
  site.index.inPlanOrder(site.content.targets.filter((target) => target.scope.length === 1 && target.scope[0] === CITY));

/** The seven tiles: the city and the six divisions, each with its directory count and its own targets' statuses. */
export function countyTiles(site: Pick<SiteModel, 'content' | 'evidence' | 'asOf' | 'statuses' | 'index'>): CountyTileInput[] {
  const directory = sitesDirectory(site);
  return [...site.content.counties]
    .sort((a, b) => a.order - b.order)
    .map((county) => {
      const isCity = county.id === CITY;
      const position = isCity ? { col: 0, row: 0 } : TILE_POSITIONS[county.id];
      if (!position) throw new Error(`counties/${county.id}.yaml: the county has no place on the schematic map (add it to src/domain/counties/arrangement.ts)`);
      const statuses = isCity ? cityTargets(site).map((target) => site.statuses.get(target.id)!.status) : countyTargets(site, county.id).map((card) => card.own.status);
      const achieved = statuses.filter((status) => status === 'achieved').length;
      const sites = directory.sites.filter((entry) => entry.county === county.id).length;
      const tally = countByStatus(statuses, (status) => status);
      const which = isCity ? '全市目标' : '本地目标';
      return {
        id: county.id,
        name: county.name,
        href: routes.county(county.id),
        kind: isCity ? ('city' as const) : ('division' as const),
        ...position,
        sites,
        statuses,
        achieved,
        lines: isCity ? [`名录 ${sites} 条 · ${which} ${statuses.length} 项 · 已达成 ${achieved} 项`] : [`名录 ${sites} 条`, `目标 ${statuses.length} 项`, `已达成 ${achieved} 项`],
        tally: tally.map((c) => `${STATUS_STYLE[c.status].label} ${c.count} 项`).join('，'),
      };
    });
}

/** The schematic map: its tiles and its table (each place's counts and targets). */
export interface CountyMapView {
  tiles: CountyTileInput[];
  rows: Array<{ id: string; name: string; href: string; sites: number; targets: string; tally: string }>;
}

const mapCache = new WeakMap<SiteContent, CountyMapView>();

/** The schematic map of the city and its six divisions, computed once per build (it appears on several pages). */
export function countyMapView(site: Pick<SiteModel, 'content' | 'evidence' | 'asOf' | 'statuses' | 'index'>): CountyMapView {
  const cached = mapCache.get(site.content);
  if (cached) return cached;
  const tiles = countyTiles(site);
  const rows = tiles.map((tile) => {
    const targets = tile.kind === 'city' ? `全市目标 ${tile.statuses.length} 项` : countyTargets(site, tile.id).map((card) => card.title).join('；');
    return { id: tile.id, name: tile.name, href: tile.href, sites: tile.sites, targets, tally: tile.tally };
  });
  const view = { tiles, rows };
  mapCache.set(site.content, view);
  return view;
}

/** Everything /counties/ shows: the map, and each division's targets with its own status. */
export function countiesIndexView(site: Pick<SiteModel, 'content' | 'evidence' | 'asOf' | 'statuses' | 'index'>) {
  const divisions = divisionsOf(site.content);
  return {
    map: countyMapView(site),
    places: divisions.map((county) => ({ id: county.id, name: county.name, href: routes.county(county.id), targets: countyTargets(site, county.id) })),
  };
}

/** Everything /counties/<id>/ shows. */
export function countyPageView(site: Pick<SiteModel, 'content' | 'evidence' | 'asOf' | 'statuses' | 'index'>, countyId: string) {
  const county = site.content.counties.find((entry) => entry.id === countyId) as County | undefined;
  if (!county) throw new Error(`countyPageView: unknown county "${countyId}"`);
  const isCity = county.id === CITY;
  const directory = sitesDirectory(site);
  const sites: SiteRowView[] = siteRows(directory, directory.sites.filter((entry) => entry.county === county.id));
  const targets = isCity ? [] : countyTargets(site, county.id);
  const own = isCity ? cityTargets(site) : [];
  const cityGroups: TargetStatusGroups | null = isCity
    ? targetsByStatus(site, own.map((target) => target.id))
    : null;
  // On the city's page: the targets every division must reach, with how many have a sourced verdict.
  const divisions = divisionsOf(site.content);
  const everyCounty = isCity
    ? site.index.inPlanOrder(site.content.targets.filter((target) => divisions.every((d) => target.scope.includes(d.id)))).map((target) => {
        const verdicts = divisions.map((d) => ({ county: d, verdict: countyVerdict(site, target, d.id) }));
        const reached = verdicts.filter((v) => v.verdict.status === 'achieved');
        return {
          id: target.id,
          href: routes.target(target.id),
          title: target.title,
          overall: words(site.statuses.get(target.id)!.status, site.statuses.get(target.id)!.onTime),
          tally: `${divisions.length} 个县（市、区）中，${reached.length} 个有只针对本地的公开来源证明已达到${reached.length > 0 ? `（${reached.map((v) => v.county.name).join('、')}）` : ''}。`,
          cityWide: cityWideEvidence(site, target).map((o) => ({ text: `${yearWords(o)}：${o.finding ?? formatObservedValue(o)}`, source: cite(site, o.source) })),
        };
      })
    : [];
  const share = directoryShare(site, county.id);
  const figures = placeFigures(site, county.id);
  const tally = (statuses: Status[], titles: string[] = []) =>
    countByStatus(statuses.map((status, i) => ({ status, title: titles[i] })), (entry) => entry.status)
      .map((c) => {
        const named = titles.length > 0 && c.count <= 2 ? `（${statuses.flatMap((status, i) => (status === c.status ? [titles[i]] : [])).join('；')}）` : '';
        return `${STATUS_STYLE[c.status].label} ${c.count} 项${named}`;
      })
      .join('，');
  const lead = isCity
    ? `全市目标 ${own.length} 项：${tally(own.map((target) => site.statuses.get(target.id)!.status))}。范围为全市的公开数字 ${figures.length} 项；名录中属于全市（或来源未写明所在县（市、区））的条目 ${share.here} 条。`
    : `方案对${county.name}提出的要求 ${targets.length} 项，按只针对${county.name}的公开来源：${tally(targets.map((card) => card.own.status), targets.map((card) => card.title))}。名录中有 ${share.here} 条在${county.name}，范围为${county.name}的公开数字 ${figures.length} 项。`;
  return {
    county: { id: county.id, name: county.name, isCity },
    title: `${county.name}${t('counties.pageLink')}`,
    description: lead.slice(0, 110),
    breadcrumbs: [{ label: t('counties.title'), href: routes.counties() }, { label: county.name }],
    lead,
    targets,
    cityGroups,
    everyCounty,
    figures,
    sites,
    share,
    contents: [
      isCity ? { href: '#city-targets', label: '全市目标' } : { href: '#local-targets', label: '方案对本地的要求' },
      ...(isCity ? [{ href: '#every-county', label: '各县（市、区）都要达到的目标' }] : []),
      { href: '#figures', label: `${t('counties.figures')}（${figures.length}）` },
      { href: '#sites', label: `${t('counties.sitesHere')}（${sites.length}）` },
      { href: '#share', label: t('counties.share') },
      { href: '#map', label: '示意图' },
    ],
    others: [...site.content.counties].sort((a, b) => a.order - b.order).filter((c) => c.id !== county.id).map((c) => ({ href: routes.county(c.id), name: c.name })),
    directoryHref: routes.siteFacet('county', county.id),
  };
}
