import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorCard, shareCards, siteCard, targetCard } from '../../../src/domain/sharing/views';
import { indicatorChartInput } from '../../../src/domain/sharing/chart-input';
import { CARD_FONT, renderShareCard, resolveChartCss } from '../../../src/components/share/og-card';
import { fitText, textWidth, wrapText } from '../../../src/components/share/wrap';
import { STATUS_STYLE } from '../../../src/domain/targets/status';
import { targetFigures } from '../../../src/domain/targets/latest';
import { realSite } from '../../helpers/site';

const site = realSite();
const chartCss = readFileSync(join(import.meta.dirname, '../../../src/charts/shared/charts.css'), 'utf8');
const target = (id: string) => site.index.targets.get(id)!;

describe('shareCards', () => {
  const cards = shareCards(site);
  it('makes one card for the site, every target and every indicator, each at its own path', () => {
    expect(cards).toHaveLength(1 + site.content.targets.length + site.content.indicators.length);
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
    expect(cards[0].path).toBe('/og/site.png');
  });
  it('shows a target’s own headline: title, status in the site’s words, latest figure against the target', () => {
    const card = targetCard(site, target('total-water-use-2022'));
    const status = site.statuses.get('total-water-use-2022')!.status;
    expect(card.title).toBe('全市用水总量控制在20亿立方米以内');
    expect(card.status).toEqual({ label: STATUS_STYLE[status].label, symbol: STATUS_STYLE[status].symbol, colour: STATUS_STYLE[status].colour });
    expect(card.lines).toEqual([targetFigures(site, target('total-water-use-2022')).summary]);
    expect(card.kicker).toBe('目标 · 2022年 · 绍兴市（全市）');
  });
  it('draws an indicator’s chart where it has a published number and says what is missing where it has none', () => {
    expect(indicatorCard(site, 'total-water-use').chart?.series[0].points).toHaveLength(6);
    expect(indicatorCard(site, 'total-water-use').lines[0]).toBe('最新 18.3553亿m³（2016年，绍兴市（全市））');
    const none = indicatorCard(site, 'demo-hotels-count');
    expect(none.chart).toBeNull();
    expect(none.lines).toEqual(['暂无公开数据', `需要：${site.content.indicators.find((i) => i.id === 'demo-hotels-count')!.dataNeeded}`]);
  });
  it('counts the site’s targets by status on the site’s card', () => {
    const card = siteCard(site);
    expect(card.tally.reduce((sum, row) => sum + row.count, 0)).toBe(site.content.targets.length);
    expect(card.footer).toContain(site.asOf);
  });
});

describe('indicatorChartInput (the indicator page chart’s inputs, from indicatorChartView)', () => {
  it('has one series per place and the targets’ caps at their deadline', () => {
    const input = indicatorChartInput(site, 'total-water-use')!;
    expect(input.series.map((s) => s.label)).toEqual(['绍兴市（全市）']);
    expect(input.thresholds.map((t) => [t.year, t.value, t.kind])).toEqual([[2022, 20, 'cap'], [2025, 21.5, 'cap']]);
    expect(input.sources).toContain('《2016年绍兴市水资源公报》');
  });
  it('is null for an indicator without a published number', () => {
    expect(indicatorChartInput(site, 'demo-hotels-count')).toBeNull();
  });
});

describe('renderShareCard', () => {
  it('draws 1,200 × 630 in the system’s Chinese font, text escaped', () => {
    const svg = renderShareCard({ ...targetCard(site, target('total-water-use-2022')), title: '<b>&</b>' }, chartCss);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(svg).toContain(`font-family="${CARD_FONT}"`);
    expect(CARD_FONT).toMatch(/^'WenQuanYi Micro Hei'/);
    expect(svg).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(svg).toContain('已过期限，未见公开数据');
  });
  it('embeds the indicator chart with its colours written out (librsvg reads no CSS variables)', () => {
    const svg = renderShareCard(indicatorCard(site, 'total-water-use'), chartCss);
    expect(svg).toContain('class="series series-0"');
    expect(svg).toContain('.chart .series-0 .marker,.chart .marker.series-0{fill: #0072B2;');
    expect(svg).not.toContain('var(--');
  });
});

describe('resolveChartCss', () => {
  it('writes out per-class and page variables, keeping rule order', () => {
    const css = '.chart .line { stroke: var(--series); } .chart .threshold text { fill: var(--accent); } .chart .series-0 { --series: #111; } .chart .series-1 { --series: #222; }';
    expect(resolveChartCss(css)).toBe('.chart .series-0 .line,.chart .line.series-0{stroke: #111;}.chart .series-1 .line,.chart .line.series-1{stroke: #222;}.chart .threshold text{fill: #b3541e;}');
  });
  it('matches a variable set on the element itself (a status mark carries its own colour class)', () => {
    const css = '.chart .status-mark { fill: var(--status); } .chart .mark-achieved { --status: #007a55; }';
    expect(resolveChartCss(css)).toBe('.chart .mark-achieved .status-mark,.chart .status-mark.mark-achieved{fill: #007a55;}');
  });
});

describe('wrapText', () => {
  it('measures Chinese as 1 em and digits as about 0.6 em', () => {
    expect(textWidth('用水')).toBe(2);
    expect(textWidth('20')).toBeCloseTo(1.2);
  });
  it('breaks between characters but never inside a number with its unit', () => {
    expect(wrapText('最新18.3553亿m³', 5).lines).toEqual(['最新', '18.3553', '亿m³']);
  });
  it('keeps closing punctuation on the line before and opening punctuation with what follows', () => {
    expect(wrapText('甲乙丙丁。戊', 4).lines).toEqual(['甲乙丙丁。', '戊']);
    expect(wrapText('甲乙丙（丁戊）', 4).lines).toEqual(['甲乙丙', '（丁戊）']);
  });
  it('ends the last allowed line with an ellipsis', () => {
    expect(wrapText('一二三四五六七八九十', 4, 2)).toEqual({ lines: ['一二三四', '五六七…'], truncated: true });
  });
  it('picks the largest size at which a title fits', () => {
    expect(fitText('一二三四五六', 600, [{ size: 100, maxLines: 1 }, { size: 60, maxLines: 2 }]).size).toBe(100);
    expect(fitText('一二三四五六七', 600, [{ size: 100, maxLines: 1 }, { size: 60, maxLines: 2 }])).toEqual({ size: 60, lines: ['一二三四五六七'] });
  });
});
