// <water-calculator>: the two forms on /calculator/. Reads a form (or a share link), checks it with
// the pure domain code, shows inline errors with a focused summary, or the result; keeps the form's
// own parameters in the address bar so a result can be shared. Parameters it does not know (chat
// apps add from=timeline&isappinstalled=0) are ignored: such a link opens the page clean.
import { readInput, calculate, FIELDS, TOILET_PARAM, toToiletType, toiletClassLitres, type Coefficients, type FieldError } from '../../../domain/citizens/calculator';
import { BILL_FIELDS, BILL_PERIOD_PARAM, fromBill, readBill } from '../../../domain/citizens/bill';
import { MAX_INPUT_LENGTH } from '../../../domain/citizens/fields';
import { formatLitres, linkMode, toBillQuery, toQuery } from '../../../domain/citizens/format';
import type { ReferenceNames } from '../../../domain/citizens/result-words';
import { renderBill, renderDetail } from './calculator-render';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

class WaterCalculator extends HTMLElement {
  private k!: Coefficients;
  private refs!: ReferenceNames;
  private bill!: HTMLFormElement;
  private detail!: HTMLFormElement;

  connectedCallback() {
    this.k = JSON.parse(this.dataset.k ?? '{}') as Coefficients;
    this.refs = JSON.parse(this.dataset.refs ?? '{}') as ReferenceNames;
    this.bill = this.querySelector<HTMLFormElement>('form[data-form="bill"]')!;
    this.detail = this.querySelector<HTMLFormElement>('form[data-form="detail"]')!;
    this.bill.addEventListener('submit', (event) => { event.preventDefault(); this.runBill(true); });
    this.detail.addEventListener('submit', (event) => { event.preventDefault(); this.runDetail(true); });
    this.toiletSelect().addEventListener('change', () => this.syncToilet());
    const query = new URLSearchParams(location.search);
    const mode = linkMode(query);
    if (mode === 'bill') {
      this.fill(this.bill, [...BILL_FIELDS.map((f) => f.param), BILL_PERIOD_PARAM], query);
      this.runBill(false);
    } else if (mode === 'detail') {
      // A shared link says everything: fields it leaves out were empty, not pre-filled.
      for (const field of FIELDS) this.input(field.param).value = '';
      this.toiletSelect().value = 'own';
      this.fill(this.detail, [TOILET_PARAM, ...FIELDS.map((f) => f.param)], query);
      this.syncToilet();
      this.runDetail(false);
      // A shared estimate is what the visitor came for: bring it into view (the bill's result already is).
      this.detail.querySelector('.calc-result:not([hidden]), .calc-errors:not([hidden])')?.scrollIntoView();
    } else {
      this.syncToilet();
    }
  }

  private input = (param: string) => this.detail.elements.namedItem(param) as HTMLInputElement;
  private toiletSelect = () => this.detail.elements.namedItem(TOILET_PARAM) as HTMLSelectElement;
  private getter = (form: HTMLFormElement) => (param: string) => {
    const control = form.elements.namedItem(param);
    if (control instanceof RadioNodeList) return control.value;
    return (control as HTMLInputElement | null)?.value;
  };

  /** Copies the link's values for this form's own parameters into it; everything else is ignored. */
  private fill(form: HTMLFormElement, params: string[], query: URLSearchParams) {
    for (const param of params) {
      const value = query.get(param);
      if (value === null) continue;
      const control = form.elements.namedItem(param);
      if (control instanceof RadioNodeList) control.value = value === '2' ? '2' : '1';
      else if (control instanceof HTMLSelectElement) control.value = toToiletType(value);
      else if (control instanceof HTMLInputElement) control.value = value.slice(0, MAX_INPUT_LENGTH);
    }
  }

  /** A chosen toilet class fills in its litres; "own" lets the visitor type them. */
  private syncToilet() {
    const type = toToiletType(this.toiletSelect().value);
    this.toiletSelect().value = type;
    const litres = this.input('tl');
    const fixed = toiletClassLitres(type, this.k);
    litres.disabled = fixed !== null;
    if (fixed !== null) litres.value = fixed.toFixed(1);
  }

  private runBill(fromSubmit: boolean) {
    const get = this.getter(this.bill);
    const { input, errors } = readBill(get);
    history.replaceState(null, '', `${location.pathname}?${toBillQuery(get)}`);
    if (!this.report(this.bill, errors, fromSubmit) || !input) return;
    const result = fromBill(input, this.k);
    this.show(this.bill, renderBill(input, result, this.k, this.refs), `人均每天约 ${formatLitres(result.litresPerPersonDay)}。`, fromSubmit);
  }

  private runDetail(fromSubmit: boolean) {
    const get = this.getter(this.detail);
    const { input, errors } = readInput(get, this.k);
    history.replaceState(null, '', `${location.pathname}?${toQuery(get)}`);
    if (!this.report(this.detail, errors, fromSubmit) || !input) return;
    const result = calculate(input, this.k);
    this.show(this.detail, renderDetail(result, this.k, this.refs, this.dataset.labelsHref ?? ''), `已计算：全家每天约 ${formatLitres(result.litresPerDay)}，人均每天约 ${formatLitres(result.litresPerPersonDay)}。`, fromSubmit);
  }

  /** Marks each field's error next to it and in the summary; true when there is none. */
  private report(form: HTMLFormElement, errors: FieldError[], focus: boolean): boolean {
    for (const box of form.querySelectorAll<HTMLElement>('.error')) {
      const param = box.id.replace(/^calc-/, '').replace(/-error$/, '');
      const error = errors.find((e) => e.param === param);
      box.hidden = !error;
      box.textContent = error ? `错误：${error.message}` : '';
      const control = form.querySelector(`#calc-${param}`);
      if (error) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
    }
    const summary = form.querySelector<HTMLElement>('.calc-errors')!;
    summary.hidden = errors.length === 0;
    summary.querySelector('ul')!.innerHTML = errors.map((e) => `<li><a href="#calc-${e.param}">${esc(e.message)}</a></li>`).join('');
    if (errors.length === 0) return true;
    form.querySelector<HTMLElement>('.calc-result')!.hidden = true;
    form.querySelector('.calc-status')!.textContent = `有 ${errors.length} 处需要修改，尚未计算。`;
    if (focus) summary.focus();
    return false;
  }

  private show(form: HTMLFormElement, html: string, status: string, focus: boolean) {
    const section = form.querySelector<HTMLElement>('.calc-result')!;
    section.querySelector('.calc-result-body')!.innerHTML = html;
    section.hidden = false;
    form.querySelector('.calc-status')!.textContent = status;
    if (focus) section.querySelector<HTMLElement>('h3')?.focus();
  }
}

customElements.define('water-calculator', WaterCalculator);
