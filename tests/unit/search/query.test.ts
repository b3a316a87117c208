import { describe, expect, it } from 'vitest';
import { chineseSplitter, normaliseQuery, specificWords, stripQuestion } from '../../../src/domain/search/query';

const split = chineseSplitter();

describe('question words are dropped from what a visitor types', () => {
  it('keeps the subject of a question', () => {
    expect(stripQuestion('洗澡怎么省水', split)).toEqual(['洗澡', '省水']);
    expect(stripQuestion('绍兴用水总量是多少？', split)).toEqual(['绍兴用水总量']);
    expect(stripQuestion('请问哪里有节水教育基地', split)).toEqual(['节水教育基地']);
    expect(stripQuestion('马桶漏水怎么办', split)).toEqual(['马桶漏水']);
  });
  it('drops a particle only where it is a word of its own (了 in 了解 and 的 in 目的 stay)', () => {
    expect(stripQuestion('了解节水型城市', split)).toEqual(['了解节水型城市']);
    expect(stripQuestion('方案的目的', split)).toEqual(['方案', '目的']);
    expect(stripQuestion('诸暨的目标', split)).toEqual(['诸暨', '目标']);
  });
  it('treats punctuation, full-width letters and spaces as separators', () => {
    expect(stripQuestion('  漏损率，牵头单位！ ', split)).toEqual(['漏损率', '牵头单位']);
    expect(normaliseQuery('ＰＭ２.５　水')).toBe('PM2.5 水');
  });
  it('searches a query made only of question words as typed', () => {
    expect(stripQuestion('为什么', split)).toEqual(['为什么']);
    expect(stripQuestion('？', split)).toEqual([]);
  });
  it('without a word splitter, removes only longer question words and a particle at the end', () => {
    expect(stripQuestion('洗澡怎么省水', null)).toEqual(['洗澡', '省水']);
    expect(stripQuestion('再生水是什么呢', null)).toEqual(['再生水是']);
    expect(stripQuestion('了解节水', null)).toEqual(['了解节水']);
  });
});

describe('the smaller words of a query, for the search with fewer words', () => {
  it('joins a single character to the piece after it and keeps the whole word too', () => {
    expect(specificWords(['坐便器买几级水效'], split)).toEqual(['坐便器买几级水效', '坐便器', '买几级', '水效']);
  });
  it('keeps words that are not Chinese and leaves question words out', () => {
    expect(specificWords(['2025', 'PM2.5'], split)).toEqual(['2025', 'PM2.5']);
    expect(specificWords(['怎么'], split)).toEqual([]);
  });
});
