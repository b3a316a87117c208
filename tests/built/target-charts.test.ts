import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { CONTENT_DIR } from '../helpers/content-copy';
import { loadContent } from '../../src/content/load';
import { buildSiteModel } from '../../src/domain/site-model';
import { indicatorChartView } from '../../src/domain/targets/chart-views/indicator';

// Every target page whose indicator has at least one published number shows its chart, with the
// embed code and the downloads; a page without any number says so once, in the chart's place,
// naming the figure that would settle it.
const site = buildSiteModel(loadContent(CONTENT_DIR));
const pages = new Map(builtPages().map((page) => [page.url, page]));
const targets = site.content.targets.filter((t) => t.kind !== 'vision');

describe.each(targets.map((t) => [t.id, t] as const))('/targets/%s/', (id, target) => {
  const doc = pages.get(`/targets/${id}/`)!.doc;
  const view = indicatorChartView(site, target.indicator);
  const data = doc.querySelector('#data')!;
  if (view) {
    it('draws the indicator’s chart in the data section, with its four layouts, embed code and downloads', () => {
      const figure = doc.querySelector(`figure#${view.id}`)!;
      expect(figure).not.toBeNull();
      expect(figure.querySelectorAll('.chart-v svg.chart-line')).toHaveLength(4);
      expect(doc.querySelector('details.embed-snippet textarea')?.text).toContain(`/embed/${target.indicator}/`);
      expect(figure.querySelectorAll('.chart-downloads a')).toHaveLength(2);
      expect(doc.querySelector('.chart-missing')).toBeNull();
      // The data section comes before the chart.
      expect(doc.innerHTML.indexOf('id="data"')).toBeLessThan(doc.innerHTML.indexOf(`id="${view.id}"`));
    });
    it('draws every bound as a bound: an open marker with an arrow and a label that says 低于/超过/至少/约', () => {
      const bounds = view.series.flatMap((s) => s.points).filter((p) => p.bound !== 'exact');
      const svg = doc.querySelector('.chart-v-wide svg.chart-line')!;
      expect(svg.querySelectorAll('.marker-bound')).toHaveLength(bounds.length);
      expect(svg.querySelectorAll('.bound-arrow')).toHaveLength(bounds.filter((p) => p.bound !== 'about').length);
      for (const point of bounds) expect(svg.querySelectorAll('text.point-label').map((t) => t.text)).toContain(point.label);
    });
    if (view.scopeNote) {
      it('says that the figures cover another place than the target', () => {
        expect(doc.querySelector('.scope-note')?.text).toContain('范围不同');
      });
    }
  } else {
    it('says once, in the chart’s place, that there is no figure and which figure would settle it', () => {
      expect(doc.querySelectorAll('figure.chart-figure svg.chart-line')).toHaveLength(0);
      expect(doc.querySelectorAll('.chart-missing')).toHaveLength(1);
      const indicator = site.content.indicators.find((i) => i.id === target.indicator)!;
      if (indicator.dataNeeded) {
        expect(doc.querySelector('.chart-missing')!.text).toContain(indicator.dataNeeded);
        // Stated once outside the request section (which asks for the same figure, naming who holds it).
        const request = doc.querySelector('main .request-section')?.text ?? '';
        const outside = doc.querySelector('main')!.text.replace(request, '');
        expect(outside.split(indicator.dataNeeded).length - 1).toBe(1);
      }
    });
  }
  it('has a data section', () => {
    expect(data).not.toBeNull();
  });
});
