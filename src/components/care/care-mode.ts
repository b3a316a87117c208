/**
 * What the 关怀模式 and large-cursor switches change beyond the class on <html>. The head script
 * (src/lib/head-script.ts) owns the choice: it applies the stored one before first paint, and on a
 * press it flips the class ("care", "big-cursor"), stores it (localStorage "jieshui-<setting>") and
 * loads this file. Here the switches' pressed state follows the class whenever it changes (a
 * press, another tab, the back/forward cache). Charts need nothing: each has its own 关怀模式 layout.
 */
const SETTINGS = ['care', 'big-cursor'] as const;
const root = document.documentElement;

/** Each switch says whether its setting is on. */
function follow() {
  for (const setting of SETTINGS) {
    for (const button of document.querySelectorAll(`[data-setting="${setting}"]`)) button.setAttribute('aria-pressed', String(root.classList.contains(setting)));
  }
}

new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['class'] });
follow();
