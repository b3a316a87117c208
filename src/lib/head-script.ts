/**
 * The one inline script, and on pages without an island of their own the only script. It runs in
 * <head> before the body is drawn:
 * - marks <html class="js"> and applies the visitor's stored 关怀模式 and large-cursor choices
 *   (localStorage "jieshui-care", "jieshui-big-cursor" = "on"), so nothing flashes; again when
 *   another tab changes them and when the page comes back from the back/forward cache;
 * - owns the two switches: a press on a [data-setting] button flips that class and stores it at once,
 *   then loads src/components/care/care-mode.ts (the switches' pressed state, scrollable charts),
 *   which also loads at once when 关怀模式 is already on;
 * - loads the reader (src/components/care/read-aloud.ts) on the first press of 朗读正文 and replays
 *   that press for it.
 * The files' addresses come from CareTools.astro's data-care-src / data-read-src attributes.
 * The layouts put its hash in the page's content security policy
 * (src/lib/content-security-policy.ts); tests/built/security.test.ts checks that the hash matches,
 * tests/built/budgets.test.ts that it stays under 0.5 KB gzipped.
 */
export const HEAD_SCRIPT =
  "(function(d,c){var s,n='jieshui-',p={};c.add('js');try{s=localStorage}catch(e){}function a(){try{c.toggle('care',s.getItem(n+'care')=='on');c.toggle('big-cursor',s.getItem(n+'big-cursor')=='on')}catch(e){}}function l(k){var e=d.querySelector('[data-'+k+'-src]');return p[k]||(p[k]=e?import(e.getAttribute('data-'+k+'-src')).catch(function(){p[k]=0}):Promise.resolve())}a();d.addEventListener('click',function(v){var b=v.target.closest&&v.target.closest('[data-setting],[data-read=play]');if(!b)return;var k=b.getAttribute('data-setting');if(k){var o=!c.contains(k);c.toggle(k,o);try{o?s.setItem(n+k,'on'):s.removeItem(n+k)}catch(e){}l('care')}else if(!p.read)l('read').then(function(){p.read&&b.click()})});addEventListener('DOMContentLoaded',function(){(c.contains('care')||c.contains('big-cursor'))&&l('care')});addEventListener('storage',function(){a();l('care')});addEventListener('pageshow',function(e){e.persisted&&a()})})(document,document.documentElement.classList)";
