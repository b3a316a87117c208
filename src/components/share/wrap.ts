/**
 * Line breaking for the text of preview images, which SVG does not wrap by itself. Widths are
 * estimates for the CJK sans-serif the images are drawn with (WenQuanYi Micro Hei): Chinese
 * characters and full-width punctuation take 1 em, Latin letters and digits about 0.6 em.
 */

/** Advance width of one character, in em. */
export const charWidth = (char: string): number => {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ') return 0.3;
  return code >= 0x2000 ? 1 : 0.6;
};

/** Width of a string, in em. */
export const textWidth = (text: string): number => [...text].reduce((sum, char) => sum + charWidth(char), 0);

// Runs that must not be broken: numbers with their units and signs ("18.3553亿m³" breaks only before 亿), Latin words.
const TOKEN = /[0-9A-Za-z.,:%³²~+\-<>≤≥=/·]+|./gsu;
// No line may start with closing punctuation or end with opening punctuation (the usual Chinese rule).
const CLOSING = new Set([...'，。、；：！？）》」』”’%·…—～']);
const OPENING = new Set([...'（《「『“‘']);

/**
 * Breaks text into lines of at most `maxEm` em. Closing punctuation hangs at the end of the line
 * it follows; opening punctuation moves to the next line. Past `maxLines`, the last line ends in "…".
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity): { lines: string[]; truncated: boolean } {
  const tokens = text.match(TOKEN) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const fits = textWidth(line + token) <= maxEm;
    if (fits || line === '' || CLOSING.has(token)) {
      line += token;
      continue;
    }
    // An opening mark at the end of a full line goes down with the word it opens.
    const last = [...line].at(-1) ?? '';
    if (OPENING.has(last)) {
      lines.push(line.slice(0, -last.length));
      line = last + token;
    } else {
      lines.push(line);
      line = token.trimStart();
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let lastLine = kept[maxLines - 1];
  while (lastLine && textWidth(`${lastLine}…`) > maxEm) lastLine = [...lastLine].slice(0, -1).join('');
  kept[maxLines - 1] = `${lastLine}…`;
  return { lines: kept, truncated: true };
}

/** The largest of the given font sizes at which the text fits in `maxLines` lines of `width` px, with its lines. */
export function fitText(text: string, width: number, sizes: ReadonlyArray<{ size: number; maxLines: number }>): { size: number; lines: string[] } {
  for (const { size, maxLines } of sizes) {
    const { lines, truncated } = wrapText(text, width / size, maxLines);
    if (!truncated) return { size, lines };
  }
  const last = sizes[sizes.length - 1];
  return { size: last.size, lines: wrapText(text, width / last.size, last.maxLines).lines };
}
