import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { realSite } from '../helpers/site';

/**
 * /indicators/ in the plan's order, read from the built pages: each indicator the targets use sits
 * where the first of its targets' words stand in the text of /plan/, under the heading of the part
 * of /plan/ that holds those words; the others follow by their Chinese name.
 */
const site = realSite();
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!.doc;
const squash = (text: string) => text.replace(/\s+/g, '');

// The plan's text as /plan/ shows it, part by part (each part runs until the next part or the annex starts).
const planText = page('/plan/').querySelector('.plan-text')!;
const sections = planText.querySelectorAll('section.clause');
const partStarts = sections.map((s, i) => [s, i] as const).filter(([s]) => s.classList.contains('clause-level-1'));
let cursor = 0;
const spans: Array<{ part: string; from: number; to: number }> = [];
let full = '';
sections.forEach((section, i) => {
  const words = squash(section.querySelectorAll(':scope > p').map((p) => p.text).join(''));
  const part = [...partStarts].reverse().find(([, at]) => at <= i);
  const isPart = part && !sections.slice(part[1], i + 1).some((s) => s.classList.contains('clause-level-0'));
  if (isPart) spans.push({ part: squash(part[0].querySelector('h2')!.text), from: cursor, to: cursor + words.length });
  full += words;
  cursor += words.length;
});
const partAt = (at: number) => spans.find((s) => at >= s.from && at < s.to)?.part;

describe('/indicators/', () => {
  const doc = page('/indicators/');
  const planSection = doc.querySelector('section[aria-labelledby="set-plan"]')!;
  const groups = planSection.querySelectorAll('section').map((section) => ({
    heading: squash(section.querySelector('h3')!.text).replace(/（\d+个）$/, ''),
    ids: section.querySelectorAll('tbody th a').map((a) => a.getAttribute('href')!.split('/')[2]),
  }));
  const listed = groups.flatMap((g) => g.ids);
  const firstAt = (indicatorId: string) =>
    Math.min(...site.content.targets.filter((t) => t.indicator === indicatorId).map((t) => full.indexOf(squash(t.wording))).filter((at) => at >= 0));

  it('lists every indicator a target uses once', () => {
    expect([...listed].sort()).toEqual([...new Set(site.content.targets.map((t) => t.indicator))].sort());
  });
  it('in the order their first targets appear in the plan', () => {
    const at = listed.map(firstAt);
    for (let i = 1; i < at.length; i++) expect(at[i], `${listed[i - 1]} (${at[i - 1]}) before ${listed[i]} (${at[i]})`).toBeGreaterThanOrEqual(at[i - 1]);
  });
  it('grouped under the part of the plan where that first target stands', () => {
    for (const group of groups) for (const id of group.ids) expect(partAt(firstAt(id)), id).toBe(group.heading);
    expect(groups.length).toBeGreaterThan(1);
  });
  it('then the background indicators, by their Chinese name', () => {
    const names = doc.querySelectorAll('section[aria-labelledby="set-context"] tbody th a').map((a) => a.text.trim());
    const used = new Set(site.content.targets.map((t) => t.indicator));
    expect(names.length).toBe(site.content.indicators.filter((i) => !used.has(i.id)).length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });
});
