/**
 * Characters that must never reach a page or a download from content: they are invisible, or
 * change how the text around them is shown, or end a line in a spreadsheet, or show as a box.
 * A line break (\n) is allowed: YAML block text uses it and the pages render it as a space.
 */
const HIDDEN: Array<[RegExp, string]> = [
  [/[\u0000-\u0009\u000B-\u001F\u007F]/u, 'control character'],
  [/[\u0080-\u009F]/u, 'C1 control character'],
  [/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, 'bidirectional control character'],
  [/[\u2028\u2029]/u, 'line or paragraph separator (use an ordinary line break)'],
  // Zero-width spaces and joiners, soft hyphens, word joiners, fillers, variation selectors, tag characters…
  [/\p{Default_Ignorable_Code_Point}/u, 'zero-width or invisible character'],
  [/[\uFFF9-\uFFFD]/u, 'replacement or object character (the text was damaged when it was copied)'],
  [/[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}]/u, 'noncharacter (the text was damaged when it was copied)'],
  [/\p{Co}/u, 'private-use character (it shows as a box or a wrong glyph)'],
  [/[\uD800-\uDFFF]/u, 'lone surrogate'],
];
const ANY_HIDDEN = new RegExp(HIDDEN.map(([pattern]) => pattern.source).join('|'), 'gu');

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

/** The text with every character that the checks refuse written as \uXXXX, for messages. */
export function escapeHidden(text: string): string {
  return text.replace(ANY_HIDDEN, (char) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
