// <water-calculator>: reads the form (or the URL query), checks it with the pure library, shows
// inline errors or the result, and keeps the query in the address bar so a result can be shared.
import { calculate, FIELDS, formatCubicMetres, formatLitres, formatYuan, readInput, TOILET_PARAM, toQuery, toToiletType, type Coefficients, type FieldError, type Result } from '../../domain/citizens/calculator';

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const both = (litres: number) => `${formatLitres(litres)}（${formatCubicMetres(litres)}）`;

class WaterCalculator extends HTMLElement {
  private k!: Coefficients;
  private form!: HTMLFormElement;

  connectedCallback() {
    this.k = JSON.parse(this.dataset.k ?? '{}') as Coefficients;
    this.form = this.querySelector('form')!;
    this.form.hidden = false;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(true);
    });
    this.select().addEventListener('change', () => this.syncToilet());
    const query = new URLSearchParams(location.search);
    if ([...query.keys()].length > 0) {
      for (const [name, value] of query) {
        const control = this.form.elements.namedItem(name);
        if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value.slice(0, 20);
      }
      this.syncToilet();
      this.run(false);
    }
  }

  private select = () => this.form.elements.namedItem(TOILET_PARAM) as HTMLSelectElement;
  private input = (param: string) => this.form.elements.namedItem(param) as HTMLInputElement;
  private get = (param: string) => (this.form.elements.namedItem(param) as HTMLInputElement | null)?.value;

  /** A chosen toilet class fills in its litres; "own" lets the visitor type them. */
  private syncToilet() {
    const type = toToiletType(this.select().value);
    this.select().value = type;
    const litres = this.input('tl');
    litres.disabled = type !== 'own';
    if (type !== 'own') litres.value = String(type === 'water-saving' ? this.k.toiletWaterSaving : this.k.toiletHighEfficiency);
  }

  private run(fromSubmit: boolean) {
    const { input, errors } = readInput(this.get, this.k);
    this.showErrors(errors, fromSubmit);
    const status = this.querySelector('.calc-status')!;
    const section = this.querySelector<HTMLElement>('.calc-result')!;
    history.replaceState(null, '', `${location.pathname}?${toQuery(this.get)}`);
    if (!input) {
      section.hidden = true;
      status.textContent = `有 ${errors.length} 处需要修改，尚未计算。`;
      return;
    }
    const result = calculate(input, this.k);
    this.querySelector('.calc-result-body')!.innerHTML = this.render(result);
    section.hidden = false;
    status.textContent = `已计算：全家每天约 ${formatLitres(result.litresPerDay)}，人均每天约 ${formatLitres(result.litresPerPersonDay)}。`;
  }

  private showErrors(errors: FieldError[], focus: boolean) {
    for (const field of FIELDS) {
      const error = errors.find((e) => e.param === field.param);
      const box = this.querySelector<HTMLElement>(`#calc-${field.param}-error`)!;
      box.hidden = !error;
      box.textContent = error ? `错误：${error.message}` : '';
      if (error) this.input(field.param).setAttribute('aria-invalid', 'true');
      else this.input(field.param).removeAttribute('aria-invalid');
    }
    const summary = this.querySelector<HTMLElement>('.calc-errors')!;
    summary.hidden = errors.length === 0;
    summary.querySelector('ul')!.innerHTML = errors.map((e) => `<li><a href="#calc-${e.param}">${esc(e.message)}</a></li>`).join('');
    if (errors.length > 0 && focus) summary.focus();
  }

  private render(r: Result): string {
    const k = this.k;
    const verdict = { below: '低于', within: '处在', above: '高于' }[r.comparison];
    const rows = r.uses.map((u) => `<tr><th scope="row">${esc(u.name)}</th><td>${formatLitres(u.litresPerDay)}</td></tr>`).join('');
    const savings = r.savings.length === 0
      ? '<p>按你填写的数字，下列做法都不会再省出水来。</p>'
      : `<ol class="calc-savings">${r.savings
          .map((s) => `<li><strong>${esc(s.title)}</strong>：每年约 ${both(s.litresPerYear)}${r.price === null ? '' : `，约 ${formatYuan((s.litresPerYear / 1000) * r.price)}`}<span class="tag">${s.kind === 'fixture' ? '换器具' : '改习惯'}</span></li>`)
          .join('')}</ol>`;
    return `<dl class="calc-totals">
  <div><dt>全家每天</dt><dd>${both(r.litresPerDay)}</dd></div>
  <div><dt>全家每月</dt><dd>${both(r.litresPerMonth)}</dd></div>
  <div><dt>全家每年</dt><dd>${both(r.litresPerYear)}</dd></div>
  <div><dt>人均每天</dt><dd>${formatLitres(r.litresPerPersonDay)}</dd></div>
</dl>
<p>人均每天 ${formatLitres(r.litresPerPersonDay)}，<strong>${verdict}</strong>《城市居民生活用水量标准》（GB/T 50331-2002）为浙江等第三区城市居民给出的标准值 ${k.referenceLow}～${k.referenceHigh} 升/人·日。作为参照，2023 年全国人均居民生活用水量为 ${k.referenceNational} 升/日（水利部《2023年中国水资源公报》）。</p>
${r.costPerYear === null ? '' : `<p>按你填写的单价，全年水费约 <strong>${formatYuan(r.costPerYear)}</strong>。</p>`}
<h3>各项用水</h3>
<div class="table-scroll" tabindex="0" role="region" aria-label="各项用水（升/天）"><table><caption>各项用水（全家，升/天，从多到少）</caption><thead><tr><th scope="col">用途</th><th scope="col">升/天</th></tr></thead><tbody>${rows}</tbody></table></div>
<h3>可以省下多少（按每年节水量从多到少）</h3>
${savings}
<p class="small">淋浴器、洗衣机和洗碗机的“换1级”节水量没有计算：这些产品各水效等级的限值本站未能从公开来源核实，详见<a href="${esc(this.dataset.labelsHref ?? '')}">水效标识指南</a>。</p>`;
  }
}

customElements.define('water-calculator', WaterCalculator);
