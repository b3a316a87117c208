import type { SiteModel } from '../../site-model';
import type { Target } from '../../../schemas/targets';
import type { Indicator } from '../../../schemas/indicators';
import type { StatusResult } from '../status-rules';
import { routes } from '../../../routes';
import { formatDeadline, formatTargetValue } from '../format';
import { formatObservedValue } from '../observed';
import { sectionOf } from '../groups';
import { figuresView, type FiguresView } from '../views';
import { directoryCount, type DirectoryCount } from '../directory-count';
import { indicatorChartView, missingFigureNote, type IndicatorChartView } from '../chart-views/indicator';
import { countyRefs, type CountyRef } from '../../counties/links';
import { annexRowsView, type AnnexRowView } from '../../responsibilities/views';

type Site = Pick<SiteModel, 'content' | 'index' | 'statuses' | 'evidence' | 'asOf'>;
type TargetEntry = Target & { id: string };

/** A link with its words. */
export interface LinkView {
  label: string;
  href: string;
}

/** Everything a target's page shows, worked out once; the page only lays it out. */
export interface TargetPageView {
  target: TargetEntry;
  indicator: Pick<Indicator, 'name' | 'unit' | 'cautions' | 'dataNeeded'> & { id: string; href: string };
  /** "2022年目标 · <the plan entity it belongs to>". */
  lead: { deadline: string; parent: LinkView };
  result: StatusResult;
  /** The latest published figure against the target value, for the first screen. */
  figures: FiguresView;
  /** Count targets the sites directory counts: the explanation /sites/progress/ gives, word for word. */
  counted: DirectoryCount | null;
  /** Where the wording stands in the plan. */
  clause: LinkView;
  value: string;
  deadline: string;
  scope: CountyRef[];
  /** Search filters: the places, and the project where the target belongs to one. */
  pagefind: { places: string[]; project: string | null };
  /** Newest publication date of the material the status rests on. */
  latestPublished: string | null;
  /** Evidence that a measure was carried out, one line each. */
  actions: Array<{ text: string; source: LinkView }>;
  /** The chart of the indicator's figures; null for the 2035 vision or when there is no figure. */
  chart: IndicatorChartView | null;
  /** What figure is missing, when there is no chart (null for the vision). */
  missing: string | null;
  related: LinkView[];
  /** Say what data would settle the target, when the page has a chart and the target is not reached. */
  showDataNeeded: boolean;
  /** The annex rows that carry the target out, or those of its plan entity when the annex has none of its own. */
  annex: { rows: AnnexRowView[]; caption: string };
  sources: { target: { publisher: string; title: string }; derived: LinkView[]; evidence: Array<LinkView & { date: string | null }> };
}

/** The view of /targets/<id>/. Throws for an unknown id (a bug in getStaticPaths). */
export function targetPageView(site: Site, id: string): TargetPageView {
  const { content, index } = site;
  const target = index.targets.get(id);
  if (!target) throw new Error(`unknown target "${id}"`);
  const indicator = content.indicators.find((i) => i.id === target.indicator);
  if (!indicator) throw new Error(`target "${id}": unknown indicator "${target.indicator}"`);
  const result = site.statuses.get(id)!;
  const clause = index.clauses.get(target.clause)!;
  const sourceOf = (sourceId: string) => content.sources.find((s) => s.id === sourceId)!;
  const ownRows = index.rowsForTarget(id);
  const section = sectionOf(target, content);
  const material = [...result.evidence, ...result.actions];
  const chart = target.kind === 'vision' ? null : indicatorChartView(site, target.indicator);
  return {
    target,
    indicator: { id: indicator.id, href: routes.indicator(indicator.id), name: indicator.name, unit: indicator.unit, cautions: indicator.cautions, dataNeeded: indicator.dataNeeded },
    lead: { deadline: formatDeadline(target), parent: { label: index.titleOf(target.parent), href: routes.entity(target.parent, target.clause) } },
    result,
    figures: figuresView(site, target),
    counted: directoryCount(site, id),
    clause: { label: clause.heading ?? '主要目标', href: routes.clause(target.clause) },
    value: formatTargetValue(target),
    deadline: formatDeadline(target),
    scope: countyRefs(content, target.scope),
    pagefind: { places: target.scope.map((c) => index.counties.get(c)?.name ?? c), project: section.key.startsWith('project-') ? section.title : null },
    latestPublished: material.map((o) => o.published).filter((d): d is string => Boolean(d)).sort().at(-1) ?? null,
    actions: result.actions.map((o) => ({
      text: `${o.year ? `${o.year}年：` : ''}${o.finding ?? formatObservedValue(o)}`,
      source: { label: sourceOf(o.source).publisher, href: routes.source(o.source) },
    })),
    chart,
    missing: target.kind === 'vision' || chart ? null : missingFigureNote(site, target.indicator),
    related: content.indicators.filter((i) => i.relatedTo === target.indicator).map((i) => ({ label: i.name, href: routes.indicator(i.id) })),
    showDataNeeded: chart !== null && result.status !== 'achieved' && Boolean(indicator.dataNeeded),
    annex: {
      rows: annexRowsView({ index }, ownRows.length > 0 ? ownRows : index.rowsOf(target.parent)),
      caption: ownRows.length > 0 ? '附件中落实这项目标的具体工作' : `附件未单列这项目标；以下是“${index.titleOf(target.parent)}”的全部分工`,
    },
    sources: {
      target: { publisher: sourceOf(target.source).publisher, title: sourceOf(target.source).title },
      derived: result.evidence.filter((o) => o.via).map((o) => o.via!),
      evidence: [...new Set(material.filter((o) => !o.via).map((o) => o.source))].map(sourceOf).map((s) => ({ label: `${s.publisher}《${s.title}》`, href: routes.source(s.id), date: s.date ?? null })),
    },
  };
}
