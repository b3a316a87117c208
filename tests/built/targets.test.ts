import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { realSite } from '../helpers/site';
import { figuresView } from '../../src/domain/targets/views';
import { NO_DATA } from '../../src/domain/targets/latest';
import { directoryCount } from '../../src/domain/targets/directory-count';
import { tellingFigures, verdictSummary } from '../../src/domain/targets/story';
import { routes } from '../../src/routes';

const site = realSite();
const pages = builtPages();
const byUrl = new Map(pages.map((page) => [page.url, page]));
const page = (url: string) => {
  const found = byUrl.get(url);
  if (!found) throw new Error(`no built page ${url}`);
  return found.doc;
};
const targets = site.content.targets;
const withFigure = targets.filter((t) => !figuresView(site, t).none);

/** Where a target is listed besides /targets/: its parent's page (and a task's project), or the home page for headline targets. */
function listedOn(target: (typeof targets)[number]): string[] {
  const { kind, id } = target.parent;
  if (kind === 'goal') return target.kind === 'quantitative' ? [routes.home()] : [];
  if (kind === 'task') {
    const project = site.content.tasks.find((task) => task.id === id)!.project;
    return [routes.entity({ kind: 'task', id }), routes.entity({ kind: 'project', id: project })];
  }
  return [routes.entity(target.parent)];
}
/** The latest-figure line shown for a target on a page: in its table row, or in the home page's headline list. */
const lineOn = (url: string, id: string) => page(url).querySelector(`#target-${id} [data-latest], #headline-target-${id} [data-latest]`)?.text;

describe('the latest figure beside every target', () => {
  it('some targets have figures and some do not, so both cases are checked', () => {
    expect(withFigure.length).toBeGreaterThan(0);
    expect(withFigure.length).toBeLessThan(targets.length);
  });
  it.each(targets.map((t) => [t.id, t] as const))('%s: the same line on /targets/, its project or task page and (headline) the home page', (_id, target) => {
    const figures = figuresView(site, target);
    const urls = [routes.targets(), ...listedOn(target)];
    for (const url of urls) {
      const line = lineOn(url, target.id);
      expect(line, `${url} #${target.id}`).toBe(figures.summary);
      expect(line!.startsWith(NO_DATA), url).toBe(figures.none);
    }
    if (figures.none) expect(figures.summary).toMatch(/^暂无公开数据 · 目标 /);
    else expect(figures.summary).toMatch(/^最新 .+（.+）· 目标 /);
  });
  it.each(targets.map((t) => [t.id, t] as const))('%s: its own page shows the same line right under the status, before the plan’s wording', (_id, target) => {
    const doc = page(routes.target(target.id));
    const line = doc.querySelector('main .target-latest [data-latest]');
    expect(line?.text).toBe(figuresView(site, target).summary);
    const order = doc.querySelectorAll('main .status-badge, main .target-latest, main blockquote.wording').map((el) => el.classNames.split(' ')[0]);
    expect(order.indexOf('target-latest'), target.id).toBeLessThan(order.indexOf('wording'));
  });
  it('an indicator page leads with its newest figure, or says there is none', () => {
    for (const indicator of site.content.indicators) {
      const doc = page(routes.indicator(indicator.id));
      const latest = doc.querySelector('main [data-latest]');
      const published = site.content.observations.some((o) => o.indicator === indicator.id && (o.value !== null || o.finding !== null));
      expect(latest?.text.startsWith(published ? '最新公开数字：' : '暂无公开数据'), indicator.id).toBe(true);
      expect(doc.querySelector('main')!.text.indexOf(latest!.text)).toBeLessThan(doc.querySelector('main')!.text.indexOf('定义'));
    }
  });
  it('draws a sparkline with first and last figures in its label wherever a target has two or more', () => {
    const trending = targets.filter((t) => figuresView(site, t).trend);
    expect(trending.length).toBeGreaterThan(0);
    for (const target of trending) {
      const points = figuresView(site, target).trend!.points;
      const svg = page(routes.targets()).querySelector(`#target-${target.id} svg.sparkline`);
      expect(svg?.getAttribute('role'), target.id).toBe('img');
      expect(svg!.getAttribute('aria-label')).toContain(`${points[0].year}年`);
      expect(svg!.getAttribute('aria-label')).toContain(`${points.at(-1)!.year}年`);
    }
    const flat = targets.filter((t) => !figuresView(site, t).trend).map((t) => page(routes.targets()).querySelector(`#target-${t.id} svg.sparkline`));
    expect(flat.filter(Boolean)).toEqual([]);
  });
  it('shows the line on every filter page for exactly the targets it lists', () => {
    const filterPages = pages.filter((p) => /^\/targets\/(deadline|section|status)\/[^/]+\/$/.test(p.url));
    expect(filterPages.length).toBeGreaterThan(5);
    for (const p of filterPages) {
      const rows = p.doc.querySelectorAll('tr[id^="target-"]');
      expect(rows.length, p.url).toBeGreaterThan(0);
      for (const row of rows) {
        const target = targets.find((t) => `target-${t.id}` === row.getAttribute('id'))!;
        expect(row.querySelector('[data-latest]')?.text, `${p.url} ${target.id}`).toBe(figuresView(site, target).summary);
      }
    }
  });
});

describe('the home page story', () => {
  const home = page(routes.home());
  it('says how many targets have a verdict and links each achieved one', () => {
    const summary = verdictSummary(site);
    const verdicts = home.querySelector('#story-verdicts')!;
    expect(verdicts.text).toContain(`能按公开数据下结论的有 ${summary.withVerdict} 项`);
    const links = verdicts.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const group of summary.verdicts) for (const t of group.targets) expect(links).toContain(t.href);
  });
  it('shows the telling figures in the rule’s order, and links to the methods and the request guide', () => {
    const shown = home.querySelectorAll('.telling-item').map((li) => li.getAttribute('data-target'));
    expect(shown).toEqual(tellingFigures(site).map((f) => f.id));
    const overdue = home.querySelector('.story-overdue')!;
    expect(overdue.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining([routes.methods(), routes.request()]));
  });
  it('carries the county map below the story', () => {
    const html = byUrl.get(routes.home())!.html;
    expect(home.querySelector('svg.county-map')).not.toBeNull();
    expect(html.indexOf('class="story"')).toBeLessThan(html.indexOf('county-map'));
  });
});

describe('one truth per count target', () => {
  const counted = targets.map((t) => directoryCount(site, t.id)).filter((d) => d !== null);
  it('every target page the directory counts carries the directory explanation, word for word', () => {
    expect(counted.length).toBeGreaterThan(0);
    for (const d of counted) expect(page(routes.target(d.targetId)).querySelector('.directory-count .explanation')?.text, d.targetId).toBe(d.explanation);
  });
  it('where the status rests on a report and the directory names fewer places, /sites/progress/ says the same words', () => {
    const differing = counted.filter((d) => d.differsFromStatus);
    expect(differing.map((d) => d.targetId)).toContain('county-water-saving-city-2022');
    const progress = page(routes.siteProgress());
    for (const d of differing) {
      const onTarget = page(routes.target(d.targetId)).querySelector('.directory-count .explanation')?.text;
      expect(onTarget, d.targetId).toBe(progress.querySelector(`#note-${d.targetId} .explanation`)?.text);
    }
    expect(page(routes.target('county-water-saving-city-2022')).querySelector('.directory-count')?.text).toContain('3 / 6');
  });
  it('no target page without a directory count carries one', () => {
    const without = targets.filter((t) => directoryCount(site, t.id) === null);
    for (const t of without) expect(page(routes.target(t.id)).querySelector('.directory-count'), t.id).toBeNull();
  });
});
