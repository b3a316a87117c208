/**
 * The 关怀模式 and large-cursor switches. Each is a class on <html> ("care", "big-cursor"),
 * remembered in localStorage under the keys below; the inline script in BaseLayout's <head>
 * applies the stored choice before the page is drawn, so this file only handles the buttons.
 * Keep the keys in step with that script.
 */
const KEYS = { care: 'jieshui-care', 'big-cursor': 'jieshui-big-cursor' } as const;
type Setting = keyof typeof KEYS;
const root = document.documentElement;

function stored(setting: Setting): boolean {
  try {
    return localStorage.getItem(KEYS[setting]) === 'on';
  } catch {
    return root.classList.contains(setting);
  }
}

function remember(setting: Setting, on: boolean) {
  try {
    if (on) localStorage.setItem(KEYS[setting], 'on');
    else localStorage.removeItem(KEYS[setting]);
  } catch {
    // Storage blocked by the browser: the choice lasts until the page is left.
  }
}

function apply(setting: Setting, on: boolean) {
  root.classList.toggle(setting, on);
  for (const button of document.querySelectorAll(`[data-setting="${setting}"]`)) button.setAttribute('aria-pressed', String(on));
}

function applyStored() {
  (Object.keys(KEYS) as Setting[]).forEach((setting) => apply(setting, stored(setting)));
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-setting]') : null;
  const setting = button?.dataset.setting as Setting | undefined;
  if (!setting || !(setting in KEYS)) return;
  const on = !root.classList.contains(setting);
  remember(setting, on);
  apply(setting, on);
});
// Another tab changed the setting, or the page came back from the back/forward cache.
window.addEventListener('storage', (event) => event.key && Object.values(KEYS).includes(event.key as never) && applyStored());
window.addEventListener('pageshow', (event) => event.persisted && applyStored());
applyStored();
