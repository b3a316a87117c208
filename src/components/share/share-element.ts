/**
 * Two small islands for passing a page on. Without JavaScript each is plain markup: the page's
 * address as a link, the embed code as selectable text. Messages come from data-* attributes.
 *
 * <share-link data-url data-title data-share data-copy data-copied data-failed>: one button that opens
 * the device's share sheet (Web Share API) where there is one, and copies the address otherwise.
 * <copy-text data-copied data-failed>: a button that copies the text of the <textarea> inside it.
 */

/** Copies text to the clipboard; where the browser refuses, selects `fallback` so the visitor can copy it. */
async function copy(text: string, fallback: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback instanceof HTMLTextAreaElement) fallback.select();
    else {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return false;
  }
}

function say(host: HTMLElement, message: string) {
  const status = host.querySelector<HTMLElement>('[role="status"]');
  if (status) status.textContent = message;
}

class ShareLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button');
    const link = this.querySelector<HTMLElement>('a');
    if (!button || !link || this.dataset.ready) return;
    this.dataset.ready = 'true';
    const url = this.dataset.url ?? location.href;
    const canShare = typeof navigator.share === 'function';
    button.textContent = (canShare ? this.dataset.share : this.dataset.copy) ?? button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      if (canShare) {
        try {
          await navigator.share({ title: this.dataset.title ?? document.title, url });
          return;
        } catch (error) {
          // The visitor closed the share sheet: nothing to say. Any other failure falls back to copying.
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      say(this, (await copy(url, link)) ? (this.dataset.copied ?? '') : (this.dataset.failed ?? ''));
    });
  }
}

class CopyText extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button');
    const source = this.querySelector<HTMLTextAreaElement>('textarea');
    if (!button || !source || this.dataset.ready) return;
    this.dataset.ready = 'true';
    button.hidden = false;
    button.addEventListener('click', async () => {
      say(this, (await copy(source.value, source)) ? (this.dataset.copied ?? '') : (this.dataset.failed ?? ''));
    });
  }
}

if (!customElements.get('share-link')) customElements.define('share-link', ShareLink);
if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);

// A module, loaded by dynamic import from ShareLink.astro and EmbedSnippet.astro.
export {};
