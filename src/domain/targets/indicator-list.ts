import type { SiteModel } from '../site-model';
import { routes } from '../../routes';
import { clauseLabel, comparePositions, partOf, targetPositions } from '../plan/structure';

/** One indicator in the list on /indicators/. */
export interface IndicatorRow {
  id: string;
  name: string;
  href: string;
  /** "亿m³", or "—" for a qualitative indicator. */
  unit: string;
  /** Published figures: "3个", or "暂无公开数据". */
  figures: string;
  /** How many targets use it: "2项". */
  targets: string;
}

/** /indicators/: the plan's indicators by part in the plan's order, then the background indicators by name. */
export interface IndicatorIndexView {
  /** How many indicators the plan's targets use, and how many of those have a published figure. */
  used: number;
  withData: number;
  /** One group per part of the plan ("一、总体要求" …), in the plan's order. */
  parts: Array<{ id: string; title: string; rows: IndicatorRow[] }>;
  /** Indicators no target uses, by their Chinese name. */
  background: IndicatorRow[];
}

/**
 * The indicators in the plan's order: each by the place where the first target that uses it
 * appears in the plan (clause, then the place of its wording in the clause), grouped by the part
 * of the plan that place is in. Indicators no target uses follow, sorted by name (zh-CN collation).
 */
export function indicatorIndex(site: Pick<SiteModel, 'content'>): IndicatorIndexView {
  const { content } = site;
  const positions = targetPositions(content.plan, content.targets);
  const figures = (id: string) => content.observations.filter((o) => o.indicator === id).length;
  const row = (indicator: (typeof content.indicators)[number]): IndicatorRow => {
    const count = figures(indicator.id);
    return {
      id: indicator.id,
      name: indicator.name,
      href: routes.indicator(indicator.id),
      unit: indicator.unit || '—',
      figures: count > 0 ? `${count}个` : '暂无公开数据',
      targets: `${content.targets.filter((t) => t.indicator === indicator.id).length}项`,
    };
  };
  const firstPosition = new Map<string, number[]>();
  for (const target of content.targets) {
    const at = positions.get(target.id)!;
    const known = firstPosition.get(target.indicator);
    if (!known || comparePositions(at, known) < 0) firstPosition.set(target.indicator, at);
  }
  const used = content.indicators
    .filter((indicator) => firstPosition.has(indicator.id))
    .sort((a, b) => comparePositions(firstPosition.get(a.id)!, firstPosition.get(b.id)!) || a.id.localeCompare(b.id));
  const parts: IndicatorIndexView['parts'] = [];
  for (const indicator of used) {
    const clause = content.plan[firstPosition.get(indicator.id)![0]];
    const part = clause ? partOf(content.plan, clause.id) : null;
    const id = part?.id ?? 'other';
    if (parts.at(-1)?.id !== id) parts.push({ id, title: part ? clauseLabel(part) : '其他', rows: [] });
    parts.at(-1)!.rows.push(row(indicator));
  }
  const background = content.indicators
    .filter((indicator) => !firstPosition.has(indicator.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id))
    .map(row);
  return { used: used.length, withData: used.filter((indicator) => figures(indicator.id) > 0).length, parts, background };
}
