import { describe, expect, it } from 'vitest';
import { countyRef, countyRefs, isCountyScoped, linkCountyIn, linkCountyNames, linkFigurePlace } from '../../../src/domain/counties/links';
import { realSite } from '../../helpers/site';

const { content } = realSite();
const zhuji = { id: 'zhuji', name: '诸暨市', href: '/counties/zhuji/' };
const keqiao = { id: 'keqiao', name: '柯桥区', href: '/counties/keqiao/' };

describe('county links', () => {
  it('name a county from data and link its page', () => {
    expect(countyRef(content, 'zhuji')).toEqual(zhuji);
    expect(countyRefs(content, ['shaoxing']).map((c) => c.href)).toEqual(['/counties/shaoxing/']);
  });
  it('tell a county’s target or figure from a city-wide one', () => {
    expect(isCountyScoped(['shaoxing'])).toBe(false);
    expect(isCountyScoped('keqiao')).toBe(true);
    expect(isCountyScoped(['zhuji', 'xinchang'])).toBe(true);
  });
  it('link the first mention of each county-level division in a text, never the city, never a short form', () => {
    const parts = linkCountyNames(content, '诸暨市和新昌县的漏损率；诸暨市再提一次；绍兴市；上虞经济开发区。');
    expect(parts).toEqual(['', zhuji, '和', { id: 'xinchang', name: '新昌县', href: '/counties/xinchang/' }, '的漏损率；诸暨市再提一次；绍兴市；上虞经济开发区。'].filter((p) => p !== ''));
  });
  it('link a county once per clause when its paragraphs share the record of what is linked', () => {
    const linked = new Set<string>();
    linkCountyNames(content, '诸暨市', linked);
    expect(linkCountyNames(content, '诸暨市又一次', linked)).toEqual(['诸暨市又一次']);
  });
  it('link the place a latest-figure line names, and leave a line without one alone', () => {
    expect(linkFigurePlace(content, '最新 18%（2024年，柯桥区）· 目标 ≥18%（2022年）', '柯桥区')).toEqual(['最新 18%（2024年，', keqiao, '）· 目标 ≥18%（2022年）']);
    expect(linkFigurePlace(content, '暂无公开数据 · 目标 ≤20亿m³（2022年）', null)).toEqual(['暂无公开数据 · 目标 ≤20亿m³（2022年）']);
    expect(linkCountyIn('没有地名', keqiao)).toEqual(['没有地名']);
  });
});
