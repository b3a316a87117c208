/**
 * Helpers that compare the structured plan with the text extracted from its PDF
 * (content/plan/source-text.txt). Used by the fidelity tests.
 */

/** Where the annex starts in the extracted text. */
export const ANNEX_MARKER = '附件：绍兴市节水行动任务分工';

/** The body of the plan: after the title lines, before the annex. */
export function bodyOf(sourceText: string): string {
  const start = sourceText.indexOf('为贯彻落实');
  const end = sourceText.indexOf(ANNEX_MARKER);
  if (start < 0 || end < 0) throw new Error('source text: cannot find the preamble or the annex heading');
  return sourceText.slice(start, end + ANNEX_MARKER.length);
}

/**
 * Reduces text to what the wording is made of, so extraction artefacts do not count as
 * differences: no white space, no bold markers, no full stops or colons after headings,
 * full-width brackets, and the one stray English word the extraction left ("and" for 和).
 */
export function normaliseWording(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\band\b/g, '和')
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[。：]/g, '');
}

/** Numbers written with digits in a text, years (four digits followed by 年) left out. */
export function numbersIn(text: string): number[] {
  const compact = text.replace(/\s+/g, '');
  const found: number[] = [];
  for (const match of compact.matchAll(/\d+(?:\.\d+)?/g)) {
    const after = compact.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 1);
    if (/^\d{4}$/.test(match[0]) && after === '年') continue;
    found.push(Number(match[0]));
  }
  return found;
}

/**
 * The parts of a text that state targets: from each "到20xx年" to the end of its sentence,
 * and every whole sentence that compares with a base year ("较2015年") or repeats yearly ("每年").
 */
export function targetStatements(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  const statements: string[] = [];
  for (const sentence of compact.split('。')) {
    if (/较\d{4}年|每年/.test(sentence)) {
      statements.push(sentence);
      continue;
    }
    const at = sentence.search(/到\d{4}年/);
    if (at >= 0) statements.push(sentence.slice(at));
  }
  return statements;
}
