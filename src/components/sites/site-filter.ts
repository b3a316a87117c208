// <site-filter>: instant filtering of the sites directory. Without JavaScript the element is inert
// and the plain filter pages do the work. With it, the controls appear; the rows of the page are
// filtered in place when the page holds the whole directory, otherwise the compact index
// (data-index) is fetched once and matching rows are drawn, at most LIMIT at a time.

type Facet = 'type' | 'county' | 'level' | 'status';
type Labels = Record<Facet, Record<string, string>> & { colspan: number; empty: string; found: string; shown: string; source: string; year: string; siteHref: string };
interface SiteRow {
  id: string;
  name: string;
  type: string;
  county: string;
  level: string;
  status: string;
  year: number | null;
  source: string;
  el?: HTMLTableRowElement;
}

const FACETS: Facet[] = ['type', 'county', 'level', 'status'];
const LIMIT = 200;

class SiteFilter extends HTMLElement {
  private records?: Promise<SiteRow[]>;
  private original: HTMLTableRowElement[] = [];
  private timer = 0;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-controls]');
    const body = this.querySelector<HTMLTableSectionElement>('tbody[data-rows]');
    if (!form || !body) return;
    this.original = [...body.rows];
    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    form.hidden = false;
    form.addEventListener('input', () => this.apply(form, body));
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => setTimeout(() => this.apply(form, body)));
    if ([...params.keys()].length > 0) this.apply(form, body);
  }

  /** Every site: read from the table when it holds them all, else fetched from the index once. */
  private load(): Promise<SiteRow[]> {
    const total = Number(this.dataset.total);
    if (this.original.length === total) {
      const rows = this.original.map((el) => ({ ...(el.dataset as unknown as SiteRow), name: el.cells[0].textContent ?? '', year: null, el }));
      return Promise.resolve(rows);
    }
    this.records ??= fetch(this.dataset.index!)
      .then((response) => response.json())
      .then((index: { rows: Array<[string, string, string, string, string, string, number | null, string]> }) =>
        index.rows.map(([id, name, type, county, level, status, year, source]) => ({ id, name, type, county, level, status, year, source })),
      );
    return this.records;
  }

  private async apply(form: HTMLFormElement, body: HTMLTableSectionElement) {
    const data = new FormData(form);
    const wanted = Object.fromEntries(FACETS.map((facet) => [facet, String(data.get(facet) ?? '')])) as Record<Facet, string>;
    const text = String(data.get('q') ?? '').trim().toLowerCase();
    const active = text !== '' || FACETS.some((facet) => wanted[facet] !== '');
    const pager = this.querySelector<HTMLElement>('[data-pager]');
    const labels: Labels = JSON.parse(this.dataset.labels!);
    let shown: HTMLTableRowElement[];
    let found: number;
    if (!active) {
      shown = this.original;
      found = Number(this.dataset.total);
    } else {
      const rows = await this.load();
      const matches = rows.filter((row) => FACETS.every((facet) => !wanted[facet] || row[facet] === wanted[facet]) && (!text || row.name.toLowerCase().includes(text)));
      found = matches.length;
      shown = matches.slice(0, LIMIT).map((row) => (row.el ??= drawRow(row, labels)));
      if (shown.length === 0) shown = [emptyRow(labels)];
    }
    body.replaceChildren(...shown);
    if (pager) pager.hidden = active;
    const query = new URLSearchParams([...data].filter(([, value]) => value !== '') as string[][]).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    // Announce once typing pauses, so a screen reader is not interrupted at every keystroke.
    clearTimeout(this.timer);
    const message = labels.found.replace('{n}', String(found)) + (found > LIMIT ? labels.shown.replace('{n}', String(LIMIT)) : '');
    this.timer = window.setTimeout(() => {
      const status = this.querySelector('[data-count]');
      if (status) status.textContent = message;
    }, 350);
  }
}

function cell(tag: 'th' | 'td', text: string, label?: string): HTMLTableCellElement {
  const el = document.createElement(tag);
  el.setAttribute('role', tag === 'th' ? 'rowheader' : 'cell');
  if (tag === 'th') el.setAttribute('scope', 'row');
  if (label) el.dataset.label = label;
  el.textContent = text;
  return el;
}

/** A table row for a site from the index, the same markup as SiteTable.astro renders. */
function drawRow(row: SiteRow, labels: Labels): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('role', 'row');
  const name = cell('th', '');
  const link = document.createElement('a');
  link.href = labels.siteHref.replace('__id__', encodeURIComponent(row.id));
  link.textContent = row.name;
  name.append(link);
  const year = cell('td', row.year === null ? '—' : String(row.year), labels.year);
  const level = cell('td', labels.level[row.level] ?? row.level, labels.level._);
  year.className = level.className = 'num';
  tr.append(
    name,
    cell('td', labels.type[row.type] ?? row.type, labels.type._),
    cell('td', labels.county[row.county] ?? row.county, labels.county._),
    level,
    year,
    cell('td', labels.status[row.status] ?? row.status, labels.status._),
    cell('td', row.source, labels.source),
  );
  return tr;
}

function emptyRow(labels: Labels): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('role', 'row');
  const td = cell('td', labels.empty);
  td.colSpan = labels.colspan;
  tr.append(td);
  return tr;
}

customElements.define('site-filter', SiteFilter);

export {};
