import { describe, expect, it } from 'vitest';
import { cityWideEvidence, countyRelation, countyVerdict } from '../../../src/domain/counties/status';
import { realSite } from '../../helpers/site';

const site = realSite();
const { content } = site;
const target = (id: string) => content.targets.find((t) => t.id === id)!;
const divisions = content.counties.filter((c) => c.id !== 'shaoxing').map((c) => c.id);

describe('countyRelation', () => {
  it('tells a target that names some divisions from one that covers them all, and leaves city-wide targets out', () => {
    expect(countyRelation(target('county-leakage-2022'), 'zhuji', divisions)).toBe('named');
    expect(countyRelation(target('county-leakage-2022'), 'keqiao', divisions)).toBeNull();
    expect(countyRelation(target('county-water-saving-city-2022'), 'keqiao', divisions)).toBe('every-county');
    expect(countyRelation(target('total-water-use-2022'), 'keqiao', divisions)).toBeNull();
    expect(countyRelation(target('county-water-saving-city-2022'), 'shaoxing', divisions)).toBeNull();
  });
});

describe('countyVerdict: a division’s own status, from evidence about it alone', () => {
  it('a sourced directory entry recognising the division reaches an "every county a 节水型城市" target', () => {
    const shengzhou = countyVerdict(site, target('county-water-saving-city-2022'), 'shengzhou');
    expect(shengzhou).toMatchObject({ status: 'achieved', onTime: true });
    expect(shengzhou.sites.map((s) => s.id)).toEqual(['shengzhou-water-saving-city']);
    expect(shengzhou.reason).toContain('2020年');
  });
  it('an entry without a year counts as recognised no later than its source, and says so', () => {
    const zhuji = countyVerdict(site, target('county-water-saving-city-2022'), 'zhuji');
    expect(zhuji).toMatchObject({ status: 'achieved', onTime: true });
    expect(zhuji.reason).toContain('不晚于2017年');
  });
  it('the city-wide claim of 全覆盖 never becomes a division’s verdict', () => {
    for (const id of ['yuecheng', 'keqiao', 'shangyu']) {
      const verdict = countyVerdict(site, target('county-water-saving-city-2022'), id);
      expect(verdict.status, id).toBe('overdue-no-data');
      expect(verdict.sites).toEqual([]);
      expect(verdict.reason).toBe('期限（2022年）已过，本站尚未查到认定或达标的公开文件，也没有只针对本地的公开数字。');
    }
    expect(site.statuses.get('county-water-saving-city-2022')!.status).toBe('achieved');
  });
  it('the city leakage rate is not 诸暨’s or 新昌’s', () => {
    for (const id of ['zhuji', 'xinchang']) {
      expect(countyVerdict(site, target('county-leakage-2022'), id)).toMatchObject({ status: 'overdue-no-data', evidence: [] });
    }
  });
  it('applies the target’s own rule to a figure for the division', () => {
    const figure = { ...content.observations.find((o) => o.id === 'leakage-rate-city-2025')!, id: 'test-zhuji-2022', scope: 'zhuji', year: 2022, value: 9.2, bound: 'exact' as const };
    const withFigure = { ...site, evidence: [...site.evidence, figure] };
    expect(countyVerdict(withFigure, target('county-leakage-2022'), 'zhuji')).toMatchObject({ status: 'achieved', onTime: true });
    expect(countyVerdict(withFigure, target('county-leakage-2022'), 'xinchang').status).toBe('overdue-no-data');
    const over = { ...figure, value: 11.5 };
    expect(countyVerdict({ ...site, evidence: [...site.evidence, over] }, target('county-leakage-2022'), 'zhuji').status).toBe('missed');
  });
});

describe('cityWideEvidence', () => {
  it('is what is known for the whole city: the 2025 claim, the city leakage figure; never the directory counts', () => {
    expect(cityWideEvidence(site, target('county-water-saving-city-2022')).map((o) => o.id)).toEqual(['water-saving-city-coverage-2025']);
    expect(cityWideEvidence(site, target('county-leakage-2022')).map((o) => o.id)).toEqual(['leakage-rate-city-2025']);
    expect(cityWideEvidence(site, target('demo-hotels-2022')).every((o) => !o.via)).toBe(true);
  });
});
