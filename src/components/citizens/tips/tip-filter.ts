// <tip-filter>: combines the place and audience filters on /tips/. Without JavaScript the element is
// inert and the plain pages /tips/place/… and /tips/for/… do the work. With it, the two selects
// hide the cards that do not match both, hide empty place groups, recount the options and the
// group headings, keep the choice in the address (?place=…&for=…) and announce the count politely.

interface Labels {
  shown: string;
  all: string;
}

class TipFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLElement>('.tip-filter');
    if (!form) return;
    const query = new URLSearchParams(location.search);
    for (const name of ['place', 'for']) {
      const select = form.querySelector(`select[name="${name}"]`);
      const wanted = query.get(name);
      // A value the page does not offer (a stale or edited link) is ignored, not shown as an error.
      if (select instanceof HTMLSelectElement && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    form.addEventListener('change', () => this.apply(form, true));
    this.apply(form, false);
  }

  private apply(form: HTMLElement, announce: boolean) {
    const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const place = select('place').value;
    const who = select('for').value;
    const cards = [...this.querySelectorAll<HTMLElement>('article.tip')];
    const fits = (card: HTMLElement, p: string, a: string) => (!p || card.dataset.place === p) && (!a || (card.dataset.audience ?? '').split(' ').includes(a));
    let shown = 0;
    for (const card of cards) {
      card.hidden = !fits(card, place, who);
      if (!card.hidden) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
      const visible = group.querySelectorAll('article.tip:not([hidden])').length;
      group.hidden = visible === 0;
      const count = group.querySelector('[data-group-count]');
      if (count) count.textContent = String(visible);
    }
    // Each option counts the tips it would show together with the other select's choice.
    const recount = (select: HTMLSelectElement, match: (card: HTMLElement, value: string) => boolean) => {
      for (const option of select.options) option.textContent = `${option.dataset.label}（${cards.filter((card) => match(card, option.value)).length}）`;
    };
    recount(select('place'), (card, value) => fits(card, value, who));
    recount(select('for'), (card, value) => fits(card, place, value));
    this.querySelector<HTMLElement>('[data-none]')!.hidden = shown > 0;
    const params = new URLSearchParams();
    if (place) params.set('place', place);
    if (who) params.set('for', who);
    const search = params.toString();
    if (announce) history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    const total = Number(this.dataset.total);
    const message = (shown === total ? labels.all : labels.shown).replace('{n}', String(shown)).replace('{total}', String(total));
    const status = this.querySelector('[data-count]');
    if (status && (announce || search)) status.textContent = message;
  }
}

customElements.define('tip-filter', TipFilter);
export {};
