import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t } from '../../i18n/zh-CN';
import { labelDrawing } from './label-drawing';
import { sourceLookup, type SourceView } from './sources';

type Site = Pick<SiteModel, 'content' | 'index'>;

/**
 * The official label query site, linked only while a cited source names its address: the source's
 * stored text must contain the host (content/sources/thepaper-water-label-2021.yaml quotes the
 * article's "在水效标识网（www.waterlabel.org.cn）进行查询"). Scheme unknown, so http: (browsers upgrade).
 */
export const LABEL_QUERY_SITE = { host: 'www.waterlabel.org.cn', href: 'http://www.waterlabel.org.cn/', source: 'thepaper-water-label-2021' } as const;

/** Sources the drawing's layout rests on: the label's contents, the official rules, the grade pictures, the grade order. */
export const LABEL_LAYOUT_SOURCES = ['water-label-measures-2017', 'water-label-catalogue-1', 'henan-market-regulation-2024', 'eastday-water-label-2021'] as const;

/** The grade pictures of a 3-grade label, in words, so colour is never the only signal. */
export const GRADE_PICTURES = [
  { grade: 1, drops: 1, words: '一个深绿色水滴：耗水量最低' },
  { grade: 2, drops: 2, words: '两个浅绿色水滴：耗水量较低' },
  { grade: 3, drops: 3, words: '三个橙色水滴：耗水量最高（市场准入门槛）' },
] as const;

/** One product row of the standards table, every cell in words. */
export interface LabelProductRow {
  id: string;
  name: string;
  standard: string;
  /** "《坐便器水效限定值及水效等级》，2025-05-01 实施，代替 GB 25502-2017". */
  standardDetail: string;
  grades: string;
  indicator: string;
  limits: string[];
  note: string;
}

/** /labels/: what the label is, a drawing of it with its parts, the grades, the standards, checking, the plan. */
export function labelsPageView(site: Site) {
  const { content } = site;
  const source = sourceLookup(content);
  const products = [...content['labelled-products']].sort((a, b) => a.order - b.order);
  const toilet = products.find((p) => p.id === 'toilet') ?? products[0];
  const query = source(LABEL_QUERY_SITE.source);
  const verified = `${query.note ?? ''}${query.title}`.includes(LABEL_QUERY_SITE.host);
  const clause = site.index.clauses.get('mechanism-efficiency-label')!;
  const cited = new Set(['water-label-measures-2017', 'eastday-water-label-2021', LABEL_QUERY_SITE.source, ...LABEL_LAYOUT_SOURCES, ...products.flatMap((p) => p.sources)]);
  return {
    title: t('citizens.labels'),
    description: '中国水效标识是什么、长什么样、哪些产品要贴、1级到3级（或5级）怎么看、各类产品依据哪项国家标准，以及怎样核验标识真伪。',
    drawing: labelDrawing({ product: toilet.name, standard: toilet.standard, figures: ['平均用水量', '全冲用水量', '半冲用水量'] }),
    drawingProduct: toilet.name,
    layoutSources: LABEL_LAYOUT_SOURCES.map((id) => source(id)),
    grades: GRADE_PICTURES,
    catalogue: products
      .filter((p) => p.catalogueBatch !== null)
      .sort((a, b) => a.catalogueBatch! - b.catalogueBatch! || a.order - b.order)
      .map((p) => ({ batch: `第${p.catalogueBatch}批`, name: p.name, href: `#product-${p.id}`, labelFrom: p.labelFrom ?? '', standard: p.standard })),
    products: products.map((p): LabelProductRow => ({
      id: p.id,
      name: p.name,
      standard: p.standard,
      standardDetail: `《${p.standardTitle}》${p.standardInForce ? `，${p.standardInForce} 实施` : ''}${p.replaces ? `，代替 ${p.replaces}` : ''}`,
      grades: p.gradeCount ? `${p.gradeCount} 级` : '未核实',
      indicator: p.indicator,
      limits: p.limits.map((limit) => `${limit.grade} 级：${limit.text}（${limit.edition}）`),
      note: p.note,
    })),
    querySite: verified ? { href: LABEL_QUERY_SITE.href, host: LABEL_QUERY_SITE.host, source: query } : null,
    clause,
    mechanismHref: routes.entity({ kind: 'mechanism', id: 'efficiency-label' }),
    clauseHref: routes.clause(clause.id),
    calculatorHref: routes.calculator(),
    tipsHref: routes.tips(),
    sources: content.sources.filter((s) => cited.has(s.id)).map((s): SourceView => source(s.id)),
  };
}

export type LabelsPageView = ReturnType<typeof labelsPageView>;
