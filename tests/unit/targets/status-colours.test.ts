import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_STYLE, STATUSES } from '../../../src/domain/targets/status';

// One source of truth for the status colours: STATUS_STYLE. The stylesheets repeat them as
// classes (no inline styles under the content security policy); this keeps the three equal
// and every colour readable as text.
const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const globalCss = read('src/styles/global.css');
const chartCss = read('src/charts/shared/charts.css');
const careCss = read('src/components/care/care.css');

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a rule gives a class in a stylesheet (the first rule that sets it outside care mode). */
const colourOf = (css: string, pattern: RegExp) => pattern.exec(css)?.[1]?.toLowerCase();

describe('status colours', () => {
  it.each(STATUSES)('%s: the badge class in global.css has the colour of STATUS_STYLE', (status) => {
    expect(colourOf(globalCss, new RegExp(`(?<![\\w.-])\\.status-${status} \\{ color: (#[0-9a-fA-F]{6}); \\}`))).toBe(STATUS_STYLE[status].colour.toLowerCase());
  });
  it.each(STATUSES)('%s: the chart mark class in charts.css has the colour of STATUS_STYLE', (status) => {
    expect(colourOf(chartCss, new RegExp(`\\.chart \\.mark-${status} \\{ --status: (#[0-9a-fA-F]{6}); \\}`))).toBe(STATUS_STYLE[status].colour.toLowerCase());
  });
  it.each(STATUSES)('%s: the colour reads as text, at least 4.5:1 on white and on the wash', (status) => {
    expect(contrast(STATUS_STYLE[status].colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(STATUS_STYLE[status].colour, '#f2f6f8')).toBeGreaterThanOrEqual(4.5);
  });
  it.each(STATUSES)('%s: 关怀模式 darkens it to at least 7:1', (status) => {
    const care = colourOf(careCss, new RegExp(`html\\.care \\.status-${status} \\{ color: (#[0-9a-fA-F]{6}); \\}`));
    expect(care).toBeDefined();
    expect(contrast(care!, '#ffffff')).toBeGreaterThanOrEqual(7);
  });
  it('has no other status colour rule in global.css', () => {
    expect(globalCss.match(/\.status-(?:achieved|on-track|behind|missed|overdue-no-data|not-measurable) \{ color/g)).toHaveLength(STATUSES.length);
  });
});
