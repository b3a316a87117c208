/**
 * The one inline script: it runs in <head> before the body is drawn and applies the visitor's
 * stored 关怀模式 and large-cursor choices, so nothing flashes. astro.config.mjs adds its hash to
 * the content security policy; tests/built/security.test.ts checks that the hash matches.
 */
export const HEAD_SCRIPT =
  "(function(c){c.add('js');try{if(localStorage.getItem('jieshui-care')==='on')c.add('care');if(localStorage.getItem('jieshui-big-cursor')==='on')c.add('big-cursor')}catch(e){}})(document.documentElement.classList)";
