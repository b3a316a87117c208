import { describe, expect, it } from 'vitest';
import { formatObservedCompact, formatObservedValue } from '../../../src/domain/targets/observed';

const figure = (value: number | null, bound: 'exact' | 'below' | 'above' | 'at-least' | 'about', unit = '%', finding: string | null = null) => ({ value, bound, unit, finding });

describe('a published figure in words', () => {
  it('keeps bounds as bounds', () => {
    expect(formatObservedValue(figure(18.5619, 'exact', '亿m³'))).toBe('18.5619亿m³');
    expect(formatObservedValue(figure(5, 'below'))).toBe('低于5%');
    expect(formatObservedValue(figure(5000, 'above', '万m³/年'))).toBe('超过5000万m³/年');
    expect(formatObservedValue(figure(3, 'at-least', '个'))).toBe('至少3个');
    expect(formatObservedValue(figure(13, 'about', '亿t'))).toBe('约13亿t');
  });
  it('gives a finding in words where there is no number, and a dash where there is neither', () => {
    expect(formatObservedValue(figure(null, 'exact', '', '率先实现全覆盖'))).toBe('率先实现全覆盖');
    expect(formatObservedValue(figure(null, 'exact', ''))).toBe('—');
  });
});

describe('a published figure in compact form', () => {
  it('writes the bound as a symbol and nothing for a figure without a number', () => {
    expect(formatObservedCompact(figure(5, 'below'))).toBe('<5');
    expect(formatObservedCompact(figure(5000, 'above'))).toBe('>5000');
    expect(formatObservedCompact(figure(3, 'at-least'))).toBe('≥3');
    expect(formatObservedCompact(figure(13, 'about'))).toBe('≈13');
    expect(formatObservedCompact(figure(18.3553, 'exact'))).toBe('18.3553');
    expect(formatObservedCompact(figure(null, 'exact'))).toBe('');
  });
});
