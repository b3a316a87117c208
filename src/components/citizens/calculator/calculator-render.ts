// The calculator's results as HTML strings, built from the pure domain models. Every piece of text
// that comes from the visitor is a number already checked; names and words are escaped all the same.
import type { Coefficients, Result } from '../../../domain/citizens/calculator';
import type { BillInput, BillResult } from '../../../domain/citizens/bill';
import { formatCubicMetres, formatLitres, formatYuan } from '../../../domain/citizens/format';
import { describePerPerson, type ReferenceNames } from '../../../domain/citizens/result-words';
import { usesChart } from '../../../domain/citizens/uses-chart';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const both = (litres: number) => `${formatLitres(litres)}（${formatCubicMetres(litres)}）`;
const round1 = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** The sentences on a per-person figure; with `lead`, the figure itself is the page's big answer. */
function words(litresPerPersonDay: number, k: Coefficients, refs: ReferenceNames, lead: boolean): string {
  const w = describePerPerson(litresPerPersonDay, k, refs);
  const first = lead ? `<p class="calc-answer">${esc(w.answer)}</p><p>${esc(w.verdict)}` : `<p>${esc(`${w.answer}，${w.verdict}`)}`;
  return `${first}${esc(w.meaning)}</p><p>${esc(w.national)}</p>`;
}

/** The bill's answer first, then what it means and how it was worked out. */
export function renderBill(input: BillInput, r: BillResult, k: Coefficients, refs: ReferenceNames): string {
  return `${words(r.litresPerPersonDay, k, refs, true)}
<p class="small">算法：${round1(input.volume)} 吨 × 1000 ÷ ${round1(r.days)} 天（${input.months === 2 ? '两个月' : '一个月'}，按一年的${input.months === 2 ? '六分之一' : '十二分之一'}计）÷ ${input.people} 人 = ${formatLitres(r.litresPerPersonDay)}/人·日；全家每天约 ${formatLitres(r.litresPerDay)}。</p>`;
}

/** The "where the water goes" chart: SVG with every bar named and valued in text, and its summary as the label. */
function chart(r: Result): string {
  const c = usesChart(r.uses);
  const rows = c.bars
    .map((b) => `<text x="0" y="${b.y + c.barHeight - 4}" font-size="13">${esc(b.name)}</text><rect class="bar" x="${c.labelWidth}" y="${b.y}" width="${b.width.toFixed(1)}" height="${c.barHeight}"></rect><text x="${(c.labelWidth + b.width + 6).toFixed(1)}" y="${b.y + c.barHeight - 4}" font-size="13">${esc(`${b.value}（${b.share}）`)}</text>`)
    .join('');
  return `<figure class="uses-chart"><figcaption id="uses-chart-title">水用在哪里（全家每天）</figcaption><svg viewBox="0 0 ${c.width} ${c.height}" role="img" aria-labelledby="uses-chart-title uses-chart-desc"><desc id="uses-chart-desc">${esc(c.summary)}</desc>${rows}</svg></figure>`;
}

/** The detailed estimate: totals, the comparison, the chart and its table, what was left out, the savings. */
export function renderDetail(r: Result, k: Coefficients, refs: ReferenceNames, labelsHref: string): string {
  const rows = r.uses.map((u) => `<tr><th scope="row">${esc(u.name)}</th><td>${formatLitres(u.litresPerDay)}</td></tr>`).join('');
  const savings = r.savings.length === 0
    ? '<p>按你填写的数字，下列做法都不会再省出水来。</p>'
    : `<ol class="calc-savings">${r.savings
        .map((s) => `<li><strong>${esc(s.title)}</strong>：每年约 ${both(s.litresPerYear)}${r.price === null ? '' : `，约 ${formatYuan((s.litresPerYear / 1000) * r.price)}`}<span class="tag">${s.kind === 'fixture' ? '换器具' : '改习惯'}</span></li>`)
        .join('')}</ol>`;
  return `<p class="calc-answer">全家每天约 ${formatLitres(r.litresPerDay)}</p>
<dl class="calc-totals">
  <div><dt>全家每月</dt><dd>${both(r.litresPerMonth)}</dd></div>
  <div><dt>全家每年</dt><dd>${both(r.litresPerYear)}</dd></div>
</dl>
${words(r.litresPerPersonDay, k, refs, false)}
${r.omitted.length > 0 ? `<p>没有计入（你没有填写）：${esc(r.omitted.join('、'))}。</p>` : ''}
${r.costPerYear === null ? '' : `<p>按你填写的单价，全年水费约 <strong>${formatYuan(r.costPerYear)}</strong>。</p>`}
${chart(r)}
<details class="fold"><summary>各项用水（表格）</summary><div class="table-scroll" tabindex="0" role="region" aria-label="各项用水（升/天）"><table><caption>各项用水（全家，升/天，从多到少）</caption><thead><tr><th scope="col">用途</th><th scope="col">升/天</th></tr></thead><tbody>${rows}</tbody></table></div></details>
<h4>可以省下多少（按每年节水量从多到少）</h4>
${savings}
<p class="small">淋浴器、洗衣机和洗碗机的“换1级”节水量没有计算：这些产品各水效等级的限值本站未能从公开来源核实，详见<a href="${esc(labelsHref)}">水效标识指南</a>。</p>`;
}
