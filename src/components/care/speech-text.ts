/**
 * What the read-aloud control says, as plain functions: which parts of the page it reads, and how
 * the text is cut into short utterances (browsers stall on very long ones, and a short piece lets
 * pause and stop act at once).
 */

/** Parts of `main` that are not read: search-only and chart internals, hidden and decorative content. */
export const SKIP_SELECTOR = '[data-pagefind-ignore], [aria-hidden="true"], [hidden], script, style, template, noscript, svg';

const BLOCK = /^(P|LI|H[1-6]|DT|DD|TD|TH|CAPTION|FIGCAPTION|BLOCKQUOTE|DIV|SECTION|ARTICLE|ASIDE|TR|SUMMARY|LEGEND|LABEL|FIGURE|OL|UL|DL|TABLE|FORM|FIELDSET|DETAILS|NAV|HEADER|FOOTER)$/;

/** The readable text under `root`, one line per block (paragraph, list item, heading, cell). */
export function readableLines(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue ?? '');
      if (!(child instanceof Element) || child.matches(SKIP_SELECTOR)) continue;
      // Content the reader cannot see (a closed <details>, a layout for another screen width) is not read either.
      if (typeof child.checkVisibility === 'function' && !child.checkVisibility()) continue;
      const block = BLOCK.test(child.tagName);
      if (block) out.push('\n');
      walk(child);
      if (block) out.push('\n');
    }
  };
  walk(root);
  return out.join('').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
}

/** Cuts lines into utterances of at most `max` characters, at sentence ends where possible, then at commas. */
export function toUtterances(lines: string[], max = 120): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    for (const piece of split(line, max)) {
      if (current !== '' && current.length + piece.length > max) {
        out.push(current);
        current = '';
      }
      current += piece;
    }
    if (current !== '') out.push(current);
  }
  return out;
}

// Where a long text may be cut, best first: after a sentence, after a clause.
const MARKS = ['。！？；!?;', '，、,：:'];

/** Splits text longer than `max` after the marks of `level`, then the next level, then anywhere. */
function split(text: string, max: number, level = 0): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  if (level >= MARKS.length) {
    for (let i = 0; i < text.length; i += max) pieces.push(text.slice(i, i + max));
    return pieces;
  }
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (MARKS[level].includes(text[i])) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.flatMap((piece) => split(piece, max, level + 1));
}
