/**
 * <matrix-highlight>: highlights a unit's row and a work item's column of the responsibility
 * matrix while the pointer is over it or a label inside has keyboard focus. Reads its geometry
 * from data attributes on the SVG; without JavaScript the matrix reads the same, unhighlighted.
 */
class MatrixHighlight extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector<SVGSVGElement>('svg[data-step]');
    if (!svg) return;
    const step = Number(svg.dataset.step);
    const rows = Number(svg.dataset.rows);
    const cols = Number(svg.dataset.cols);
    const rowBar = svg.querySelector('.hl-row');
    const colBar = svg.querySelector('.hl-col');
    const marked: Element[] = [];

    const show = (row: number | null, first: number | null, last = first) => {
      marked.splice(0).forEach((el) => el.classList.remove('is-hl'));
      rowBar?.setAttribute('visibility', row === null ? 'hidden' : 'visible');
      colBar?.setAttribute('visibility', first === null ? 'hidden' : 'visible');
      if (row !== null) {
        rowBar?.setAttribute('y', String(row * step));
        marked.push(...this.querySelectorAll(`[data-row="${row}"]`));
      }
      if (first !== null && last !== null) {
        colBar?.setAttribute('x', String(first * step));
        colBar?.setAttribute('width', String((last - first + 1) * step));
        for (let col = first; col <= last; col += 1) marked.push(...this.querySelectorAll(`.col[data-first="${col}"]`));
      }
      marked.forEach((el) => el.classList.add('is-hl'));
    };
    const fromLabel = (target: EventTarget | null) => {
      const label = target instanceof Element ? target.closest<HTMLElement>('[data-row], [data-first]') : null;
      if (!label) return false;
      const { row, first, last } = label.dataset;
      show(row === undefined ? null : Number(row), first === undefined ? null : Number(first), last === undefined ? null : Number(last));
      return true;
    };

    this.addEventListener('focusin', (event) => fromLabel(event.target));
    this.addEventListener('focusout', () => show(null, null));
    this.addEventListener('pointerover', (event) => {
      if (event.target instanceof Element && !event.target.closest('svg')) fromLabel(event.target);
    });
    svg.addEventListener('pointermove', (event) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / (cols * step);
      const col = Math.floor((event.clientX - box.left) / (step * scale));
      const row = Math.floor((event.clientY - box.top) / (step * scale));
      if (row >= 0 && row < rows && col >= 0 && col < cols) show(row, col);
    });
    this.addEventListener('pointerleave', () => show(null, null));
  }
}

if (!customElements.get('matrix-highlight')) customElements.define('matrix-highlight', MatrixHighlight);
export {};
