import { describe, expect, it } from 'vitest';
import { CARE_FONT_SIZE, siteProgressModel, type ProgressDatum } from './model';
import { emWidth } from '../shared/text';
import { renderSiteProgressSvg, siteProgressCss } from './render';
import { forSnapshot } from '../shared/snapshot';
import { boxInside, overlappingPairs } from '../shared/text';
import { PROGRESS_LAYOUTS, progressModel } from './variants';

const fixture: ProgressDatum[] = [
  { key: 'demo-hotels-2022', label: '节水示范酒店', count: 0, goal: 10, known: false, note: null },
  { key: 'education-bases-2022', label: '节水宣传教育基地', count: 1, goal: 7, known: true, note: null },
  { key: 'industrial-reclaimed-pilots-2022', label: '工业再生水利用项目', count: 2, goal: 2, known: true, note: null },
  { key: 'county-water-saving-city-2022', label: '节水型城市', count: 3, goal: 6, known: true, note: 1 },
  { key: 'many', label: '超出目标', count: 9, goal: 6, known: true, note: null },
];
const model = siteProgressModel(fixture, { noData: '暂无公开数据' });

describe('siteProgressModel', () => {
  it('gives each target a full-width track and fills it in proportion to the count', () => {
    expect(model.rows.map((row) => row.trackWidth)).toEqual([320, 320, 320, 320, 320]);
    expect(model.rows[1].fillWidth).toBeCloseTo((320 * 1) / 7, 0);
    expect(model.rows[2].fillWidth).toBe(320);
    expect(model.rows[3].fillWidth).toBe(160);
  });
  it('caps the fill at the target when more sites than the target are listed, and says so in the numbers', () => {
    expect(model.rows[4].fillWidth).toBe(320);
    expect(model.rows[4].value).toBe('9 / 6');
    expect(model.rows[4].reached).toBe(true);
  });
  it('draws a row without any sourced entry as unknown: 暂无公开数据, no fill, never a zero', () => {
    expect(model.rows[0]).toMatchObject({ value: '暂无公开数据', fillWidth: 0, unknown: true, reached: false });
    expect(model.rows.slice(1).every((row) => !row.unknown)).toBe(true);
  });
  it('marks a row that has a note under the chart', () => {
    expect(model.rows[3].label).toBe('节水型城市（注1）');
    expect(model.rows[1].label).toBe('节水宣传教育基地');
  });
  it('stacks rows without overlap and sizes the drawing to fit them', () => {
    const bottoms = model.rows.map((row) => row.barY + row.barHeight);
    model.rows.slice(1).forEach((row, i) => expect(row.textY - 14).toBeGreaterThan(bottoms[i]));
    expect(model.height).toBeGreaterThanOrEqual(bottoms.at(-1)!);
  });
  it('in 关怀模式 puts each value on a line of its own under the label, and rows still never overlap', () => {
    const care = siteProgressModel(fixture, { noData: '暂无公开数据', fontSize: CARE_FONT_SIZE, stacked: true });
    for (const row of care.rows) {
      expect(row.valueY).toBeGreaterThan(row.textY + CARE_FONT_SIZE * 0.9);
      expect(row.barY).toBeGreaterThan(row.valueY);
      expect(row.valueAnchor).toBe('start');
      expect(emWidth(row.label) * CARE_FONT_SIZE).toBeLessThanOrEqual(care.width);
    }
    const bottoms = care.rows.map((row) => row.barY + row.barHeight);
    care.rows.slice(1).forEach((row, i) => expect(row.textY - CARE_FONT_SIZE).toBeGreaterThan(bottoms[i]));
    expect(care.height).toBeGreaterThanOrEqual(bottoms.at(-1)!);
  });
  it.each(Object.entries(PROGRESS_LAYOUTS))('keeps labels and counts inside the drawing and apart in the %s layout, long labels included', (_name, layout) => {
    const rows = [...fixture, { key: 'long', label: '县域节水型社会达标（按县计）', count: 0, goal: 6, known: false, note: 2 }];
    const m = progressModel(rows, '暂无公开数据', layout);
    expect(m.textBoxes.filter((box) => !boxInside(box, { x: 0, y: 0, width: m.width, height: m.height }, 0.5))).toEqual([]);
    expect(overlappingPairs(m.textBoxes)).toEqual([]);
  });
  it('handles an empty list and a target without a number', () => {
    expect(siteProgressModel([], { noData: '—' }).rows).toEqual([]);
    const [row] = siteProgressModel([{ key: 'x', label: 'x', count: 3, goal: null, known: true, note: null }], { noData: '—' }).rows;
    expect(row.value).toBe('3');
    expect(row.reached).toBe(false);
  });
});

describe('renderSiteProgressSvg', () => {
  const svg = renderSiteProgressSvg(model, '各类示范点：已有公开来源的数量与方案目标。每行一类示范点，横条全长代表方案目标。');
  it('is an accessible image with a label', () => {
    expect(svg).toMatch(/^<svg class="chart site-progress" id="site-progress" [^>]*role="img" aria-label="各类示范点/);
  });
  it('draws unknown rows hatched and outlined, with no filled bar and no solid track', () => {
    const unknown = svg.match(/<g class="row unknown"[^]*?<\/g>/)![0];
    expect(unknown).toContain('class="track-unknown"');
    expect(unknown).toContain('fill="url(#site-progress-unknown)"');
    expect(unknown).not.toContain('class="fill');
    expect(unknown).not.toContain('class="track"');
    expect(unknown).toContain('暂无公开数据');
    expect(svg.match(/class="row unknown"/g)).toHaveLength(1);
  });
  it('escapes labels', () => {
    const odd = siteProgressModel([{ key: 'a', label: 'A&B <x>', count: 1, goal: 2, known: true, note: null }], { noData: '—' });
    expect(renderSiteProgressSvg(odd, 't')).toContain('A&amp;B &lt;x&gt;');
  });
  it('matches the reviewed picture', async () => {
    await expect(forSnapshot(svg).replace('</style>', `${siteProgressCss('site-progress')}</style>`)).toMatchFileSnapshot('./__snapshots__/site-progress.svg');
  });
});
