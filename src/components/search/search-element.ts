/**
 * <site-search>: the search page's island. The form, the 筛选 disclosure and the list of main
 * sections are in the HTML; this adds results as the visitor types. Pagefind's script (and its
 * index) load on first use: when the box is focused or the page opens with ?q=. Questions are
 * searched as their words without question words, and with fewer words when all of them together
 * find nothing (src/domain/search/run.ts); excerpts come from the page's visible text only
 * (src/domain/search/excerpt.ts). Configuration and strings come from data-config.
 */
import { runSearch, type SearchOutcome } from '../../domain/search/run';
import { chineseSplitter } from '../../domain/search/query';
import { toResultView, type PagefindPage } from '../../domain/search/excerpt';
import { renderResult } from './search-results';
import type { SearchConfig } from '../../domain/search/views';
import { renderFilters, selectedFilters } from './search-filters';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const quote = (words: string[]) => words.map((w) => `“${w}”`).join('');
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\[(\w+)\]/g, (all, key: string) => String(values[key] ?? all));

class SiteSearch extends HTMLElement {
  private config!: SearchConfig;
  private pagefind: Promise<Pagefind> | null = null;
  private current = 0;
  private timer = 0;
  private outcome: SearchOutcome<PagefindResult> | null = null;
  private shown = 0;
  private lastQuery = '';

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  connectedCallback() {
    this.config = JSON.parse(this.dataset.config ?? '{}') as SearchConfig;
    const form = this.el<HTMLFormElement>('form');
    const input = this.el<HTMLInputElement>('input');
    const filters = this.el<HTMLDetailsElement>('filters');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.search(input.value, true);
    });
    input.addEventListener('input', (event) => {
      if ((event as InputEvent).isComposing) return;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.search(input.value), 300);
    });
    input.addEventListener('compositionend', () => this.search(input.value));
    input.addEventListener('focus', () => void this.load().catch(() => {}), { once: true });
    this.el('more').addEventListener('click', () => void this.showMore());
    filters.addEventListener('toggle', () => filters.open && void this.loadFilters());
    filters.addEventListener('change', () => {
      this.updateFilterCount();
      this.search(input.value, true);
    });
    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (query.trim()) {
      input.value = query;
      this.search(query, true);
    } else {
      this.dataset.state = 'empty';
      input.focus();
    }
  }

  /** Pagefind, loaded once: its script, then (on the first search) its WebAssembly, metadata and the index chunks a query needs. */
  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const bundle = this.config.bundle;
      const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // noWorker: the worker is a second copy of Pagefind's code (12 KB) and gains nothing on an index this size.
      await pagefind.options({ ranking: this.config.ranking, noWorker: true });
      return pagefind;
    })();
    return this.pagefind;
  }

  private say(text: string) {
    this.el('status').textContent = text;
  }

  private async search(typed: string, now = false) {
    window.clearTimeout(this.timer);
    const query = typed.trim();
    if (!now && query === this.lastQuery) return;
    this.lastQuery = query;
    const run = ++this.current;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) return this.show(null);
    const strings = this.config.strings;
    this.say(this.pagefind ? strings.searching : strings.loading);
    try {
      const pagefind = await this.load();
      const filters = selectedFilters(this.el('filters'));
      const engine = {
        search: async (q: string) => (await pagefind.search(q, { filters })) ?? { results: [] },
        identify: (result: PagefindResult) => result,
      };
      const outcome = await runSearch(query, engine, { synonyms: this.config.synonyms, split: chineseSplitter() });
      if (run !== this.current) return;
      await this.show(outcome);
    } catch {
      if (run !== this.current) return;
      this.say(strings.error);
      this.el('results').replaceChildren();
      this.dataset.state = 'error';
    }
  }

  /** Draws an outcome: the first results, then the message (announced once the results are there); the sections when nothing was found. */
  private async show(outcome: SearchOutcome<PagefindResult> | null) {
    const strings = this.config.strings;
    this.outcome = outcome;
    this.shown = 0;
    this.el('results').replaceChildren();
    this.el('more').hidden = true;
    const count = outcome?.results.length ?? 0;
    if (outcome && count > 0) await this.showMore();
    if (outcome !== this.outcome) return;
    this.dataset.state = !outcome ? 'empty' : count === 0 ? 'zero' : 'results';
    if (!outcome) return this.say('');
    if (count === 0) return this.say(fill(strings.zero, { TERMS: quote(outcome.words) }));
    const { fallback, more } = outcome;
    this.say(
      fallback
        ? fill(strings.fallback, { ALL: quote(outcome.words), USED: quote(outcome.used), COUNT: more ? more.from : count })
        : more
          ? fill(strings.partial, { COUNT: more.from, TERMS: quote(outcome.words), MORE: count - more.from, USED: quote(more.used) })
          : fill(strings.results, { COUNT: count, TERMS: quote(outcome.words) }),
    );
  }

  /** Adds the next page of results. */
  private async showMore() {
    const outcome = this.outcome;
    if (!outcome) return;
    const run = this.current;
    const batch = outcome.results.slice(this.shown, this.shown + (this.shown === 0 ? this.config.firstPage : this.config.pageSize));
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.current || outcome !== this.outcome) return;
    const list = this.el('results');
    const first = list.children.length;
    for (const page of pages) list.append(renderResult(toResultView(page, { extraId: this.config.extraId, terms: outcome.terms })));
    this.shown += batch.length;
    this.el('more').hidden = this.shown >= outcome.results.length;
    // After "显示更多结果", move focus to the first new result so keyboard users continue from there.
    if (first > 0) list.children[first]?.querySelector('a')?.focus();
  }

  private async loadFilters() {
    const box = this.el<HTMLElement>('filter-groups');
    if (box.dataset.loaded) return;
    box.dataset.loaded = 'true';
    try {
      const pagefind = await this.load();
      renderFilters(box, await pagefind.filters());
    } catch {
      box.dataset.loaded = '';
    }
  }

  private updateFilterCount() {
    const count = this.el('filters').querySelectorAll('input:checked').length;
    this.el('filter-count').textContent = count ? fill(this.config.strings.filtersSelected, { COUNT: count }) : '';
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
