/**
 * Finds a quantity written in any numeral system, for texts that must carry no unsourced number
 * (qualitative tips, tip bodies). Returns the first one found, or null.
 *
 * - any digit or numeric character Unicode knows: 0–9, full-width ０–９, superscripts, circled
 *   ①, Roman Ⅻ, Arabic-Indic and other scripts' digits (\p{N});
 * - Chinese financial numerals (壹贰叁…), always amounts;
 * - Chinese numerals (一二三…十百千万亿两半) followed by a measure word or unit: 一次, 三成, 两倍, 半桶;
 *   words that only contain a numeral (一起, 一直, 统一, 同一, 进一步, 一体化, 一次性) are not amounts;
 * - 成, 倍 and 半 used as amounts: 三成, 成倍, 翻倍, 加倍, 一半, 减半, 过半, 半数, 百分之.
 */
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿几]';
const MEASURE = '(?:成|倍|半|升|毫升|吨|立方|方|次|遍|回|分钟|秒|小时|个小时|天|日|周|星期|月|年|个|只|件|桶|盆|杯|瓶|壶|滴|元|块|角|人|户|台|套|度|斤|公斤|千克|克|亩|米|厘米|毫米|公里|层|批|项|条|份|趟|格|档|级|成左右)';
const PATTERNS: RegExp[] = [
  /\p{N}+(?:[.．]\p{N}+)?/u,
  /[壹贰叁肆伍陆柒捌玖拾佰仟]/u,
  /百分之/u,
  /(?:翻|加|成|数|几)倍/u,
  /(?:一|减|过|大|多)半|半数/u,
  new RegExp(`(?<![同统唯进第万单])${NUMERAL}+${MEASURE}(?!性|化|律|致|旦|般|样|定|些|直|起|同|面)`, 'u'),
];

/** The first quantity in a text, as written, or null when it states none. */
export function quantityIn(text: string): string | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
