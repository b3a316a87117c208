import type { Target } from '../../schemas/targets';
import type { Observation } from '../../schemas/observations';
import type { Indicator } from '../../schemas/indicators';
import { formatTargetValue } from './format';
import { formatObservedValue } from './observed';

import { STATUS_SEVERITY, type Status } from './status';

export type { Status } from './status';

export type TargetLike = Pick<
  Target,
  'kind' | 'comparator' | 'value' | 'valueMax' | 'unit' | 'baseline' | 'deadline' | 'recurring' | 'scope' | 'indicator' | 'qualifier'
>;
export type ObservationLike = Pick<
  Observation,
  'indicator' | 'year' | 'value' | 'bound' | 'unit' | 'finding' | 'reached' | 'scope' | 'quantity' | 'priceBasis' | 'signal' | 'published'
> & { id: string; source: string; /** For evidence derived on the site (e.g. counted from the sites directory): where to see it. */ via?: { label: string; href: string } };

export interface StatusResult {
  status: Status;
  /** false when the evidence that settles it dates from after the deadline or carries no year. */
  onTime: boolean | null;
  /** The rule, in plain Chinese. */
  rule: string;
  /** The inputs the rule used, one line each ("2015年：18.5619亿m³"). */
  inputs: string[];
  /** The verdict in one sentence. */
  reason: string;
  /** The observations the verdict rests on. */
  evidence: ObservationLike[];
  /** Evidence that a measure was carried out, kept apart from the outcome. */
  actions: ObservationLike[];
}

/** Categories whose targets are reached once and stay reached (sites built, area equipped). */
const CUMULATIVE = new Set<Indicator['category']>(['count', 'area', 'length']);

/** The year a figure describes, or the year it was published when the source gives none. */
export function effectiveYear(observation: Pick<ObservationLike, 'year' | 'published'>): number | null {
  if (observation.year !== null) return observation.year;
  return observation.published ? Number(observation.published.slice(0, 4)) : null;
}

/** The year a figure describes, in words: "2016年", or "年份不明（2025年发布）". */
export const yearLabel = (o: Pick<ObservationLike, 'year' | 'published'>): string => (o.year !== null ? `${o.year}年` : `年份不明（${effectiveYear(o) ?? '?'}年发布）`);
const describe = (o: ObservationLike) => `${yearLabel(o)}：${o.finding ?? formatObservedValue(o)}`;

/**
 * Compares one published figure with a threshold. Bounds are respected: "<5%" meets "at most 10%",
 * but says nothing about "at most 4%". Returns null when the figure cannot settle it.
 */
export function meets(o: Pick<ObservationLike, 'value' | 'bound'>, comparator: 'at-most' | 'at-least', threshold: number): boolean | null {
  if (o.value === null) return null;
  const v = o.value;
  if (comparator === 'at-most') {
    if (o.bound === 'below') return v <= threshold ? true : null;
    if (o.bound === 'above') return v >= threshold ? false : null;
    if (o.bound === 'at-least') return v > threshold ? false : null;
    return v <= threshold;
  }
  if (o.bound === 'above' || o.bound === 'at-least') return v >= threshold ? true : null;
  if (o.bound === 'below') return v <= threshold ? false : null;
  return v >= threshold;
}

const LEVEL_RULE: Record<string, string> = {
  'at-most': '上限目标：期限当年的数值不超过目标值即为达成。期限前的数值只说明当时是否在上限以内（进展符合预期或落后）；期限已过而没有期限当年的数值，即为“已过期限，未见公开数据”。',
  'at-least': '下限目标：期限当年的数值不低于目标值即为达成。期限前的数值只说明当时是否已达到；期限已过而没有期限当年的数值，即为“已过期限，未见公开数据”。',
};
const CUMULATIVE_RULE = '累计目标：期限前（含当年）任何一年的公开数字达到目标值即为达成；期限已过仍无公开数字，即为“已过期限，未见公开数据”。发布会、公报以外的名单计数来自本站示范点名录。';
const REDUCE_RULE = '降幅目标：用基准年和期限当年、按同一价格基准（可比价）计算的数值求降幅，降幅不低于目标值即为达成。两年价格基准不同或未说明时，本站不计算，标为“暂无可比数据”。期限前按基准年到期限的直线路径判断是否落后。';
const MILESTONE_RULE = '限期事项：有公开资料证明已完成即为达成；期限已过仍无证明，即为“已过期限，未见公开数据”。';

/** Decides a target's status from its definition, the observations for its indicator, and the as-of year. */
export function getTargetStatus(
  target: TargetLike,
  indicator: Pick<Indicator, 'category' | 'unit'>,
  observations: readonly ObservationLike[],
  asOfYear: number,
  placeName: (countyId: string) => string = (id) => id,
): StatusResult {
  const forIndicator = observations.filter((o) => o.indicator === target.indicator);
  const actions = forIndicator.filter((o) => o.signal === 'action');
  const outcome = forIndicator.filter((o) => o.signal === 'outcome' && o.quantity === 'use');
  const passed = target.deadline !== null && asOfYear > target.deadline;
  const needed = `目标${target.deadline ? `（${target.deadline}年）` : ''}：${formatTargetValue(target)}`;
  const base = { actions };

  if (target.kind === 'vision') {
    return { ...base, status: 'not-measurable', onTime: null, rule: '远景目标是定性描述，没有可以核对的数值，本站不评估。', inputs: [needed], reason: '远景目标不做量化评估。', evidence: [] };
  }

  // A qualitative finding that says the outcome was (or was not) reached settles milestones and "all counties" targets.
  const findings = outcome.filter((o) => o.reached !== null && (target.scope.includes(o.scope) || o.scope === 'shaoxing'));
  if (findings.length > 0) {
    const finding = findings.at(-1)!;
    const year = effectiveYear(finding);
    const onTime = finding.year !== null && target.deadline !== null ? finding.year <= target.deadline : target.deadline !== null && year !== null && year <= target.deadline ? true : null;
    const inputs = [needed, `公开资料（${yearLabel(finding)}）：${finding.finding}`];
    if (finding.reached) {
      const timing = onTime === true ? '' : '资料发布于期限之后且未说明何时达成，无法确认是否按期。';
      return { ...base, status: 'achieved', onTime, rule: target.kind === 'milestone' ? MILESTONE_RULE : CUMULATIVE_RULE, inputs, reason: `公开资料称已达成。${timing}`, evidence: [finding] };
    }
    return { ...base, status: passed ? 'missed' : 'behind', onTime, rule: MILESTONE_RULE, inputs, reason: '公开资料称尚未达成。', evidence: [finding] };
  }

  if (target.kind === 'milestone') {
    return noData(target, base, [needed], MILESTONE_RULE, passed, '未见完成的公开证明。');
  }

  const scoped = target.scope.map((scope) => ({ scope, figures: outcome.filter((o) => o.scope === scope && o.value !== null) }));
  const comparator = target.comparator;

  if (comparator === 'reduce-by') return reduceBy(target, scoped[0]?.figures ?? [], asOfYear, base, needed);

  if (comparator === 'increase' || comparator === 'maintain') {
    const rule = comparator === 'increase'
      ? '逐年提高目标：需要连续年份、同一口径的数值才能判断是否每年都在提高。'
      : '保持排名目标：需要全省各市同一年份、同一口径的数值和排名才能判断。';
    const context = outcome.map(describe);
    return noData(target, base, [needed, ...context], rule, passed, comparator === 'maintain' ? '未见全省排名的公开数据；已公开的数字不能说明排名。' : '未见连续年份的公开数据。');
  }

  const direction: 'at-most' | 'at-least' = comparator === 'at-most' ? 'at-most' : 'at-least';
  const threshold = target.value ?? 0;
  const cumulative = CUMULATIVE.has(indicator.category);
  const rule = cumulative ? CUMULATIVE_RULE : LEVEL_RULE[direction];
  const perScope = scoped.map(({ scope, figures }) => judgeLevel(figures, direction, threshold, target.deadline, passed, cumulative, scope === 'shaoxing' || target.scope.length === 1 ? '' : `${placeName(scope)}：`));
  const inputs = [needed, ...perScope.flatMap((r) => r.inputs)];
  const evidence = perScope.flatMap((r) => r.evidence);
  const status = combine(perScope.map((r) => r.status));
  const onTime = perScope.every((r) => r.onTime === true) ? true : perScope.some((r) => r.onTime === false) ? false : null;
  const reason = perScope.map((r) => r.reason).join(' ');
  return { ...base, status, onTime, rule, inputs, reason, evidence };
}

function noData(target: TargetLike, base: { actions: ObservationLike[] }, inputs: string[], rule: string, passed: boolean, why: string): StatusResult {
  const status: Status = passed ? 'overdue-no-data' : 'not-measurable';
  const lead = passed ? `期限（${target.deadline}年）已过，` : target.recurring ? '这是每年的目标，' : '';
  return { ...base, status, onTime: null, rule, inputs, reason: `${lead}${why}`, evidence: [] };
}

interface ScopeVerdict {
  status: Status;
  onTime: boolean | null;
  inputs: string[];
  reason: string;
  evidence: ObservationLike[];
}

function judgeLevel(
  figures: ObservationLike[],
  direction: 'at-most' | 'at-least',
  threshold: number,
  deadline: number | null,
  passed: boolean,
  cumulative: boolean,
  where: string,
): ScopeVerdict {
  const sorted = [...figures].sort((a, b) => (effectiveYear(a) ?? 0) - (effectiveYear(b) ?? 0));
  const inputs = sorted.map((o) => `${where}${describe(o)}`);
  if (sorted.length === 0 || deadline === null) {
    return { status: passed ? 'overdue-no-data' : 'not-measurable', onTime: null, inputs: [`${where}暂无公开数据`], reason: `${where}暂无公开数据。`, evidence: [] };
  }
  const atDeadline = sorted.filter((o) => o.year === deadline);
  const settled = (o: ObservationLike) => meets(o, direction, threshold);
  if (cumulative) {
    const reached = sorted.find((o) => settled(o) === true);
    if (reached) {
      const onTime = reached.year !== null && reached.year <= deadline;
      return { status: 'achieved', onTime, inputs, reason: `${where}${yearLabel(reached)}已达到目标值。${onTime ? '' : '达到的时间晚于期限或不明。'}`, evidence: [reached] };
    }
  }
  const decisive = atDeadline.find((o) => settled(o) !== null);
  if (decisive) {
    const ok = settled(decisive)!;
    return { status: ok ? 'achieved' : 'missed', onTime: true, inputs, reason: `${where}${deadline}年的数值${ok ? '达到' : '未达到'}目标。`, evidence: [decisive] };
  }
  const latest = sorted.at(-1)!;
  if (passed) {
    return { status: 'overdue-no-data', onTime: null, inputs: [...inputs, `${where}${deadline}年：暂无公开数据`], reason: `${where}期限（${deadline}年）已过，未见期限当年的公开数据；最新可得数字为${yearLabel(latest)}。`, evidence: [latest] };
  }
  const now = settled(latest);
  if (now === null) return { status: 'not-measurable', onTime: null, inputs, reason: `${where}已公开的数字是一个区间，不能判断是否达到目标。`, evidence: [latest] };
  return { status: now ? 'on-track' : 'behind', onTime: null, inputs, reason: `${where}${yearLabel(latest)}的数值${now ? '已在目标范围内' : '尚未达到目标'}，期限未到。`, evidence: [latest] };
}

function reduceBy(target: TargetLike, figures: ObservationLike[], asOfYear: number, base: { actions: ObservationLike[] }, needed: string): StatusResult {
  const baseYear = target.baseline?.year;
  const passed = target.deadline !== null && asOfYear > target.deadline;
  const baseline = figures.find((o) => o.year === baseYear);
  const later = figures.filter((o) => o.year !== null && baseYear !== undefined && o.year > baseYear).sort((a, b) => a.year! - b.year!);
  const inputs = [needed, baseline ? `基准（${baseYear}年）：${formatObservedValue(baseline)}` : `基准（${baseYear}年）：暂无公开数据`, ...later.map(describe)];
  if (!baseline || later.length === 0) {
    const missing = !baseline ? `基准年（${baseYear}年）` : '基准年之后';
    return noData(target, base, inputs, REDUCE_RULE, passed, `缺少${missing}的公开数值，无法计算降幅。`);
  }
  const latest = later.find((o) => o.year === target.deadline) ?? later.at(-1)!;
  if (!baseline.priceBasis || baseline.priceBasis === 'unstated' || baseline.priceBasis !== latest.priceBasis) {
    const bases = `基准年为${basisLabel(baseline.priceBasis)}，${latest.year}年为${basisLabel(latest.priceBasis)}`;
    return { ...base, status: 'not-measurable', onTime: null, rule: REDUCE_RULE, inputs, reason: `两年的价格基准不一致或未说明（${bases}），本站不计算降幅。`, evidence: [baseline, latest] };
  }
  if (baseline.value === null || latest.value === null || baseline.bound !== 'exact' || latest.bound !== 'exact') {
    return { ...base, status: 'not-measurable', onTime: null, rule: REDUCE_RULE, inputs, reason: '已公开的数字不是精确值，无法计算降幅。', evidence: [baseline, latest] };
  }
  const reduction = ((baseline.value - latest.value) / baseline.value) * 100;
  const shown = `${baseYear}—${latest.year}年降幅：${reduction.toFixed(1)}%`;
  const goal = target.value ?? 0;
  if (latest.year === target.deadline) {
    const ok = reduction >= goal;
    return { ...base, status: ok ? 'achieved' : 'missed', onTime: true, rule: REDUCE_RULE, inputs: [...inputs, shown], reason: `降幅${reduction.toFixed(1)}%，${ok ? '达到' : '未达到'}${goal}%的目标。`, evidence: [baseline, latest] };
  }
  if (passed) return noData(target, base, [...inputs, shown], REDUCE_RULE, true, `未见${target.deadline}年的可比数值；最新为${latest.year}年。`);
  const span = (target.deadline ?? latest.year!) - baseYear!;
  const expected = (goal * (latest.year! - baseYear!)) / span;
  const ok = reduction >= expected;
  return {
    ...base, status: ok ? 'on-track' : 'behind', onTime: null, rule: REDUCE_RULE,
    inputs: [...inputs, shown, `按直线路径，${latest.year}年应降低${expected.toFixed(1)}%`],
    reason: `${latest.year}年降幅${ok ? '不低于' : '低于'}直线路径所需的${expected.toFixed(1)}%。`, evidence: [baseline, latest],
  };
}

const basisLabel = (basis: ObservationLike['priceBasis']) => ({ current: '当年价', comparable: '可比价', unstated: '未说明' })[basis ?? 'unstated'];

/** Several places must all reach the target: the worst verdict wins. */
export function combine(statuses: Status[]): Status {
  return STATUS_SEVERITY.find((status) => statuses.includes(status)) ?? 'not-measurable';
}
