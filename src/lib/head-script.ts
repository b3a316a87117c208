/**
 * The one inline script, and on pages without an island of their own the only script. It runs in
 * <head> before the body is drawn:
 * - marks <html class="js"> and applies the visitor's stored 关怀模式 and large-cursor choices, so
 *   nothing flashes (again when the page comes back from the back/forward cache);
 * - loads the code of the header's reading aids on first use: a click on a switch loads the
 *   switches' code (src/components/care/care-mode.ts), a click on 朗读正文 the reader's
 *   (read-aloud.ts), from the addresses CareTools.astro puts in data-care-src / data-read-src, and
 *   then replays the click for it. With 关怀模式 already on, or changed in another tab, the switches'
 *   code loads at once (it marks the switches pressed and makes wide charts scrollable by keyboard).
 * astro.config.mjs adds its hash to the content security policy; tests/built/security.test.ts
 * checks that the hash matches, tests/built/budgets.test.ts that it stays small.
 */
export const HEAD_SCRIPT =
  "(function(d,c){c.add('js');function s(){try{c.toggle('care',localStorage.getItem('jieshui-care')==='on');c.toggle('big-cursor',localStorage.getItem('jieshui-big-cursor')==='on')}catch(e){}}s();var p={};function l(k){var e=d.querySelector('[data-'+k+'-src]');return p[k]||(p[k]=e?import(e.getAttribute('data-'+k+'-src')).catch(function(){p[k]=0}):Promise.resolve())}d.addEventListener('click',function(v){var b=v.target.closest&&v.target.closest('[data-setting],[data-read=play]'),k=b&&(b.hasAttribute('data-setting')?'care':'read');if(k&&!p[k])l(k).then(function(){p[k]&&b.click()})});addEventListener('DOMContentLoaded',function(){if(c.contains('care')||c.contains('big-cursor'))l('care')});addEventListener('storage',function(){l('care')});addEventListener('pageshow',function(e){e.persisted&&s()})})(document,document.documentElement.classList)";
