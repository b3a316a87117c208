import type { SiteModel } from '../../site-model';
import { formatCsv, type CsvColumn } from '../../open-data/csv';

type Site = Pick<SiteModel, 'content'>;

/** The indicator the sectors add up to. */
const TOTAL = 'total-water-use';
/** The id of the sector chart: the name of its downloads. */
export const SECTOR_CHART = 'water-use-by-sector';
const CITY = 'shaoxing';

/** Everything the sector chart shows (the city's water use by sector, year by year), worded. */
export interface SectorChartView {
  /** The chart's id: the name of its downloads. */
  id: string;
  title: string;
  takeaway: string;
  /** The chart in words, for the SVG's label. */
  label: string;
  source: string;
  unit: string;
  /** The sectors in the order the stack draws them, named as the bulletins name them. */
  sectors: Array<{ key: string; label: string }>;
  /** One row per year with any sector published; a sector not published is null, never 0. */
  years: Array<{ year: number; total: number | null; parts: Array<{ key: string; value: number | null }> }>;
  /** The chart's data as CSV. */
  csv: string;
}

/** The sector indicators: those the content relates to the total, in the same unit. */
function sectorIndicators(site: Site) {
  const total = site.content.indicators.find((i) => i.id === TOTAL);
  return site.content.indicators.filter((i) => i.relatedTo === TOTAL && total && i.unit === total.unit && i.category === total.category);
}

/** Does the site have sector figures to draw? */
export const hasSectorChart = (site: Site): boolean =>
  site.content.observations.some((o) => sectorIndicators(site).some((i) => i.id === o.indicator) && o.scope === CITY && o.year !== null && o.value !== null);

/** Is this indicator's page one that shows the sector chart (the total and its sectors)? */
export const showsSectorChart = (site: Site, indicatorId: string): boolean => indicatorId === TOTAL || sectorIndicators(site).some((i) => i.id === indicatorId);

/**
 * The city's water use by sector: one stacked bar per year with sector figures, the published
 * total beside them. A sector a bulletin does not publish stays null (drawn hatched as 未公开,
 * never estimated, never 0). Null when there is no sector figure at all.
 */
export function sectorChartView(site: Site): SectorChartView | null {
  const { content } = site;
  const indicators = sectorIndicators(site);
  const sectors = indicators.map((i) => ({ key: i.id, label: i.name.replace(/用水量$/, '') }));
  const figures = content.observations.filter((o) => indicators.some((i) => i.id === o.indicator) && o.scope === CITY && o.year !== null && o.value !== null);
  if (figures.length === 0) return null;
  const unit = content.indicators.find((i) => i.id === TOTAL)!.unit;
  const yearList = [...new Set(figures.map((o) => o.year!))].sort((a, b) => a - b);
  const totalOf = (year: number) => content.observations.find((o) => o.indicator === TOTAL && o.year === year && o.scope === CITY && o.bound === 'exact')?.value ?? null;
  const years = yearList.map((year) => ({
    year,
    total: totalOf(year),
    parts: sectors.map((s) => ({ key: s.key, value: figures.find((o) => o.indicator === s.key && o.year === year)?.value ?? null })),
  }));

  // The takeaway from the numbers: which sector is largest (and next) in every year, and what is missing.
  const ranked = years.map((y) => y.parts.filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!).map((p) => p.key));
  const same = (rank: number) => (ranked.every((r) => r[rank] && r[rank] === ranked[0][rank]) ? sectors.find((s) => s.key === ranked[0][rank])!.label : null);
  const [first, second] = [same(0), same(1)];
  const missing = years.flatMap((y) => y.parts.filter((p) => p.value === null).map((p) => `${y.year}年“${sectors.find((s) => s.key === p.key)!.label}”`));
  const sentences = [
    `有分项数字的年份只有${yearList.join('、')}年`,
    first ? `${first}${years.length > 1 ? '每年都' : ''}是最大的用水项${second ? `，${second}次之` : ''}` : '',
    missing.length ? `${missing.join('、')}一项没有找到公开数字，图中以斜线标为“未公开”，不作推算` : '',
  ].filter(Boolean);

  const sources = [...new Set(figures.map((o) => o.source))].map((id) => content.sources.find((s) => s.id === id)!);
  const label = `全市用水量分项（${unit}）：${years.map((y) => `${y.year}年 ${y.parts.filter((p) => p.value !== null).map((p) => `${sectors.find((s) => s.key === p.key)!.label}${p.value}`).join('、')}`).join('；')}`;
  const columns: CsvColumn[] = [{ name: 'year', type: 'number' }, ...sectors.map((s) => ({ name: s.key, type: 'number' as const })), { name: TOTAL, type: 'number' }, { name: 'unit', type: 'text' }];
  const csv = formatCsv(columns, years, (y, column) => (column === 'year' ? y.year : column === TOTAL ? y.total : column === 'unit' ? unit : y.parts.find((p) => p.key === column)!.value));
  return {
    id: SECTOR_CHART,
    title: '全市用水量分项',
    takeaway: `${sentences.join('；')}。`,
    label,
    source: sources.map((s) => `${s.publisher}《${s.title}》`).join('；'),
    unit,
    sectors,
    years,
    csv,
  };
}
