import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/content/load';
import { expandQuery, synonymMap } from '../../../src/domain/search/synonyms';
import { CONTENT_DIR } from '../../helpers/content-copy';

const { content } = readContent(CONTENT_DIR);
const map = synonymMap(content);

describe('search synonyms come from the content', () => {
  it('maps a word the site never uses to the plan’s term', () => {
    expect(map['中水']).toBe('再生水利用量');
    expect(map['跑冒滴漏']).toBe('公共供水管网漏损率');
  });
  it('leaves alone words the text already contains', () => {
    expect(map['阶梯水价']).toBeUndefined();
    expect(map['厕所革命']).toBeUndefined();
  });
  it('expands only a whole query, so longer queries keep their meaning', () => {
    expect(expandQuery(' 中水 ', map)).toBe('再生水利用量');
    expect(expandQuery('中水回用 柯桥', map)).toBe('中水回用 柯桥');
  });
});
