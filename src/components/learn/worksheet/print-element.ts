/**
 * <worksheet-print>: the worksheet page's print buttons. Each button (data-print="sheet", "key"
 * or "all") marks <html data-print> so the print stylesheet leaves out the answer key or the
 * sheet, then opens the browser's print dialog; the mark goes when printing ends. A print
 * started from the browser's own menu always prints everything.
 */
class WorksheetPrint extends HTMLElement {
  private pending = false;

  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    const root = document.documentElement;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-print]');
      if (!button) return;
      const mode = button.dataset.print;
      if (mode === 'sheet' || mode === 'key') root.dataset.print = mode;
      else delete root.dataset.print;
      this.pending = true;
      window.print();
    });
    window.addEventListener('beforeprint', () => {
      if (!this.pending) delete root.dataset.print;
      this.pending = false;
    });
    window.addEventListener('afterprint', () => {
      delete root.dataset.print;
      this.pending = false;
    });
  }
}

customElements.define('worksheet-print', WorksheetPrint);

export {};
