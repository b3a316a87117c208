import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { t, type UiKey } from '../../i18n/zh-CN';
import { FIELDS, TOILET_PARAM, toiletOptions, type ToiletType } from './calculator';
import { BILL_FIELDS, BILL_PERIOD_PARAM } from './bill';
import { COEFFICIENT_IDS, formatLimit, toCoefficients, type Coefficients } from './coefficients';
import type { ReferenceNames } from './result-words';
import { sourceLookup, type SourceView } from './sources';

type Site = Pick<SiteModel, 'content'>;

/** One number field as the form shows it. */
export interface CalcFieldView {
  param: string;
  id: string;
  label: string;
  unit: string;
  hint: string;
  /** A verified value the field starts with, and what it is; null where none was verified. */
  prefill: { value: string; note: string } | null;
}

/** One coefficient as the method table shows it. */
export interface CoefficientRowView {
  id: string;
  name: string;
  value: string;
  citation: string;
  source: SourceView;
  note: string;
}

const GROUPS: Array<[UiKey, string[]]> = [
  ['calc.fieldset.household', ['p']],
  ['calc.fieldset.toilet', [TOILET_PARAM, 'tl', 'tf']],
  ['calc.fieldset.shower', ['sm', 'sn', 'sf']],
  ['calc.fieldset.tap', ['km', 'kf']],
  ['calc.fieldset.washing', ['wl', 'wv']],
  ['calc.fieldset.dishwasher', ['dl', 'dv']],
  ['calc.fieldset.other', ['o']],
  ['calc.fieldset.price', ['pr']],
];

/** The toilet class the detailed form starts with: the verified 节水型 limit, labelled as such. */
export const DEFAULT_TOILET: ToiletType = 'water-saving';

/** A standard named as readers know it: "《城市居民生活用水量标准》（GB/T 50331-2002）". */
export function standardName(source: Pick<SourceView, 'kind' | 'publisher' | 'title'>): string {
  const code = /^[A-Z]+(\/[A-Z])?\s*[\d.]+(-\d{4})?/.exec(source.title)?.[0];
  if (source.kind === 'standard' && code) return `《${source.title.slice(code.length).trim()}》（${code}）`;
  return `${source.publisher}《${source.title}》`;
}

/** /calculator/: the bill form first, then the detailed form with its verified pre-fills, then the method. */
export function calculatorPageView(site: Site) {
  const { coefficients } = site.content;
  const k = toCoefficients(coefficients);
  const source = sourceLookup(site.content);
  const entry = (key: keyof Coefficients) => coefficients.find((c) => c.id === COEFFICIENT_IDS[key])!;
  const refs: ReferenceNames = { range: standardName(source(entry('referenceLow').source)), national: standardName(source(entry('referenceNational').source)) };
  const tap = entry('tapWaterSaving');
  const toilet = entry('toiletWaterSaving');
  const prefills: Record<string, CalcFieldView['prefill']> = {
    kf: { value: formatLimit(k.tapWaterSaving), note: `${t('calc.prefilled')} ${formatLimit(k.tapWaterSaving)}：${tap.name}，依据 ${tap.citation}；不是实测平均值，你家的水龙头可能更大或更小，可以改。` },
  };
  const field = (param: string): CalcFieldView => {
    const f = [...FIELDS, ...BILL_FIELDS].find((x) => x.param === param)!;
    return { param, id: `calc-${param}`, label: f.label, unit: f.unit, hint: t(`calc.hint.${param}` as UiKey), prefill: prefills[param] ?? null };
  };
  const used = new Set(Object.values(COEFFICIENT_IDS));
  return {
    title: t('citizens.calculator'),
    description: '有水费单就能算：每人每天用多少水，和国家标准比一比；再逐项估算水用在哪里、换器具改习惯能省多少。',
    coefficients: k,
    refs,
    labelsHref: routes.labels(),
    tipsHref: routes.tips(),
    bill: {
      fields: BILL_FIELDS.map((f) => field(f.param)),
      periodParam: BILL_PERIOD_PARAM,
      periods: [{ value: '1', label: t('calc.bill.month1') }, { value: '2', label: t('calc.bill.month2') }],
    },
    detail: {
      groups: GROUPS.map(([legend, params]) => ({ legend: t(legend), params })),
      fields: Object.fromEntries(FIELDS.map((f) => [f.param, field(f.param)])) as Record<string, CalcFieldView>,
      toilet: {
        param: TOILET_PARAM,
        options: toiletOptions(k),
        selected: DEFAULT_TOILET,
        litres: formatLimit(k.toiletWaterSaving),
        note: `${t('calc.preselected')}“节水型”：${toilet.name}，依据 ${toilet.citation}；不是实测平均值，老式坐便器可能更多，请看水效标识或说明书。`,
      },
    },
    method: {
      k,
      refs,
      rows: coefficients.filter((c) => used.has(c.id)).map((c): CoefficientRowView => ({ id: c.id, name: c.name, value: `${c.value} ${c.unit}`, citation: c.citation, source: source(c.source), note: c.note })),
      labelsHref: routes.labels(),
    },
  };
}

export type CalculatorPageView = ReturnType<typeof calculatorPageView>;
