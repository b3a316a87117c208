import type { SparklineModel } from './model';
import { esc, svgOpen } from '../shared/svg';

/**
 * The sparkline as SVG markup: the line in the text's colour (currentColor, so it follows the
 * page's palette and 关怀模式), a dot on the latest figure and the target as a dashed line. No
 * text inside: the label (role="img") says the first and last figures.
 */
export function renderSparkline(model: SparklineModel, label: string): string {
  const { width, height, path, last, reference } = model;
  const target = reference ? `<line class="spark-target" x1="0" x2="${width}" y1="${reference.y}" y2="${reference.y}" stroke="currentColor" stroke-width="1" stroke-dasharray="3 2" opacity="0.7"/>` : '';
  return [
    svgOpen(width, height, label, 'sparkline'),
    target,
    `<path class="spark-line" d="${esc(path)}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`,
    `<circle class="spark-last" cx="${last.x}" cy="${last.y}" r="2.2" fill="currentColor"/>`,
    '</svg>',
  ].join('');
}
