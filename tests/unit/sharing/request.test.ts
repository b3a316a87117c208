import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddable, embedSnippet, indicatorRequest, requestIndex, requestLetter, requestRows, targetRequest } from '../../../src/domain/sharing/views';
import { addresseeOf, needsFigure, OVERALL_LEADERSHIP, REGULATION_SOURCE, responsibleFor, yearsWanted } from '../../../src/domain/sharing/request';
import { targetFigures } from '../../../src/domain/targets/latest';
import { realSite } from '../../helpers/site';
import { indexContent } from '../../../src/domain/plan/relations';
import { CONTENT_DIR } from '../../helpers/content-copy';

const site = realSite();
const target = (id: string) => site.index.targets.get(id)!;

describe('every target without the figure it needs has a request section naming at least one unit', () => {
  const withoutFigure = site.content.targets.filter((t) => {
    const status = site.statuses.get(t.id)!.status;
    return status === 'overdue-no-data' || status === 'not-measurable' || targetFigures(site, t).latest === null;
  });
  it('covers most of the plan today', () => {
    expect(withoutFigure.length).toBeGreaterThan(40);
  });
  it.each(withoutFigure.map((t) => [t.id]))('%s', (id) => {
    const section = targetRequest(site, id);
    expect(section).not.toBeNull();
    expect(section!.lead.length).toBeGreaterThan(0);
    expect(section!.lead.every((unit) => unit.name.length > 0 && unit.href === `/departments/${unit.id}/`)).toBe(true);
    expect(section!.figure.length).toBeGreaterThan(0);
    expect(section!.letters).toEqual([{ title: target(id).title, href: `/targets/${id}/request/` }]);
  });
  it('and a target with its figure has none', () => {
    const reached = site.content.targets.filter((t) => site.statuses.get(t.id)!.status === 'achieved');
    expect(reached.length).toBeGreaterThan(0);
    for (const t of reached) {
      expect(needsFigure(site, t)).toBe(false);
      expect(targetRequest(site, t.id)).toBeNull();
    }
  });
});

describe('who the annex makes responsible', () => {
  it('takes the annex rows that list the target, lead units first', () => {
    const r = responsibleFor(site, target('demo-hotels-2022'));
    expect(r.basis.kind).toBe('target');
    expect(r.lead.map((u) => u.shortName)).toEqual(site.index.rowsForTarget('demo-hotels-2022').flatMap((row) => row.lead).map((id) => site.index.departments.get(id)!.shortName));
    expect(r.participants.some((p) => r.lead.some((l) => l.id === p.id))).toBe(false);
  });
  it('falls back to the rows of the part the target belongs to', () => {
    // Today every target below the goals has a row of its own; an annex row that forgets its target must still lead somewhere.
    const responsibilities = site.content.responsibilities.map((row) => ({ ...row, targets: row.targets.filter((id) => id !== 'demo-hotels-2022') }));
    const content = { ...site.content, responsibilities };
    const trimmed = { ...site, content, index: indexContent(content) };
    const r = responsibleFor(trimmed, target('demo-hotels-2022'));
    expect(r.basis.kind).toBe('parent');
    expect(r.basis.text).toBe('附件没有单列这项目标；以下是附件中“开展节水标杆示范”的全部分工');
    expect(r.basis.rows.map((row) => row.id)).toEqual(trimmed.index.rowsOf(target('demo-hotels-2022').parent).map((row) => row.id));
  });
  it('for the overall goals (no rows of their own), names the annex’s organisation of the whole action', () => {
    const r = responsibleFor(site, target('total-water-use-2022'));
    expect(r.basis.kind).toBe('overall');
    expect(r.basis.rows.map((row) => row.id)).toEqual(site.index.rowsOf(OVERALL_LEADERSHIP).map((row) => row.id));
    expect(r.basis.text).toBe('方案的总体目标在附件中没有单列分工；以下是附件中统筹整个节水行动的“加强组织领导”的分工');
    expect(r.lead[0].name).toBe('绍兴市水利局');
  });
  it('addresses a printed request to one body, never to a collective', () => {
    const lead = responsibleFor(site, target('total-water-use-2022')).lead;
    expect(addresseeOf(site, lead)?.id).toBe('water');
    expect(addresseeOf(site, lead.filter((u) => u.id !== 'water'))).toBeNull();
  });
});

describe('what a request asks for', () => {
  it('the baseline year and the deadline', () => {
    expect(yearsWanted(target('gdp-water-intensity-2022'))).toBe('2015年（基准年）和2022年');
    expect(yearsWanted(target('demo-hotels-2022'))).toBe('2022年');
    expect(yearsWanted({ baseline: null, deadline: 2025, recurring: 'per-year' })).toBe('每年（至2025年）');
  });
  it('the figure the indicator needs, the places and the plan’s own words', () => {
    const letter = requestLetter(site, 'county-leakage-2022', 'https://jieshui.example.gov.cn')!;
    expect(letter.section.figure).toBe(site.content.indicators.find((i) => i.id === 'public-supply-leakage-rate')!.dataNeeded);
    expect(letter.section.scope).toBe('诸暨市、新昌县');
    expect(letter.wording).toBe(target('county-leakage-2022').wording);
    expect(letter.where).toMatch(/^《绍兴市节水行动实施方案（征求意见稿）》“/);
    expect(letter.pageUrl).toBe('https://jieshui.example.gov.cn/targets/county-leakage-2022/');
    expect(letter.addressee).not.toBeNull();
  });
  it('describes the progress of a target whose indicator names no figure (the 2035 vision)', () => {
    expect(targetRequest(site, 'vision-2035')!.figure).toBe('方案目标“到2035年全市水资源节约循环利用达到国内先进水平”落实情况的政府信息');
  });
  it('cites the 2019 regulation from its source entry', () => {
    const source = site.content.sources.find((s) => s.id === REGULATION_SOURCE)!;
    expect(source).toMatchObject({ publisher: '国务院', title: '中华人民共和国政府信息公开条例', date: '2019-04-03', url: 'https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm', kind: 'policy', status: 'final', accessed: null });
    expect(targetRequest(site, 'demo-hotels-2022')!.law).toEqual({ title: '《中华人民共和国政府信息公开条例》', href: `/about/#source-${REGULATION_SOURCE}` });
  });
});

describe('indicatorRequest', () => {
  it('joins the units of every target of the indicator that lacks its figure, with one letter each', () => {
    const section = indicatorRequest(site, 'water-use-per-10k-gdp')!;
    expect(section.letters.map((l) => l.href)).toEqual(['/targets/gdp-water-intensity-2022/request/', '/targets/gdp-water-intensity-2025/request/']);
    expect(new Set(section.lead.map((u) => u.id)).size).toBe(section.lead.length);
    expect(section.years).toBe('2015年（基准年）和2022年；2015年（基准年）和2025年');
  });
  it('is null for an indicator whose targets have their figures, and for context indicators', () => {
    expect(indicatorRequest(site, 'water-saving-society-counties')).toBeNull();
    expect(indicatorRequest(site, 'water-use-industry')).toBeNull();
  });
});

describe('requestIndex', () => {
  it('lists every target without its figure exactly once, under the unit to ask, the busiest unit first', () => {
    const groups = requestIndex(site);
    const ids = groups.flatMap((g) => g.rows.map((r) => r.id));
    expect(ids.sort()).toEqual(requestRows(site).map((r) => r.id).sort());
    expect(groups.map((g) => g.rows.length)).toEqual([...groups.map((g) => g.rows.length)].sort((a, b) => b - a));
    for (const g of groups) for (const row of g.rows) expect(addresseeOf(site, row.lead)?.id ?? null).toBe(g.unit?.id ?? null);
  });
});

describe('the regulation as the pages state it', () => {
  const page = readFileSync(join(CONTENT_DIR, 'pages', 'request.mdx'), 'utf8');
  const letter = readFileSync(join(CONTENT_DIR, 'pages', 'request-letter.mdx'), 'utf8');
  it('/request/ cites every article it relies on', () => {
    for (const article of ['第二十七条', '第二十九条', '第三十条', '第三十一条', '第三十三条', '第四十二条', '第五十一条']) expect(page).toContain(article);
  });
  it('the letter and /request/ give the same time limits', () => {
    for (const limit of ['7个工作日', '20个工作日']) {
      expect(page).toContain(limit);
      expect(letter).toContain(limit);
    }
    expect(letter).toContain('第三十三条');
    expect(letter).toContain('第三十条');
  });
  it('gives no address, telephone number or link to a submission platform', () => {
    expect(page + letter).not.toMatch(/https?:\/\/|电话[:：]\s*\d|\d{3,4}-\d{7,8}/);
  });
});

describe('embedding', () => {
  it('offers every indicator with a chart (a published number, with or without a year), and only those', () => {
    const ids = embeddable(site).map((e) => e.id);
    const charted = site.content.indicators.filter((i) => site.content.observations.some((o) => o.indicator === i.id && o.value !== null)).map((i) => i.id);
    expect(ids).toEqual(charted);
    expect(ids).toContain('public-supply-leakage-rate');
    expect(ids).toContain('total-water-use');
  });
  it('gives iframe code with the public address and a title', () => {
    const snippet = embedSnippet(site, 'total-water-use', 'https://jieshui.example.gov.cn')!;
    expect(snippet.url).toBe('https://jieshui.example.gov.cn/embed/total-water-use/');
    expect(snippet.code).toBe('<iframe src="https://jieshui.example.gov.cn/embed/total-water-use/" title="用水总量：已公开的数字与目标（绍兴节水）" width="100%" height="720" loading="lazy"></iframe>');
    expect(embedSnippet(site, 'demo-hotels-count', 'https://x.example')).toBeNull();
  });
});
