import { describe, expect, it } from 'vitest';
import { mainSections, searchPageView } from '../../../src/domain/search/views';
import { alikeWords, queryVariants } from '../../../src/domain/search/everyday';
import { PAGEFIND_BUNDLE, SEARCH_EXTRA_ID, SEARCH_RANKING } from '../../../src/domain/search/settings';
import { routes } from '../../../src/routes';
import { realSite } from '../../helpers/site';

describe('the search page view', () => {
  const view = searchPageView(realSite());
  it('gives the island everything it needs as data', () => {
    expect(view.config).toMatchObject({ ranking: SEARCH_RANKING, extraId: SEARCH_EXTRA_ID, bundle: PAGEFIND_BUNDLE });
    expect(view.config.synonyms['中水']).toBe('再生水利用量');
    expect(view.config.firstPage).toBeLessThanOrEqual(view.config.pageSize);
    expect(JSON.parse(JSON.stringify(view.config))).toEqual(view.config);
  });
  it('offers the main sections, every address from the route table', () => {
    const hrefs = mainSections().map((s) => s.href);
    expect(hrefs).toEqual(expect.arrayContaining([routes.plan(), routes.targets(), routes.tips(), routes.counties(), routes.learn(), routes.data()]));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(view.sections.every((s) => s.label.trim().length > 0)).toBe(true);
  });
});

describe('everyday words', () => {
  it('name the other words of their group, the word itself first', () => {
    expect(alikeWords('淋浴')).toEqual(['淋浴', '洗澡']);
    expect(alikeWords('漏损率')).toEqual(['漏损率']);
  });
  it('give one query per replacement, inside longer words too, and never replace part of a longer listed word', () => {
    expect(queryVariants(['马桶漏水']).map((v) => v.words.join(' '))).toEqual(['马桶漏水', '坐便器漏水', '马桶漏损']);
    expect(queryVariants(['淋浴器']).map((v) => v.words.join(' '))).toEqual(['淋浴器', '花洒']);
    expect(queryVariants(['洗澡', '家里'], 3)).toHaveLength(3);
  });
});
