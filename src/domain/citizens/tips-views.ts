import type { SiteModel } from '../site-model';
import { tipAudience, tipPlace, type TipAudience, type TipPlace } from '../../schemas/citizens/tips';
import { routes } from '../../routes';
import { t, type UiKey } from '../../i18n/zh-CN';
import { citedTitle, sourceLookup, type SourceView } from './sources';

type Tip = SiteModel['content']['tips'][number];
type Site = Pick<SiteModel, 'content' | 'index'>;

/** A link with its words. */
export interface LinkView {
  label: string;
  href: string;
}

/** One tip as a compact card: what to do, where, who, effort, cost; its basis one tap away. */
export interface TipCardView {
  id: string;
  /** The card's anchor (routes.tip). */
  anchor: string;
  title: string;
  body: string;
  place: string;
  placeLabel: string;
  audiences: TipAudience[];
  /** "家庭、学校、机关与单位". */
  audienceLabel: string;
  effort: string;
  cost: string;
  /** A verified figure ("1.1 升/次"), or null: most tips have none, and none is invented. */
  amount: string | null;
  /** What the tip saves, in words. */
  saves: string;
  /** The method or basis when this tip's is its own; null when the source's shared basis (below the list) says it. */
  method: string | null;
  /** Plan clauses the tip helps carry out. */
  clauses: LinkView[];
  /** The tip's sources, each linking to its one entry in the page's 出处与依据 list. */
  sources: LinkView[];
}

/** A source with what it says about the tips that rest on it, stated once. */
export interface TipSourceView extends SourceView {
  anchor: string;
  /** The source's title as a reference names it (citedTitle()). */
  heading: string;
  /** The basis shared by several tips ("…提出这一做法，但没有给出节水量…"), each text once. */
  basis: string[];
  /** How many of the listed tips cite it. */
  tipCount: number;
}

/** One filter value: its words, how many tips it has, its plain page and whether it is this page. */
export interface FilterOptionView {
  value: string;
  label: string;
  count: number;
  href: string;
  current: boolean;
}

/** The filters: plain links without JavaScript, two combinable selects with it. */
export interface TipFilterView {
  total: number;
  all: LinkView & { current: boolean };
  print: LinkView;
  places: FilterOptionView[];
  audiences: FilterOptionView[];
}

const byOrder = (a: Tip, b: Tip) => a.order - b.order;
/** Small whole amounts keep the decimal the standards print ("1.0 升/次"); others as written. */
const formatAmount = (amount: number) => (Number.isInteger(amount) && amount < 10 ? amount.toFixed(1) : String(amount));
const placeLabel = (place: string) => t(`tips.place.${place}` as UiKey);
const audienceLabel = (audience: string) => t(`tips.audience.${audience}` as UiKey);

/** Method texts that several tips share: the page states each once, under its source. */
function sharedMethods(tips: readonly Tip[]): Set<string> {
  const counts = new Map<string, number>();
  for (const tip of tips) counts.set(tip.saving.method, (counts.get(tip.saving.method) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([text]) => text));
}

/** The card of each tip, in the order given. */
export function tipCards(site: Site, tips: readonly Tip[]): TipCardView[] {
  const shared = sharedMethods(site.content.tips);
  const source = sourceLookup(site.content);
  return tips.map((tip) => {
    const { saving } = tip;
    return {
      id: tip.id,
      anchor: `tip-${tip.id}`,
      title: tip.title,
      body: tip.body,
      place: tip.place,
      placeLabel: placeLabel(tip.place),
      audiences: tip.audience,
      audienceLabel: tip.audience.map(audienceLabel).join('、'),
      effort: t(`tips.difficulty.${tip.difficulty}` as UiKey),
      cost: t(`tips.cost.${tip.cost}` as UiKey),
      amount: saving.kind === 'quantified' && saving.amount !== null ? `${formatAmount(saving.amount)} ${saving.unit}` : null,
      saves: saving.text,
      method: shared.has(saving.method) ? null : saving.method,
      clauses: tip.clauses.map((id) => ({ label: site.index.clauses.get(id)?.heading ?? id, href: routes.clause(id) })),
      sources: tip.sources.map((id) => ({ label: source(id).short, href: `#basis-${id}` })),
    };
  });
}

/** Every source the tips cite, most cited first, each with the shared basis of the tips that name it first. */
export function tipSources(site: Site, tips: readonly Tip[]): TipSourceView[] {
  const shared = sharedMethods(site.content.tips);
  const source = sourceLookup(site.content);
  const ids = [...new Set(tips.flatMap((tip) => tip.sources))];
  const count = (id: string) => tips.filter((tip) => tip.sources.includes(id)).length;
  return ids
    .map((id) => {
      const basis = [...new Set(tips.filter((tip) => tip.sources[0] === id && shared.has(tip.saving.method)).map((tip) => tip.saving.method))];
      const view = source(id);
      return { ...view, anchor: `basis-${id}`, heading: citedTitle(view), basis, tipCount: count(id) };
    })
    .sort((a, b) => b.tipCount - a.tipCount || a.id.localeCompare(b.id));
}

/** The filter links and select options; `current` marks the plain filter page being shown. */
export function tipFilter(site: Site, current: { place?: string; audience?: string } = {}): TipFilterView {
  const tips = site.content.tips;
  const option = (value: string, label: string, count: number, href: string, isCurrent: boolean): FilterOptionView => ({ value, label, count, href, current: isCurrent });
  return {
    total: tips.length,
    all: { label: `${t('tips.all')}（${tips.length}条）`, href: routes.tips(), current: !current.place && !current.audience },
    print: { label: t('tips.print'), href: routes.tipsPrint() },
    places: tipPlace.options
      .map((p) => option(p, placeLabel(p), tips.filter((tip) => tip.place === p).length, routes.tipsByPlace(p), current.place === p))
      .filter((o) => o.count > 0),
    audiences: tipAudience.options
      .map((a) => option(a, audienceLabel(a), tips.filter((tip) => tip.audience.includes(a)).length, routes.tipsFor(a), current.audience === a))
      .filter((o) => o.count > 0),
  };
}

/** The tips in display order, grouped by place as the schema orders places. */
export function tipGroups(site: Site): Array<{ place: TipPlace; id: string; label: string; tips: TipCardView[] }> {
  const tips = [...site.content.tips].sort(byOrder);
  return tipPlace.options
    .map((place) => ({ place, id: `place-${place}`, label: placeLabel(place), tips: tipCards(site, tips.filter((tip) => tip.place === place)) }))
    .filter((group) => group.tips.length > 0);
}

/** /tips/: every tip grouped by place, the filters, and each source with its basis once. */
export function tipsPageView(site: Site) {
  const tips = [...site.content.tips].sort(byOrder);
  const quantified = tips.filter((tip) => tip.saving.kind === 'quantified').length;
  return {
    title: t('citizens.tips'),
    description: `${tips.length} 条节水做法，适用于家庭、学校、单位、农业和工业企业：做什么、在哪里、适合谁、难不难、花不花钱，出处一并注明。`,
    total: tips.length,
    quantified,
    groups: tipGroups(site),
    filter: tipFilter(site),
    sources: tipSources(site, tips),
    calculatorHref: routes.calculator(),
    labelsHref: routes.labels(),
  };
}

/** The plain filter pages: /tips/place/<place>/ and /tips/for/<audience>/, only for values with tips. */
export function tipFilterPaths(site: Site): Array<{ kind: 'place' | 'audience'; value: string }> {
  const filter = tipFilter(site);
  return [...filter.places.map((o) => ({ kind: 'place' as const, value: o.value })), ...filter.audiences.map((o) => ({ kind: 'audience' as const, value: o.value }))];
}

/** One plain filter page: the matching tips as cards (h2), the filters with this page marked, their sources. */
export function tipFilterPageView(site: Site, kind: 'place' | 'audience', value: string) {
  const tips = [...site.content.tips].sort(byOrder).filter((tip) => (kind === 'place' ? tip.place === value : tip.audience.includes(value as TipAudience)));
  const name = kind === 'place' ? placeLabel(value) : audienceLabel(value);
  return {
    name,
    title: `${name}的节水小贴士`,
    heading: `${name}的节水小贴士`,
    subheading: `按${kind === 'place' ? '场所' : '对象'}，${tips.length}条`,
    description: `适用于${name}的 ${tips.length} 条节水做法：做什么、适合谁、难不难、花不花钱，出处一并注明。`,
    breadcrumbs: [{ label: t('citizens.tips'), href: routes.tips() }, { label: name }],
    cards: tipCards(site, tips),
    filter: tipFilter(site, kind === 'place' ? { place: value } : { audience: value }),
    sources: tipSources(site, tips),
  };
}

/** /tips/print/: the home tips on one A4 sheet, with their sources named once at the foot. */
export function tipsPrintView(site: Site) {
  const tips = [...site.content.tips].filter((tip) => tip.audience.includes('home')).sort(byOrder);
  const sources = tipSources(site, tips);
  return {
    count: tips.length,
    items: tips.map((tip) => ({ title: tip.title, place: placeLabel(tip.place), body: tip.body, saves: tip.saving.text })),
    sourceLine: sources.map((s) => (s.kind === 'plan' ? citedTitle(s) : s.short)).join('、'),
    breadcrumbs: [{ label: t('citizens.tips'), href: routes.tips() }, { label: '打印版' }],
    tipsHref: routes.tips(),
    calculatorHref: routes.calculator(),
  };
}
