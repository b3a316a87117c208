/** Marker shapes, so series and statuses differ by shape and not only by colour. */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'ring';

/** An SVG path for a marker of the given shape centred on (0, 0) with radius r. */
export function markerPath(shape: Shape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(-r)},${f(-r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'triangle':
      return `M0,${f(-r * 1.15)}L${f(r * 1.05)},${f(r * 0.75)}L${f(-r * 1.05)},${f(r * 0.75)}Z`;
    case 'diamond':
      return `M0,${f(-r * 1.2)}L${f(r * 1.2)},0L0,${f(r * 1.2)}L${f(-r * 1.2)},0Z`;
    case 'cross':
      return `M${f(-r)},${f(-r)}L${f(r)},${f(r)}M${f(r)},${f(-r)}L${f(-r)},${f(r)}`;
  }
}
