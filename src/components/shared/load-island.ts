/**
 * Loads an island's code once, when the browser is idle, or at once when the visitor first
 * focuses or touches `host` (the island's element), whichever comes first. The code itself is a
 * dynamic import, so it is a file of its own that only this moment fetches; without JavaScript the
 * page works as it is.
 */
export function loadIsland(load: () => Promise<unknown>, host?: Element | null): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void load();
  };
  host?.addEventListener('focusin', start, { once: true });
  host?.addEventListener('pointerdown', start, { once: true });
  if ('requestIdleCallback' in window) requestIdleCallback(start);
  else setTimeout(start, 1);
}
