import { describe, expect, it } from 'vitest';
import { siteProgressModel, type ProgressDatum } from './model';
import { renderSiteProgressSvg } from './render';

const fixture: ProgressDatum[] = [
  { key: 'demo-hotels-2022', label: '节水示范酒店', count: 0, goal: 10 },
  { key: 'education-bases-2022', label: '节水宣传教育基地', count: 1, goal: 7 },
  { key: 'industrial-reclaimed-pilots-2022', label: '工业再生水利用项目', count: 2, goal: 2 },
  { key: 'county-water-saving-city-2022', label: '节水型城市', count: 9, goal: 6 },
];
const model = siteProgressModel(fixture, { noData: '暂无公开数据' });

describe('siteProgressModel', () => {
  it('gives each target a full-width track and fills it in proportion to the count', () => {
    expect(model.rows.map((row) => row.trackWidth)).toEqual([320, 320, 320, 320]);
    expect(model.rows[1].fillWidth).toBeCloseTo((320 * 1) / 7, 0);
    expect(model.rows[2].fillWidth).toBe(320);
  });
  it('caps the fill at the target when more sites than the target are listed, and says so in the numbers', () => {
    expect(model.rows[3].fillWidth).toBe(320);
    expect(model.rows[3].value).toBe('9 / 6');
    expect(model.rows[3].reached).toBe(true);
  });
  it('prints 暂无公开数据 instead of 0 and draws no fill', () => {
    expect(model.rows[0]).toMatchObject({ value: '暂无公开数据', fillWidth: 0, empty: true, reached: false });
  });
  it('stacks rows without overlap and sizes the drawing to fit them', () => {
    const bottoms = model.rows.map((row) => row.barY + row.barHeight);
    model.rows.slice(1).forEach((row, i) => expect(row.textY - 14).toBeGreaterThan(bottoms[i]));
    expect(model.height).toBeGreaterThanOrEqual(bottoms.at(-1)!);
  });
  it('handles an empty list and a target without a number', () => {
    expect(siteProgressModel([], { noData: '—' }).rows).toEqual([]);
    const [row] = siteProgressModel([{ key: 'x', label: 'x', count: 3, goal: null }], { noData: '—' }).rows;
    expect(row.value).toBe('3');
    expect(row.reached).toBe(false);
  });
});

describe('renderSiteProgressSvg', () => {
  const svg = renderSiteProgressSvg(model, '各类示范点：已有公开来源的数量与方案目标', '每行一类示范点，横条全长代表方案目标。', 'site-progress', true);
  it('is an accessible image with a title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="site-progress-title site-progress-desc"/);
    expect(svg).toContain('<title id="site-progress-title">各类示范点');
  });
  it('escapes labels', () => {
    const odd = siteProgressModel([{ key: 'a', label: 'A&B <x>', count: 1, goal: 2 }], { noData: '—' });
    expect(renderSiteProgressSvg(odd, 't', 'd')).toContain('A&amp;B &lt;x&gt;');
  });
  it('matches the reviewed picture', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/site-progress.svg');
  });
});
