/**
 * Characters that must never reach a page or a download from content: they are invisible, or
 * change how the text around them is shown, or end a line in a spreadsheet. A line break (\n)
 * is allowed: YAML block text uses it and the pages render it as a space.
 */
const HIDDEN: Array<[RegExp, string]> = [
  [/[\u0000-\u0009\u000B-\u001F\u007F]/u, 'control character'],
  [/[\u0080-\u009F]/u, 'C1 control character'],
  [/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u, 'bidirectional control character'],
  [/[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E\u034F\u115F\u1160\u3164\uFFA0]/u, 'zero-width or invisible character'],
  [/[\uFFF9-\uFFFB\uFFFC\uFFFD]/u, 'replacement or object character (the text was damaged when it was copied)'],
  [/[\uD800-\uDFFF]/u, 'lone surrogate'],
];

/** Writes a character as U+XXXX, so a message can name a character nobody can see. */
export const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text may not be published as it is (an invisible or control character, and where), or null. */
export function hiddenCharacterProblem(value: string): string | null {
  for (const [pattern, what] of HIDDEN) {
    const match = pattern.exec(value);
    if (match) return `must not contain a ${what} (found ${codePoint(match[0])} at character ${[...value.slice(0, match.index)].length + 1}); retype the text around it`;
  }
  return null;
}
