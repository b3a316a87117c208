/**
 * What the 关怀模式 and large-cursor switches change beyond the class on <html>. The head script
 * (src/lib/head-script.ts) owns the choice: it applies the stored one before first paint, and on a
 * press it flips the class ("care", "big-cursor"), stores it (localStorage "jieshui-<setting>") and
 * loads this file. Here the switches' pressed state and the charts follow the class, whenever it
 * changes (a press, another tab, the back/forward cache) and when the screen is resized.
 */
const SETTINGS = ['care', 'big-cursor'] as const;
const root = document.documentElement;

/**
 * In care mode a chart keeps its text at the body size and scrolls sideways when the screen is
 * narrower; a scrolling chart must then be reachable by keyboard, so it becomes a focusable region.
 */
function markScrollingCharts() {
  const on = root.classList.contains('care');
  const suffix = document.querySelector<HTMLElement>('[data-chart-scroll]')?.dataset.chartScroll ?? '';
  for (const box of document.querySelectorAll<HTMLElement>('.chart-narrow')) {
    const scrolls = on && box.scrollWidth > box.clientWidth + 1;
    if (scrolls) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      const title = box.closest('figure')?.querySelector('.chart-title')?.textContent?.trim() ?? '';
      box.setAttribute('aria-label', title + suffix);
    } else if (box.hasAttribute('tabindex')) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }
}

/** Each switch says whether its setting is on; the charts follow. */
function follow() {
  for (const setting of SETTINGS) {
    for (const button of document.querySelectorAll(`[data-setting="${setting}"]`)) button.setAttribute('aria-pressed', String(root.classList.contains(setting)));
  }
  markScrollingCharts();
}

new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['class'] });
let resizing = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(markScrollingCharts);
});
follow();
