import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { readContent } from '../../src/content/load';
import { CONTENT_DIR } from '../helpers/content-copy';

const pages = builtPages();
const { content } = readContent(CONTENT_DIR);

describe('every chart is a readable figure', () => {
  const figures = pages.flatMap((page) => page.doc.querySelectorAll('figure.chart-figure').map((figure) => ({ url: page.url, figure })));
  it('there are charts on the progress pages', () => {
    expect(figures.length).toBeGreaterThan(3);
  });
  it.each(figures.map((f, i) => [`${f.url} #${i}`, f.figure]))('%s has a caption, a source, its data as a table, and a labelled SVG', (_name, figure) => {
    expect(figure.querySelector('figcaption')?.text.trim()).not.toBe('');
    expect(figure.querySelector('.source-line')?.text).toMatch(/^来源：.+/);
    expect(figure.querySelector('details table')).not.toBeNull();
    // The chart itself (legend swatches are aria-hidden): a labelled image, or for the map a labelled group of links.
    const svgs = figure.querySelectorAll('svg').filter((svg) => svg.getAttribute('aria-hidden') !== 'true');
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(['img', 'group']).toContain(svg.getAttribute('role'));
      const labelledBy = svg.getAttribute('aria-labelledby');
      const name = labelledBy ? svg.querySelector(`[id="${labelledBy}"]`)?.text : svg.getAttribute('aria-label');
      expect(name?.length).toBeGreaterThan(4);
    }
  });
});

describe('every target has a page with its status and the rule behind it', () => {
  it.each(content.targets.map((t) => [t.id]))('%s', (id) => {
    const page = pages.find((p) => p.url === `/targets/${id}/`);
    expect(page, `no page for target ${id}`).toBeDefined();
    expect(page!.doc.querySelector('.status-badge')?.text.trim()).not.toBe('');
    const rule = page!.doc.querySelector('.rule-box');
    expect(rule?.text).toContain('规则：');
    expect(rule?.text).toContain('结论：');
    expect(page!.doc.querySelector('blockquote.wording')?.text).toContain(content.targets.find((t) => t.id === id)!.wording.slice(0, 8));
  });
  it('the dashboard lists every target once, with a status', () => {
    const dashboard = pages.find((p) => p.url === '/targets/')!;
    expect(dashboard.doc.querySelectorAll('tr[id^="target-"]')).toHaveLength(content.targets.length);
    expect(dashboard.doc.querySelectorAll('tr[id^="target-"] .status-badge')).toHaveLength(content.targets.length);
  });
  it('the plain-link filters narrow the list', () => {
    const filtered = pages.find((p) => p.url === '/targets/deadline/2025/')!;
    expect(filtered.doc.querySelectorAll('tr[id^="target-"]')).toHaveLength(content.targets.filter((t) => t.deadline === 2025).length);
  });
  it('no bound is shown as an exact number: the city leakage rate reads "低于5%"', () => {
    const page = pages.find((p) => p.url === '/indicators/public-supply-leakage-rate/')!;
    expect(page.doc.text).toContain('低于5%');
  });
});
