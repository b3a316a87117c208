import { describe, expect, it } from 'vitest';
import { realSite } from '../../helpers/site';
import { LABEL_LAYOUT_SOURCES, LABEL_QUERY_SITE, labelsPageView } from '../../../src/domain/citizens/labels-views';
import { labelDrawing } from '../../../src/domain/citizens/label-drawing';

const site = realSite();

describe('the label drawing', () => {
  const d = labelDrawing({ product: '坐便器', standard: 'GB 25502-2024', figures: ['平均用水量', '全冲用水量', '半冲用水量'] });
  const words = d.texts.map((t) => t.text).join('|');
  it('marks the eight parts 《水效标识管理办法》 lists, in its order, each with a badge level with it', () => {
    expect(d.parts.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(d.parts.map((p) => p.name)).toEqual(['中文名称“中国水效标识”', '英文名称“China Water Efficiency Label”', '生产者名称或简称', '产品规格型号', '水效等级', '水效指标', '依据的水效强制性国家标准编号', '水效信息码（二维码）']);
    expect(d.callouts.map((c) => [c.n, c.y])).toEqual(d.parts.map((p) => [p.n, p.y]));
  });
  it('keeps badges apart and every badge and text inside the drawing', () => {
    for (const side of [d.callouts.filter((c) => c.n !== 8), d.callouts.filter((c) => c.n === 8)]) {
      const ys = side.map((c) => c.y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i += 1) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(24);
    }
    for (const c of d.callouts) expect(c.x - 11 >= 0 && c.x + 11 <= d.width && c.y - 11 >= 0 && c.y + 11 <= d.height).toBe(true);
    for (const t of d.texts) expect(t.y).toBeLessThan(d.frame.y + d.frame.height);
  });
  it('draws grade 1 to 3 top to bottom with one, two and three drops, and the product’s own figures as ×', () => {
    expect([1, 2, 3].map((g) => d.drops.filter((drop) => drop.grade === g).length)).toEqual([1, 2, 3]);
    const rowY = (g: number) => d.drops.find((drop) => drop.grade === g)!.y;
    expect(rowY(1)).toBeLessThan(rowY(2));
    expect(rowY(2)).toBeLessThan(rowY(3));
    expect(words).toContain('中国水效标识');
    expect(words).toContain('CHINA WATER EFFICIENCY LABEL');
    expect(words).toContain('依据国家标准：GB 25502-2024');
    expect(words).toContain('半冲用水量：×.× L');
    // No invented value: the only digits are the grade numbers, the standard and the example grade.
    expect(words.replace('GB 25502-2024', '').replace(/[123]级?/g, '')).not.toMatch(/\d/);
  });
});

describe('label guide view', () => {
  const view = labelsPageView(site);
  it('draws the toilet label with the current toilet standard from content', () => {
    const toilet = site.content['labelled-products'].find((p) => p.id === 'toilet')!;
    expect(view.drawing.texts.some((t) => t.text === `依据国家标准：${toilet.standard}`)).toBe(true);
  });
  it('cites the layout’s sources, each of them in the page’s source list', () => {
    expect(view.layoutSources.map((s) => s.id)).toEqual([...LABEL_LAYOUT_SOURCES]);
    const listed = new Set(view.sources.map((s) => s.id));
    for (const id of LABEL_LAYOUT_SOURCES) expect(listed.has(id)).toBe(true);
  });
  it('links the official query site only because a cited source names its address', () => {
    expect(view.querySite?.href).toBe(LABEL_QUERY_SITE.href);
    expect(view.querySite?.source.note).toContain(LABEL_QUERY_SITE.host);
    const unverified = labelsPageView({ ...site, content: { ...site.content, sources: site.content.sources.map((s) => (s.id === LABEL_QUERY_SITE.source ? { ...s, note: '介绍验明标识真伪的办法。' } : s)) } });
    expect(unverified.querySite).toBeNull();
  });
  it('words every product row, and never leaves a limit blank', () => {
    expect(view.products).toHaveLength(site.content['labelled-products'].length);
    expect(view.products.find((p) => p.id === 'toilet')!.standardDetail).toBe('《坐便器水效限定值及水效等级》，2025-05-01 实施，代替 GB 25502-2017');
    expect(view.catalogue[0]).toMatchObject({ batch: '第1批', name: '坐便器', href: '#product-toilet' });
  });
});
