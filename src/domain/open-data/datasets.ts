import type { SiteContent } from '../../schemas/index';
import { formatCsv, readCsv, type CellType } from './csv';

/** How a column's text turns back into a value. */
export type ColumnType = CellType;

export interface Column {
  /** Column name; a dot means a field inside an object ("parent.kind"). */
  name: string;
  type: ColumnType;
  /** What the column holds, in Chinese, for the /data/ page. */
  description: string;
}

export interface Dataset {
  id: 'targets' | 'indicators' | 'observations' | 'responsibilities' | 'departments' | 'sources';
  title: string;
  description: string;
  columns: Column[];
  rows: (content: SiteContent) => Array<Record<string, unknown>>;
}

const c = (name: string, type: ColumnType, description: string): Column => ({ name, type, description });
/** Entries as stored, without the label the loader adds for error messages. */
const plain = <T extends { label?: string }>(entries: T[]) => entries.map(({ label: _label, ...rest }) => rest as Record<string, unknown>);

/** The datasets published under /data/, each as CSV and JSON. */
export const DATASETS: Dataset[] = [
  {
    id: 'targets', title: '目标', description: '方案中每一项量化或限期目标。',
    rows: (content) => plain(content.targets),
    columns: [
      c('id', 'text', '目标编号（稳定，用于网址）'), c('title', 'text', '简短标题'), c('wording', 'text', '方案原文'), c('indicator', 'text', '指标编号，见 indicators'),
      c('kind', 'text', 'quantitative 量化 / milestone 限期事项 / vision 远景'), c('comparator', 'text', 'at-least 不低于 / at-most 不超过 / equal 等于 / reduce-by 较基准降低 / between 区间 / increase 逐年提高 / maintain 保持'),
      c('value', 'number', '目标值（单位见 unit）'), c('valueMax', 'number', '区间目标的上端'), c('unit', 'text', '单位'), c('baseline.year', 'number', '基准年'),
      c('deadline', 'number', '期限年份'), c('recurring', 'text', 'per-year 表示每年'), c('scope', 'list', '范围（县级行政区编号，以 | 分隔；shaoxing 为全市）'),
      c('clause', 'text', '方案条款编号（/plan/#编号）'), c('alsoIn', 'list', '重复该目标的其他条款'), c('parent.kind', 'text', '所属类别'), c('parent.id', 'text', '所属条目编号'),
      c('qualifier', 'text', '限定语（如“力争”“累计”）'), c('source', 'text', '来源编号，见 sources'), c('note', 'text', '说明'),
    ],
  },
  {
    id: 'indicators', title: '指标', description: '目标所用的指标及相关背景指标。',
    rows: (content) => plain(content.indicators),
    columns: [
      c('id', 'text', '指标编号'), c('name', 'text', '名称'), c('definition', 'text', '定义'), c('unit', 'text', '单位'), c('measurement', 'text', '测算方式'),
      c('category', 'text', '类别'), c('relatedTo', 'text', '相关但口径不同的方案指标'), c('cautions', 'json', '使用须知（JSON 数组）'), c('searchTerms', 'list', '常用说法（用于站内搜索）'), c('dataNeeded', 'text', '判断目标所需的数据'),
    ],
  },
  {
    id: 'observations', title: '观测值', description: '每一个已公开的数字：年份、范围、数值（上下限照原样保留）、口径和出处。',
    rows: (content) => plain(content.observations),
    columns: [
      c('id', 'text', '编号'), c('indicator', 'text', '指标编号'), c('year', 'number', '数据年份（空＝来源未说明）'), c('yearNote', 'text', '年份说明'),
      c('value', 'number', '数值'), c('bound', 'text', 'exact 精确 / below 低于该值 / above 高于该值 / about 约数'), c('unit', 'text', '单位'),
      c('finding', 'text', '定性结论（无数值时）'), c('reached', 'boolean', '定性结论是否表明已达成'), c('scope', 'text', '范围（县级行政区编号）'), c('scopeNote', 'text', '更小的范围'),
      c('quantity', 'text', 'use 用水量 / withdrawal 取水量 / other'), c('priceBasis', 'text', '价格基准：current 当年价 / comparable 可比价 / unstated 未说明'),
      c('signal', 'text', 'outcome 结果 / action 措施落实'), c('source', 'text', '来源编号'), c('retrievedFrom', 'text', '读取该数字的转载副本地址（仅作出处记录，非官方）'),
      c('excerpt', 'text', '原文摘录'), c('published', 'text', '来源发布日期'), c('note', 'text', '说明'),
    ],
  },
  {
    id: 'responsibilities', title: '任务分工', description: '附件《绍兴市节水行动任务分工》的每一行。',
    rows: (content) => plain(content.responsibilities),
    columns: [
      c('id', 'text', '编号'), c('parent.kind', 'text', '所属类别'), c('parent.id', 'text', '所属条目编号'), c('text', 'text', '具体工作（附件原文）'),
      c('leadText', 'text', '牵头单位（附件原文）'), c('participantsText', 'text', '参与单位（附件原文）'), c('lead', 'list', '牵头单位编号'), c('participants', 'list', '参与单位编号'),
      c('targets', 'list', '相关目标编号'), c('differences', 'json', '附件与正文表述不同之处（JSON 数组）'),
    ],
  },
  {
    id: 'departments', title: '责任单位', description: '附件点名的单位。',
    rows: (content) => plain(content.departments),
    columns: [c('id', 'text', '编号'), c('name', 'text', '全称'), c('shortName', 'text', '附件所用简称'), c('aliases', 'list', '附件中的其他写法'), c('kind', 'text', '类别')],
  },
  {
    id: 'sources', title: '来源', description: '本站引用的全部资料。',
    rows: (content) => plain(content.sources),
    columns: [
      c('id', 'text', '编号'), c('publisher', 'text', '发布者'), c('title', 'text', '标题（方括号内为本站补充的说明性标题）'), c('date', 'text', '发布日期'),
      c('url', 'text', '网址（仅官方或主流媒体）'), c('accessed', 'text', '访问日期'), c('kind', 'text', '类别'), c('status', 'text', 'draft 征求意见稿 / final'), c('note', 'text', '说明'),
    ],
  },
];

const get = (row: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), row);

/** The dataset as CSV, written by the one CSV writer (src/domain/open-data/csv.ts). */
export function toCsv(dataset: Dataset, rows: Array<Record<string, unknown>>): string {
  return formatCsv(dataset.columns, rows, get);
}

/** Reads a dataset's CSV back into objects, nested fields ("parent.kind") as objects again. */
export function fromCsv(dataset: Dataset, text: string): Array<Record<string, unknown>> {
  return readCsv(dataset.columns, text, `${dataset.id}.csv`).map((flat) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(flat)) {
      const path = name.split('.');
      let target = out;
      for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[path.at(-1)!] = value;
    }
    // An object whose fields are all missing was itself missing (baseline: null).
    for (const [key, value] of Object.entries(out)) {
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === null)) out[key] = null;
    }
    return out;
  });
}
