/**
 * The filters inside the search page's 筛选 disclosure: one group of check boxes per Pagefind
 * filter (类型, 地区 …), drawn when the disclosure is first opened, so a visitor who never filters
 * never downloads the filter lists. Values checked in one group widen the search (any of them);
 * groups narrow it (all of them).
 */

/** The order the groups are shown in; a filter not named here follows, in the order Pagefind gives. */
const ORDER = ['类型', '地区', '工程', '示范点类型', '学段', '学科'];

/** Draws the groups into `box` from Pagefind's filters() (name → value → number of pages). */
export function renderFilters(box: HTMLElement, filters: Record<string, Record<string, number>>) {
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  const names = Object.keys(filters).sort((a, b) => rank(a) - rank(b));
  box.replaceChildren(
    ...names.map((name) => {
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name;
      group.append(legend);
      for (const [value, count] of Object.entries(filters[name]).sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.name = name;
        input.value = value;
        label.append(input, ` ${value}（${count}）`);
        group.append(label);
      }
      return group;
    }),
  );
}

/** The checked values as Pagefind's filter option: { 类型: { any: ['目标', '指标'] } }. */
export function selectedFilters(root: Element): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (out[input.name] ??= { any: [] }).any.push(input.value);
  }
  return out;
}
