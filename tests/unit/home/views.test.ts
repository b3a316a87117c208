import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/domain/home/views';
import { tellingFigures, verdictSummary } from '../../../src/domain/targets/story';
import { targetFigures } from '../../../src/domain/targets/latest';
import { realSite } from '../../helpers/site';

const site = realSite();
const view = homeView(site);

describe('the home page view', () => {
  it('tells the story from the computed statuses and the telling-figures rule', () => {
    expect(view.verdicts).toEqual(verdictSummary(site));
    expect(view.telling.map((f) => f.id)).toEqual(tellingFigures(site).map((f) => f.id));
    expect(view.overdue.withoutAnyFigure).toBeGreaterThan(0);
  });
  it('lists every quantified headline target once, by deadline, each with its latest-figure line', () => {
    const headline = site.content.targets.filter((t) => t.parent.kind === 'goal' && t.kind === 'quantitative');
    const shown = view.headline.flatMap((g) => g.targets);
    expect(shown.map((t) => t.id).sort()).toEqual(headline.map((t) => t.id).sort());
    for (const t of shown) expect(t.figures.summary).toBe(targetFigures(site, site.index.targets.get(t.id)!).summary);
    expect(view.headline.map((g) => g.heading)).toEqual(['到 2022 年的主要目标', '到 2025 年的主要目标']);
  });
  it('carries the county map and the counts of each part of the site', () => {
    expect(view.map.tiles).toHaveLength(site.content.counties.length);
    expect(view.counts).toEqual({
      responsibilities: site.content.responsibilities.length,
      departments: site.content.departments.length,
      tips: site.content.tips.length,
      lessons: site.content.lessons.length,
      sites: site.content.sites.length,
    });
    expect(view.projects.reduce((n, p) => n + p.tasks, 0)).toBe(site.content.tasks.length);
    expect(view.mechanisms.map((m) => m.href).every((href) => href.startsWith('/mechanisms/'))).toBe(true);
  });
});
