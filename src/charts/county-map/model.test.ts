import { describe, expect, it } from 'vitest';
import { CARE_NAME_SIZE, countyMapModel, overlaps, type TileDatum } from './model';
import { countyMapCss, renderCountyMapSvg } from './render';
import { emWidth } from '../shared/text';

const tile = (id: string, name: string, col: number, row: number, lines = ['名录 14 条', '目标 3 项', '已达成 1 项']): TileDatum => ({
  id, name, href: `/counties/${id}/`, kind: 'division', col, row, lines,
});
const fixture: TileDatum[] = [
  { id: 'city', name: '绍兴市（全市）', href: '/counties/city/', kind: 'city', col: 0, row: 0, lines: ['名录 3 条 · 全市目标 45 项 · 已达成 0 项'] },
  tile('keqiao', '柯桥区', 0, 0),
  tile('yuecheng', '越城区', 1, 0),
  tile('shangyu', '上虞区', 2, 0),
  tile('zhuji', '诸暨市', 0, 1),
  tile('shengzhou', '嵊州市', 1.5, 1),
  tile('xinchang', '新昌县', 2.5, 1.5),
];
const model = countyMapModel(fixture, {}, 'zhuji');

describe('countyMapModel', () => {
  it('draws seven equal tiles for the divisions and one key tile for the city, above them', () => {
    const divisions = model.tiles.filter((t) => t.kind === 'division');
    expect(divisions).toHaveLength(6);
    expect(new Set(divisions.map((t) => `${t.width}×${t.height}`)).size).toBe(1);
    const city = model.tiles.find((t) => t.kind === 'city')!;
    expect(Math.max(...divisions.map((t) => t.y))).toBeGreaterThan(city.y + city.height);
    expect(divisions.every((t) => t.y > city.y + city.height)).toBe(true);
  });
  it('keeps the arrangement: 越城 between 柯桥 (west) and 上虞 (east), 诸暨 south-west, 嵊州 south, 新昌 south-east of 嵊州', () => {
    const at = (id: string) => model.tiles.find((t) => t.id === id)!;
    expect(at('keqiao').x).toBeLessThan(at('yuecheng').x);
    expect(at('yuecheng').x).toBeLessThan(at('shangyu').x);
    expect(at('zhuji').y).toBeGreaterThan(at('keqiao').y);
    expect(at('zhuji').x).toBeLessThan(at('yuecheng').x);
    expect(at('shengzhou').y).toBeGreaterThan(at('yuecheng').y);
    expect(at('xinchang').x).toBeGreaterThan(at('shengzhou').x);
    expect(at('xinchang').y).toBeGreaterThan(at('shengzhou').y);
  });
  it('never overlaps two tiles, and fits every tile in the drawing', () => {
    model.tiles.forEach((a, i) => model.tiles.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.id} ${b.id}`).toBe(false)));
    for (const t of model.tiles) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(model.width);
      expect(t.y + t.height).toBeLessThanOrEqual(model.height);
    }
  });
  it('keeps every text inside its tile', () => {
    for (const t of model.tiles) {
      for (const text of t.texts) {
        expect(text.x).toBeGreaterThan(t.x);
        expect(text.x + emWidth(text.text) * text.size).toBeLessThanOrEqual(t.x + t.width);
        expect(text.y).toBeGreaterThan(t.y + text.size * 0.7);
        expect(text.y).toBeLessThanOrEqual(t.y + t.height - 4);
      }
    }
  });
  it('in 关怀模式 writes each name alone, at the large size, in the middle of its tile and inside it', () => {
    const care = countyMapModel(fixture, { nameSize: CARE_NAME_SIZE, lines: false });
    for (const t of care.tiles) {
      expect(t.texts.map((text) => text.kind)).toEqual(['name']);
      const [name] = t.texts;
      expect(name.text.endsWith('…')).toBe(false);
      expect(name.x + emWidth(name.text) * CARE_NAME_SIZE).toBeLessThanOrEqual(t.x + t.width);
      // Centred: the text's middle (baseline − 0.35 em) is the tile's middle.
      expect(name.y - CARE_NAME_SIZE * 0.35).toBeCloseTo(t.y + t.height / 2, 0);
    }
    const [long] = countyMapModel([tile('x', '某某某某某', 0, 0, [])], { nameSize: CARE_NAME_SIZE, lines: false }).tiles;
    expect(long.texts[0].text).toMatch(/^某+…$/);
    expect(long.x + 10 + emWidth(long.texts[0].text) * CARE_NAME_SIZE).toBeLessThanOrEqual(long.x + long.width);
  });
  it('marks the current place', () => {
    expect(model.tiles.filter((t) => t.current).map((t) => t.id)).toEqual(['zhuji']);
  });
  it('cuts a line too long for its tile with "…" instead of letting it overflow', () => {
    const [t] = countyMapModel([tile('x', '某地', 0, 0, ['这一行文字实在太长了放不进方块'])]).tiles;
    expect(t.texts[1].text.endsWith('…')).toBe(true);
    expect(t.x + 10 + emWidth(t.texts[1].text) * t.texts[1].size).toBeLessThanOrEqual(t.x + t.width + 0.5);
  });
});

describe('renderCountyMapSvg', () => {
  const svg = renderCountyMapSvg(model, '示意图：绍兴市及六个县（市、区）');
  it('is a group of links, one per tile, each named by its own words; no path, so no boundary is drawn', () => {
    expect(svg).toMatch(/^<svg class="chart county-map" id="county-map" [^>]*role="group" aria-labelledby="county-map-title"/);
    expect(svg.match(/<a href="/g)).toHaveLength(7);
    expect(svg).toContain('<a href="/counties/zhuji/" class="place place-division current" aria-current="page"');
    expect(svg).not.toContain('aria-label="诸暨');
    expect(svg).not.toMatch(/<path|<polygon|<polyline/);
  });
  it('writes names as text', () => {
    for (const name of ['柯桥区', '越城区', '上虞区', '诸暨市', '嵊州市', '新昌县', '绍兴市（全市）']) expect(svg).toContain(`>${name}</text>`);
  });
  it('as a file on its own is one picture without links', () => {
    const file = renderCountyMapSvg(model, '示意图', 'county-map', false);
    expect(file).not.toContain('<a ');
    expect(file).toMatch(/role="img"/);
  });
  it('escapes text', () => {
    const odd = renderCountyMapSvg(countyMapModel([tile('a', 'A&B', 0, 0, ['<x>'])]), 't');
    expect(odd).toContain('A&amp;B');
    expect(odd).toContain('&lt;x&gt;');
  });
  it('matches the reviewed picture', async () => {
    const standalone = svg.replace(/^<svg([^>]*)>/, (open) => `${open}<style>svg{font-family:sans-serif;background:#fff}${countyMapCss('county-map')}</style>`);
    await expect(standalone).toMatchFileSnapshot('./__snapshots__/county-map.svg');
  });
});
