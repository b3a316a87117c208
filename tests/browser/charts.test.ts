import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chooseCareMode, launchChromium } from '../helpers/browser';
import { builtPages } from '../helpers/dist';

// The labels of every chart, measured in Chromium: on every page that draws a chart with text,
// at 320, 390 and 1,280 px, with and without 关怀模式, no chart text leaves the part of its SVG
// that can be seen and no two texts of one chart overlap (1 px tolerance). In 关怀模式 a chart also
// scales to the width (nothing scrolls sideways) and fits on one screen, target lines included.
const base = inject('baseUrl');
const WIDTHS = [320, 390, 1280] as const;
const MODES = ['plain', 'care'] as const;

/** Pages whose HTML draws an SVG with text in it: the charts, found from dist/ rather than listed by hand. */
const CHART_PAGES = builtPages()
  .filter((page) => /<svg\b[^>]*>(?:(?!<\/svg>)[\s\S])*<text\b/.test(page.html))
  .map((page) => page.url);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** What one page's charts do wrong, in words; empty when nothing. */
interface ChartFaults {
  /** "“2025年上限21.5” overlaps “2022年上限20”". */
  overlaps: string[];
  /** "“2022年目标18” leaves the chart on the left by 12 px". */
  outside: string[];
  /** Charts inside a sideways scroller, or wider than the screen. */
  scrolling: string[];
  /** Charts with target lines taller than the screen (in 关怀模式 the whole chart, target lines included, fits one screen). */
  tall: string[];
  /** How many chart texts were measured. */
  measured: number;
}

/** Runs in the page: measures every visible chart SVG that has text. */
function measureCharts(tolerance: number): ChartFaults {
  const faults: ChartFaults = { overlaps: [], outside: [], scrolling: [], tall: [], measured: 0 };
  const name = (el: Element) => `“${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}”`;
  const chartName = (svg: Element) => svg.closest('figure')?.querySelector('.chart-title')?.textContent?.trim().slice(0, 24) ?? svg.getAttribute('class') ?? 'svg';
  for (const svg of document.querySelectorAll('svg')) {
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.checkVisibility() && (t.textContent ?? '').trim() !== '');
    if (texts.length === 0 || !svg.checkVisibility()) continue;
    // The part of the SVG that can be seen: its box, cut by every ancestor that clips.
    const box = svg.getBoundingClientRect();
    let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
    for (let at = svg.parentElement; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const clip = at.getBoundingClientRect();
        if (style.overflowX !== 'visible') [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
        if (style.overflowY !== 'visible') [top, bottom] = [Math.max(top, clip.top), Math.min(bottom, clip.bottom)];
        if (style.overflowX !== 'visible' && at.scrollWidth > at.clientWidth + 1 && at !== document.documentElement && at !== document.body) {
          faults.scrolling.push(`${chartName(svg)}: scrolls sideways inside ${at.tagName.toLowerCase()}.${[...at.classList].join('.')}`);
        }
      }
    }
    if (box.right > document.documentElement.clientWidth + tolerance) faults.scrolling.push(`${chartName(svg)}: ${Math.round(box.right - document.documentElement.clientWidth)} px wider than the screen`);
    // A chart with target lines must show them, and their labels, without scrolling through it.
    if (document.documentElement.classList.contains('care') && svg.querySelector('.threshold') && box.height > window.innerHeight) faults.tall.push(`${chartName(svg)}: ${Math.round(box.height)} px tall on a ${window.innerHeight} px screen`);
    const boxes = texts.map((t) => ({ t, r: t.getBoundingClientRect() })).filter(({ r }) => r.width > 0 && r.height > 0);
    faults.measured += boxes.length;
    for (const { t, r } of boxes) {
      const out = [left - r.left, r.right - right, top - r.top, r.bottom - bottom];
      const worst = Math.max(...out);
      if (worst > tolerance) {
        const side = ['left', 'right', 'top', 'bottom'][out.indexOf(worst)];
        faults.outside.push(`${chartName(svg)}: ${name(t)} leaves the chart on the ${side} by ${Math.round(worst)} px`);
      }
    }
    boxes.forEach(({ t: a, r: ra }, i) => {
      for (const { t: b, r: rb } of boxes.slice(i + 1)) {
        const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (overlapX > tolerance && overlapY > tolerance) faults.overlaps.push(`${chartName(svg)}: ${name(a)} overlaps ${name(b)} (${Math.round(overlapX)}×${Math.round(overlapY)} px)`);
      }
    });
  }
  return faults;
}

describe('the pages that carry charts', () => {
  it('are found from dist/: the dashboards, the progress and responsibility charts, the maps and the indicator charts', () => {
    for (const path of ['/targets/', '/sites/progress/', '/departments/', '/counties/', '/counties/zhuji/', '/indicators/total-water-use/', '/targets/total-water-use-2022/', '/targets/urban-reclaimed-rate-2022/']) {
      expect(CHART_PAGES, path).toContain(path);
    }
  });
});

describe.each(WIDTHS.flatMap((width) => MODES.map((mode) => [width, mode] as const)))('at %i px, %s', (width, mode) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: width < 1000 ? 844 : 800 }, locale: 'zh-CN' });
    if (mode === 'care') await chooseCareMode(context);
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  // Embed pages ship no script (they are shown inside other sites), so 关怀模式 cannot be switched on there.
  it.each(CHART_PAGES.filter((path) => mode === 'plain' || !path.startsWith('/embed/')))('%s: chart labels stay inside their chart and never overlap', async (path) => {
    await page.goto(base + path, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(mode === 'care');
    const faults = await page.evaluate(measureCharts, 1);
    const where = `${path} at ${width} px, ${mode === 'care' ? '关怀模式' : 'plain'}`;
    expect(faults.measured, `${where}: no chart text measured`).toBeGreaterThan(0);
    expect(faults.overlaps, `${where}: overlapping labels`).toEqual([]);
    expect(faults.outside, `${where}: labels outside the chart`).toEqual([]);
    expect(faults.scrolling, `${where}: charts that scroll sideways`).toEqual([]);
    expect(faults.tall, `${where}: charts taller than the screen`).toEqual([]);
  });
});
