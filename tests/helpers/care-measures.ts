/** What 关怀模式 promises on one page, as measured in the browser. Lists name the elements that fall short. */
export interface CareMeasures {
  /** Whether <html> carries the care class. */
  careClass: boolean;
  /** Visible text (outside charts) smaller than 24 px. */
  smallText: string[];
  /** Visible text whose line height is under 1.3 × its font size. */
  tightLines: string[];
  /** Paragraphs whose spacing is not larger than the line spacing (see below). */
  tightParagraphs: string[];
  /** Text in main with a contrast under 7:1 against its background. */
  lowContrast: string[];
  /** Links, buttons and fields smaller than 44 × 44 px. */
  smallTargets: string[];
  /** Header navigation (or its 菜单 button), the care-mode switches and the search box smaller than 60 × 60 px. */
  smallMainControls: string[];
  /** How far the page is wider than the screen, in px. */
  overflow: number;
  /** The first paragraph of main: font size and line height in px, contrast, gap to the next paragraph in px. */
  bodyText: { fontSize: number; lineHeight: number; contrast: number; paragraphGap: number | null } | null;
}

/**
 * Measures a page for 关怀模式. Runs inside the browser through page.evaluate, so it is one
 * self-contained function. Contrast follows WCAG 2.x (relative luminance), against the nearest
 * ancestor with an opaque background. Paragraph spacing counts as larger than line spacing when
 * the blank gap is at least 1.3 × the leading (line height − font size) and the distance from one
 * paragraph to the next is at least 1.3 × the line height, the rule of 《互联网网站适老化通用设计规范》
 * read both ways.
 */
export function measureCare(): CareMeasures {
  const visible = (el: Element) => el.checkVisibility() && el.getClientRects().length > 0;
  const label = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 16)}"`;
  const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (rgb: number[]) => {
    const linear = rgb.slice(0, 3).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  };
  const backgroundOf = (el: Element) => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      const c = channels(getComputedStyle(at).backgroundColor);
      if (c.length === 3 || c[3] === 1) return c;
    }
    return [255, 255, 255];
  };
  const contrast = (el: Element) => {
    const [a, b] = [luminance(channels(getComputedStyle(el).color)), luminance(backgroundOf(el))].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
  const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim() !== '');
  const px = (value: string) => parseFloat(value);

  const texts = [...document.querySelectorAll('body *')].filter(
    (el) => ownText(el) && !el.closest('svg, script, style, .matrix-grid, .visually-hidden, .skip, .site-search label') && visible(el),
  );
  const smallText: string[] = [];
  const tightLines: string[] = [];
  const lowContrast: string[] = [];
  for (const el of texts) {
    const style = getComputedStyle(el);
    const size = px(style.fontSize);
    if (size < 23.95) smallText.push(`${label(el)} ${size}px`);
    if (!(px(style.lineHeight) >= 1.3 * size - 0.05)) tightLines.push(`${label(el)} ${size}/${style.lineHeight}`);
    if (el.closest('main') && contrast(el) < 7) lowContrast.push(`${label(el)} ${contrast(el).toFixed(2)}`);
  }

  const tightParagraphs: string[] = [];
  const paragraphs = [...document.querySelectorAll('main p')].filter((p) => ownText(p) && visible(p));
  let paragraphGap: number | null = null;
  for (const p of paragraphs) {
    const next = p.nextElementSibling;
    if (!next || next.tagName !== 'P' || !visible(next)) continue;
    const size = px(getComputedStyle(p).fontSize);
    const line = px(getComputedStyle(p).lineHeight);
    const gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
    paragraphGap ??= gap;
    if (gap < 1.3 * (line - size) - 0.5 || line + gap < 1.3 * line - 0.5) tightParagraphs.push(`${label(p)} gap ${gap}px, line ${line}px`);
  }

  const smallTargets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
    .filter((el) => visible(el) && !el.closest('.skip'))
    .map((el) => [el, el.getBoundingClientRect()] as const)
    .filter(([, box]) => box.width < 43.5 || box.height < 43.5)
    .map(([el, box]) => `${label(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
  const smallMainControls = [...document.querySelectorAll('.site-nav a, .site-menu > summary, .care-tools button, .site-search input, .site-search button')]
    .filter(visible)
    .map((el) => [el, el.getBoundingClientRect()] as const)
    .filter(([, box]) => box.width < 59.5 || box.height < 59.5)
    .map(([el, box]) => `${label(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);

  const first = paragraphs[0];
  const bodyText = first
    ? { fontSize: px(getComputedStyle(first).fontSize), lineHeight: px(getComputedStyle(first).lineHeight), contrast: Math.round(contrast(first) * 100) / 100, paragraphGap }
    : null;
  return {
    careClass: document.documentElement.classList.contains('care'),
    smallText: smallText.slice(0, 10),
    tightLines: tightLines.slice(0, 10),
    tightParagraphs: tightParagraphs.slice(0, 10),
    lowContrast: lowContrast.slice(0, 10),
    smallTargets: smallTargets.slice(0, 10),
    smallMainControls,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    bodyText,
  };
}
