import { describe, expect, it } from 'vitest';
import { canonicalUrl, shareImageFor, shareTags } from '../../../src/domain/sharing/meta';

describe('shareImageFor', () => {
  it('gives target and indicator pages their own image and every other page the site’s', () => {
    expect(shareImageFor('/targets/total-water-use-2022/')).toBe('/og/targets/total-water-use-2022.png');
    expect(shareImageFor('/indicators/total-water-use/')).toBe('/og/indicators/total-water-use.png');
    expect(shareImageFor('/targets/')).toBe('/og/site.png');
    expect(shareImageFor('/targets/deadline/2022/')).toBe('/og/site.png');
    expect(shareImageFor('/targets/total-water-use-2022/request/')).toBe('/og/site.png');
    expect(shareImageFor('/')).toBe('/og/site.png');
  });
});

describe('shareTags', () => {
  const { canonical, tags } = shareTags({ title: '全市用水总量控制在20亿立方米以内', description: '状态、判断规则和来源。', siteName: '绍兴节水', pathname: '/targets/total-water-use-2022/', site: 'https://jieshui.example.gov.cn' });
  const value = (key: string) => tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;
  it('takes the canonical address from the configured site, never the build host', () => {
    expect(canonical).toBe('https://jieshui.example.gov.cn/targets/total-water-use-2022/');
    expect(value('og:url')).toBe(canonical);
    expect(canonicalUrl('/', new URL('https://a.example/'))).toBe('https://a.example/');
  });
  it('carries the Open Graph and Twitter card fields chat apps read, in Chinese', () => {
    expect(value('og:locale')).toBe('zh_CN');
    expect(value('og:title')).toBe('全市用水总量控制在20亿立方米以内');
    expect(value('og:description')).toBe('状态、判断规则和来源。');
    expect(value('og:site_name')).toBe('绍兴节水');
    expect(value('og:image')).toBe('https://jieshui.example.gov.cn/og/targets/total-water-use-2022.png');
    expect([value('og:image:width'), value('og:image:height')]).toEqual(['1200', '630']);
    expect(value('twitter:card')).toBe('summary_large_image');
    expect(value('twitter:image')).toBe(value('og:image'));
  });
  it('names no address of its own on the not-found page', () => {
    const notFound = shareTags({ title: 't', description: 'd', siteName: 's', pathname: '/404/', site: 'https://x.example' });
    expect(notFound.canonical).toBeNull();
    expect(notFound.tags.some((t) => 'property' in t && t.property === 'og:url')).toBe(false);
  });
  it('uses an image a page asks for', () => {
    const own = shareTags({ title: 't', description: 'd', siteName: 's', pathname: '/embed/total-water-use/', site: 'https://x.example', image: '/og/indicators/total-water-use.png' });
    expect(own.tags.find((t) => 'property' in t && t.property === 'og:image')?.content).toBe('https://x.example/og/indicators/total-water-use.png');
  });
});
