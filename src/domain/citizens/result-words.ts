// What a per-person figure means, in words: the same sentences for the bill and the detailed estimate.
import type { Coefficients } from './coefficients';
import { compareWithRange } from './compare';
import { formatLitres } from './format';

/** How the page names its two references, from their source entries (calculatorPageView). */
export interface ReferenceNames {
  /** "《城市居民生活用水量标准》（GB/T 50331-2002）". */
  range: string;
  /** "水利部《2023年中国水资源公报》". */
  national: string;
}

const VERDICT = { below: '低于', within: '处在', above: '高于' } as const;
const MEANING = {
  below: '低于这个区间的下限。标准值是满足日常生活基本需要的用水量，不是平均值，也不是限额；家里有人常不在家时，按人数平均的用量也会偏低。',
  within: '这是满足日常生活基本需要的用水量区间，不是平均值，也不是限额。还想少用，可以用下面的逐项估算找出用水最多的地方。',
  above: '高于这个区间的上限。可以用下面的逐项估算找出用水最多的地方；如果全家都不用水时水表仍在走，家里可能有漏水。',
} as const;

/** The figure, then sentences: against the GB/T 50331 range, what that means, and the national average beside it. */
export function describePerPerson(litresPerPersonDay: number, k: Coefficients, refs: ReferenceNames): { answer: string; verdict: string; meaning: string; national: string } {
  const comparison = compareWithRange(litresPerPersonDay, k);
  const difference = Math.round(litresPerPersonDay - k.referenceNational);
  const against = difference === 0 ? '大致相同' : `${difference > 0 ? '多' : '少'}约 ${formatLitres(Math.abs(difference))}`;
  return {
    answer: `人均每天约 ${formatLitres(litresPerPersonDay)}`,
    verdict: `${VERDICT[comparison]}${refs.range}为浙江等第三区城市居民给出的标准值 ${k.referenceLow}～${k.referenceHigh} 升/人·日${comparison === 'within' ? '之内' : ''}。`,
    meaning: MEANING[comparison],
    national: `与${refs.national}的全国人均居民生活用水量 ${k.referenceNational} 升/日（含城镇和农村居民，只作参照）相比，${against}。`,
  };
}
