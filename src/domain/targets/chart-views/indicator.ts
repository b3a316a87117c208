import type { SiteModel } from '../../site-model';
import type { Observation } from '../../../schemas/observations';
import { routes } from '../../../routes';
import { formatObservedValue } from '../observed';
import { formatCsv, type CsvColumn } from '../../open-data/csv';

type Site = Pick<SiteModel, 'content' | 'index'>;
type Bound = Observation['bound'];

/** One point of a published series; `year` is null when the source gives none. */
export interface IndicatorChartPoint {
  year: number | null;
  value: number;
  bound: Bound;
  /** Written beside the point (the latest figure of a series, every bound, every undated figure), or null. */
  label: string | null;
}

/** Everything an indicator's line chart shows, worded, for IndicatorChart.astro and the downloads. */
export interface IndicatorChartView {
  /** The chart's id: the name of its downloads (/charts/<id>.csv, .svg). */
  id: string;
  indicatorId: string;
  title: string;
  takeaway: string;
  /** The chart in words, for the SVG's label. */
  label: string;
  /** "绍兴市水利局《…》；…" */
  source: string;
  unit: string;
  /** One series per place (and narrower area where a source names one): figures of different places are never joined. */
  series: Array<{ label: string; scope: string; points: IndicatorChartPoint[] }>;
  /** The targets on this indicator with a number and a deadline, drawn at their deadline. */
  thresholds: Array<{ year: number; value: number; kind: 'cap' | 'floor'; label: string; targetId: string; scope: string[] }>;
  /** Legend entries besides the series. */
  legend: { threshold: string | null; bound: boolean };
  /** Set when the figures cover other places than the targets: says so in words, next to the chart. */
  scopeNote: string | null;
  /** Every published number of the indicator, for the table under the chart. */
  table: { caption: string; rows: Array<{ year: string; place: string; value: string; source: { title: string; href: string } }> };
  /** The chart's data as CSV (the one writer in src/domain/open-data/csv.ts). */
  csv: string;
}

const SHORT_VALUE_UNITS = new Set(['%', '‰']);
const BOUND_WORD: Record<Bound, string> = { exact: '', below: '低于', above: '超过', 'at-least': '至少', about: '约' };

/** The words for a place: "全市" for the city, else the division's name. */
const placeShort = (site: Site, id: string) => (site.index.counties.get(id)?.kind === 'city' ? '全市' : (site.index.counties.get(id)?.name ?? id));
const placeName = (site: Site, id: string) => site.index.counties.get(id)?.name ?? id;

/** The figures of an indicator that can be drawn: those with a number. */
const drawable = (site: Site, indicatorId: string) => site.content.observations.filter((o) => o.indicator === indicatorId && o.value !== null);

/** Does the indicator have a figure to draw (dated or not)? */
export const hasIndicatorChart = (site: Site, indicatorId: string): boolean => drawable(site, indicatorId).length > 0;

/** The chart id of an indicator's line chart. */
export const indicatorChartId = (indicatorId: string) => `indicator-${indicatorId}`;

/**
 * The view of an indicator's line chart, or null when it has no published number. Figures of
 * different places (or of a narrower area a source names) are separate series, never one line;
 * a figure without a year is drawn in a column of its own; bounds stay bounds ("低于5%").
 * Where the figures' places differ from a target's, the target's label names its place and
 * `scopeNote` says in words that the two cannot be compared directly.
 */
export function indicatorChartView(site: Site, indicatorId: string): IndicatorChartView | null {
  const { content } = site;
  const indicator = content.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`no indicator "${indicatorId}"`);
  const observations = drawable(site, indicatorId);
  if (observations.length === 0) return null;
  const unit = indicator.unit;
  const short = (o: Observation) => `${BOUND_WORD[o.bound]}${o.value}${SHORT_VALUE_UNITS.has(unit) ? unit : ''}`;

  const keyOf = (o: Observation) => `${o.scope}\u0000${o.scopeNote ?? ''}`;
  const keys = [...new Set(observations.map(keyOf))];
  const series = keys.map((key) => {
    const own = observations.filter((o) => keyOf(o) === key).sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
    const first = own[0];
    const lastDated = own.filter((o) => o.year !== null).at(-1);
    return {
      label: `${placeName(site, first.scope)}${first.scopeNote ? `·${first.scopeNote}` : ''}`,
      scope: first.scope,
      points: own.map((o) => ({ year: o.year, value: o.value!, bound: o.bound, label: o === lastDated || o.year === null || o.bound !== 'exact' ? short(o) : null })),
    };
  });

  const targets = content.targets.filter(
    (t) => t.indicator === indicatorId && t.value !== null && t.deadline !== null && (t.comparator === 'at-most' || t.comparator === 'at-least') && (t.unit === unit || t.unit === ''),
  );
  const seriesPlaces = new Set(observations.map((o) => `${o.scope}${o.scopeNote ? '*' : ''}`));
  const samePlace = (scope: string[]) => scope.length === 1 && [...seriesPlaces].every((p) => p === scope[0]);
  const differing = targets.filter((t) => !samePlace(t.scope));
  const placesOf = (scope: string[]) => scope.map((id) => placeShort(site, id)).join('、');
  const thresholds = targets.map((t) => ({
    year: t.deadline!,
    value: t.value!,
    kind: t.comparator === 'at-most' ? ('cap' as const) : ('floor' as const),
    label: `${t.deadline}年${samePlace(t.scope) ? '' : placesOf(t.scope)}${t.comparator === 'at-most' ? '上限' : '目标'}${t.value}`,
    targetId: t.id,
    scope: t.scope,
  }));
  const targetPlaces = [...new Set(differing.map((t) => placesOf(t.scope)))];
  const scopeNote = differing.length
    ? `图中的数字来自${series.map((s) => s.label).join('、')}，方案目标针对${targetPlaces.join('；')}：范围不同，不能直接据此判断目标是否达成。`
    : null;

  const dated = observations.filter((o) => o.year !== null);
  const years = [...new Set(dated.map((o) => o.year!))].sort((a, b) => a - b);
  const undated = observations.filter((o) => o.year === null);
  const bounds = observations.some((o) => o.bound !== 'exact');
  const sentences = [
    years.length > 1 ? `已公开的数字覆盖${years[0]}—${years.at(-1)}年中的${years.length}个年份；缺失的年份在图中留空，不画为零` : '',
    years.length === 1 ? `已公开的数字只有${years[0]}年的${dated.length}个` : '',
    undated.length ? `${undated.length}个数字未注明年份，单独画在“年份未注明”一栏` : '',
    bounds ? '空心点加箭头的数字只是上限或下限，不是确切值' : '',
  ].filter(Boolean);

  const sourceOf = (id: string) => content.sources.find((s) => s.id === id)!;
  const sources = [...new Set(observations.map((o) => o.source))].map(sourceOf);
  const yearWords = (o: Observation) => (o.year !== null ? `${o.year}年` : `年份未注明${o.published ? `（${o.published.slice(0, 4)}年发布）` : ''}`);
  const label = `${indicator.name}（${unit}）：${observations.map((o) => `${yearWords(o)}${placeName(site, o.scope)}${formatObservedValue(o)}`).join('，')}${thresholds.length ? `；目标：${thresholds.map((t) => t.label + unit).join('，')}` : ''}`;
  const legendPlaces = differing.length ? `${[...new Set(thresholds.map((t) => placesOf(t.scope)))].join('；')}，` : '';

  return {
    id: indicatorChartId(indicatorId),
    indicatorId,
    title: `${indicator.name}：已公开的数字与目标`,
    takeaway: `${sentences.join('；')}。`,
    label,
    source: sources.map((s) => `${s.publisher}《${s.title}》`).join('；'),
    unit,
    series,
    thresholds,
    legend: { threshold: thresholds.length ? `方案目标（${legendPlaces}画在期限年份处）` : null, bound: bounds },
    scopeNote,
    table: {
      caption: `${indicator.name}：全部已公开数字`,
      rows: observations.map((o) => ({
        year: o.year !== null ? String(o.year) : '不明',
        place: `${placeName(site, o.scope)}${o.scopeNote ? `（${o.scopeNote}）` : ''}`,
        value: formatObservedValue(o),
        source: { title: sourceOf(o.source).title, href: routes.source(o.source) },
      })),
    },
    csv: indicatorChartCsv(site, indicatorId, observations, thresholds),
  };
}

/** The columns of an indicator chart's CSV. */
export const INDICATOR_CHART_COLUMNS: CsvColumn[] = [
  { name: 'kind', type: 'text' },
  { name: 'year', type: 'number' },
  { name: 'scope', type: 'list' },
  { name: 'scope_name', type: 'text' },
  { name: 'scope_note', type: 'text' },
  { name: 'relation', type: 'text' },
  { name: 'value', type: 'number' },
  { name: 'unit', type: 'text' },
  { name: 'source', type: 'text' },
  { name: 'id', type: 'text' },
];

/** The chart's data: one row per figure (kind "figure", relation exact/below/above/at-least/about) and per target (kind "target", relation at-most/at-least). */
function indicatorChartCsv(site: Site, indicatorId: string, observations: Observation[], thresholds: IndicatorChartView['thresholds']): string {
  const unit = site.content.indicators.find((i) => i.id === indicatorId)!.unit;
  const rows: Array<Record<string, unknown>> = [
    ...observations.map((o) => ({
      kind: 'figure', year: o.year, scope: [o.scope], scope_name: placeName(site, o.scope), scope_note: o.scopeNote, relation: o.bound, value: o.value, unit: o.unit, source: o.source, id: o.id,
    })),
    ...thresholds.map((t) => ({
      kind: 'target', year: t.year, scope: t.scope, scope_name: t.scope.map((id) => placeName(site, id)).join('、'), scope_note: null, relation: t.kind === 'cap' ? 'at-most' : 'at-least', value: t.value, unit, source: site.content.targets.find((target) => target.id === t.targetId)!.source, id: t.targetId,
    })),
  ];
  return formatCsv(INDICATOR_CHART_COLUMNS, rows, (row, column) => row[column]);
}

/** What the chart area says where an indicator has no published number: once, with the figure that would settle it. */
export function missingFigureNote(site: Site, indicatorId: string): string {
  const indicator = site.content.indicators.find((i) => i.id === indicatorId)!;
  return `本站没有找到“${indicator.name}”的任何公开数字，所以这里没有图。${indicator.dataNeeded ? `能作出判断的数字：${indicator.dataNeeded}` : ''}`;
}
