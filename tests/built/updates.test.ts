import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtPages, DIST, fileForPath } from '../helpers/dist';
import { realSite } from '../helpers/site';
import { updateList } from '../../src/domain/updates/views';
import { STATUS_STYLE, STATUSES } from '../../src/domain/targets/status';
import astroConfig from '../../astro.config.mjs';

/** The updates list, each update's page and the RSS feed, read from dist/. */
const site = realSite();
const SITE = String(astroConfig.site).replace(/\/$/, '');
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');

describe('the RSS feed', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });
  const channel = new XMLParser().parse(xml).rss.channel;
  const items = [channel.item].flat();
  it('is in Chinese and names the site', () => {
    expect(channel.language).toBe('zh-cn');
    expect(channel.title).toBe('绍兴节水：网站更新');
    expect(channel.link).toMatch(new RegExp(`^${SITE}/?$`));
  });
  it('lists every update, newest first', () => {
    expect(items).toHaveLength(site.content.updates.length);
    expect(items.map((i: { link: string }) => i.link)).toEqual(updateList(site).map((u) => `${SITE}${u.href}`));
    const dates = items.map((i: { pubDate: string }) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
  it('links every item to a page that exists', () => {
    for (const item of items) {
      expect(item.link.startsWith(`${SITE}/`)).toBe(true);
      expect(fileForPath(new URL(item.link).pathname), item.link).toBeTruthy();
    }
  });
});

describe('/updates/', () => {
  it('lists every update, newest first, each linking to its page', () => {
    const links = page('/updates/').doc.querySelectorAll('.update-list h2 a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(updateList(site).map((u) => u.href));
  });
  it('offers the feed', () => {
    expect(page('/updates/').doc.querySelector('main a[href="/rss.xml"]')).not.toBeNull();
  });
  it('is linked, with the feed, from every page’s footer', () => {
    for (const p of pages.filter((p) => !p.url.startsWith('/embed/') || p.url === '/embed/')) {
      const footer = p.doc.querySelector('.site-footer');
      expect(footer?.querySelector('a[href="/updates/"]'), p.url).not.toBeNull();
      expect(footer?.querySelector('a[href="/rss.xml"]'), p.url).not.toBeNull();
    }
  });
});

describe.each(updateList(site).map((u) => [u.id, u]))('/updates/%s/', (_id, update) => {
  it('shows the update’s date, title, prose and what it touched', () => {
    const doc = page(update.href).doc;
    expect(doc.querySelector('h1')?.text).toBe(update.title);
    expect(doc.querySelector('main time')?.getAttribute('datetime')).toBe(update.date);
    expect(doc.querySelector('.update-body')?.text.trim().length).toBeGreaterThan(20);
    const listed = doc.querySelectorAll('.change-group li > a:first-child').map((a) => a.getAttribute('href'));
    expect(listed).toEqual(update.groups.flatMap((g) => g.links.map((l) => l.href)));
    // The place a figure covers, or the counties a target names, links the county's page.
    const places = doc.querySelectorAll('.change-group li a[href^="/counties/"]').map((a) => a.getAttribute('href'));
    expect(places).toEqual(update.groups.flatMap((g) => g.links.flatMap((l) => l.places.map((p) => p.href))));
  });
});

describe('the prose pages rendered from MDX', () => {
  it('list every status on /methods/ from the status vocabulary, in its order', () => {
    const doc = page('/methods/').doc;
    const terms = doc.querySelectorAll('#statuses + dl dt').map((dt) => dt.text.trim());
    expect(terms).toEqual(STATUSES.map((s) => `${STATUS_STYLE[s].symbol}${STATUS_STYLE[s].label}`));
    expect(doc.querySelectorAll('#statuses + dl dd').every((dd) => dd.text.trim().length > 10)).toBe(true);
  });
  it('state the data’s "as of" date from the latest update', () => {
    expect(page('/methods/').doc.querySelector('.lead')?.text).toContain(`数据核对截至 ${site.asOf}`);
    expect(page('/data/').doc.querySelector('.lead')?.text).toContain(`最近一次数据核对：${site.asOf}`);
  });
  it.each(['/about/', '/methods/', '/accessibility/', '/data/', '/learn/teachers/', '/request/'])('%s says when its wording last changed', (url) => {
    const updated = page(url).doc.querySelector('.page-updated time')?.getAttribute('datetime');
    expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Wording changes with the site: not later than the latest update, whether or not it reviewed the data.
    expect(updated! <= site.content.updates.map((u) => u.date).sort().at(-1)!).toBe(true);
  });
  it('keep the anchors other pages link to', () => {
    const ids = (url: string) => new Set(page(url).doc.querySelectorAll('[id]').map((el) => el.id));
    for (const id of ['draft', 'sources', 'how', 'accessibility', ...site.content.sources.map((s) => `source-${s.id}`)]) expect(ids('/about/').has(id), id).toBe(true);
    for (const id of ['standards', 'care-mode', 'read-aloud', 'zoom', 'keyboard', 'tested', 'limits', 'feedback']) expect(ids('/accessibility/').has(id), id).toBe(true);
    for (const id of ['statuses', 'rules', 'data-rules']) expect(ids('/methods/').has(id), id).toBe(true);
    for (const id of ['use', 'plan-map', 'bases', 'sources-policy']) expect(ids('/learn/teachers/').has(id), id).toBe(true);
  });
});
