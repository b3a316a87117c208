// The "where the water goes" bar chart of a detailed estimate: a plain model (positions and words),
// drawn as SVG by the calculator island. Every bar carries its name and its litres in text, so the
// chart never relies on colour; the result's table says the same in rows.
import { formatLitres } from './format';

/** One bar: its row, its words and its length in chart units. */
export interface UseBar {
  y: number;
  name: string;
  value: string;
  /** Share of the day's total, rounded, for the text label ("42%"). */
  share: string;
  width: number;
}

/** The chart: its size in SVG units, the bars (largest first) and a one-sentence summary for role="img". */
export interface UsesChart {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: UseBar[];
  summary: string;
}

const WIDTH = 320;
const LABEL = 64;
const VALUE = 112;
const ROW = 30;
const BAR = 18;

/** Lays out one bar per use, scaled to the largest; a use of 0 litres gets no bar but keeps its row and text. */
export function usesChart(uses: ReadonlyArray<{ name: string; litresPerDay: number }>): UsesChart {
  const total = uses.reduce((sum, use) => sum + use.litresPerDay, 0);
  const largest = Math.max(0, ...uses.map((use) => use.litresPerDay));
  const room = WIDTH - LABEL - VALUE;
  const bars = uses.map((use, i) => ({
    y: i * ROW + (ROW - BAR) / 2,
    name: use.name,
    value: formatLitres(use.litresPerDay),
    share: total > 0 ? `${Math.round((use.litresPerDay / total) * 100)}%` : '0%',
    width: largest > 0 ? Math.max(use.litresPerDay > 0 ? 1 : 0, (use.litresPerDay / largest) * room) : 0,
  }));
  const summary = bars.length === 0 ? '没有计入任何用水。' : `全家每天的用水中，${bars.map((b) => `${b.name} ${b.value}（${b.share}）`).join('，')}。`;
  return { width: WIDTH, height: Math.max(1, bars.length) * ROW, labelWidth: LABEL, barHeight: BAR, bars, summary };
}
