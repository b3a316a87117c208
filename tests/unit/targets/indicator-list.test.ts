import { describe, expect, it } from 'vitest';
import { indicatorIndex } from '../../../src/domain/targets/indicator-list';
import { realSite } from '../../helpers/site';

const site = realSite();
const view = indicatorIndex(site);
const planText = site.content.plan.map((c) => c.paragraphs.join('')).join('').replace(/\s+/g, '');

describe('/indicators/ in the plan’s order', () => {
  it('lists every indicator once: those the targets use by part, then the background ones', () => {
    const used = new Set(site.content.targets.map((t) => t.indicator));
    expect(view.parts.flatMap((p) => p.rows.map((r) => r.id)).sort()).toEqual([...used].sort());
    expect(view.background.map((r) => r.id).sort()).toEqual(site.content.indicators.filter((i) => !used.has(i.id)).map((i) => i.id).sort());
    expect(view.used).toBe(used.size);
  });
  it('orders the plan’s indicators by where their first target’s words stand in the plan', () => {
    // Independent of the domain code: the first place any of the indicator's targets' wording occurs in the whole text.
    const firstAt = (id: string) => Math.min(...site.content.targets.filter((t) => t.indicator === id).map((t) => planText.indexOf(t.wording.replace(/\s+/g, ''))).filter((i) => i >= 0));
    const ids = view.parts.flatMap((p) => p.rows.map((r) => r.id));
    const at = ids.map(firstAt);
    expect(at.every((value, i) => i === 0 || value >= at[i - 1]), ids.map((id, i) => `${id}@${at[i]}`).join(' ')).toBe(true);
    expect(ids[0]).toBe('water-use-per-10k-gdp');
  });
  it('groups them under the parts of the plan, in the plan’s order', () => {
    const parts = site.content.plan.filter((c) => c.level === 1).map((c) => c.id);
    expect(view.parts.map((p) => parts.indexOf(p.id))).toEqual([...view.parts.map((p) => parts.indexOf(p.id))].sort((a, b) => a - b));
    expect(view.parts[0].title).toBe('一、总体要求');
  });
  it('orders the background indicators by their Chinese name', () => {
    const names = view.background.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });
});
