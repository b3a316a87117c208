/**
 * One search result as HTML, built with DOM methods from its view (src/domain/search/excerpt.ts):
 * text goes in as text nodes, never as HTML, so any page text is shown as it is.
 */
import type { ResultView, Segment } from '../../domain/search/excerpt';

/** A result: its title as a level-2 heading with the link, its kind, its excerpt and its sections. */
export function renderResult(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('h2', 'search-result-title');
  title.append(link(view.url, view.title));
  item.append(title);
  if (view.tags.length) item.append(text(element('p', 'search-result-tags'), view.tags.join(' · ')));
  if (view.excerpt.length) item.append(marked(element('p', 'search-result-excerpt'), view.excerpt));
  if (view.sections.length) {
    const list = element('ul', 'search-result-sections');
    for (const section of view.sections) {
      const li = element('li');
      li.append(link(section.url, section.title));
      if (section.excerpt.length) li.append(marked(element('p'), section.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}
function text<T extends HTMLElement>(el: T, value: string): T {
  el.textContent = value;
  return el;
}
function link(href: string, label: string): HTMLAnchorElement {
  const a = text(element('a'), label);
  a.href = href;
  return a;
}
/** Text with the query's words in <mark>, built from text nodes (never from HTML). */
function marked<T extends HTMLElement>(el: T, segments: Segment[]): T {
  for (const segment of segments) el.append(segment.mark ? text(element('mark'), segment.text) : document.createTextNode(segment.text));
  return el;
}
