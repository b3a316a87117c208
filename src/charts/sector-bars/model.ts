import { scaleLinear } from 'd3';
import { PALETTE } from '../shared/palette';

export interface SectorYear {
  year: number;
  /** Published total, if any; a part of it not covered by published sectors is drawn as "not published". */
  total: number | null;
  parts: Array<{ key: string; value: number | null }>;
}
export interface SectorInput {
  years: SectorYear[];
  sectors: Array<{ key: string; label: string }>;
  width: number;
  unit: string;
}

const MARGIN = { top: 8, right: 12, bottom: 28, left: 52 };
const BAR = 26;
const GAP = 18;
const round = (n: number) => Math.round(n * 10) / 10;
/** Texture keys per sector, so sectors differ by more than colour. */
const PATTERNS = ['', 'a', '', 'b'];

/**
 * Stacked horizontal bars of water use by sector, one per year. A sector the source does not
 * publish is left out of the stack, and the rest of the published total is drawn hatched as
 * "未公开" without a number, so nothing is estimated.
 */
export function sectorBarsModel(input: SectorInput) {
  const height = MARGIN.top + input.years.length * (BAR + GAP) + MARGIN.bottom;
  const max = Math.max(...input.years.map((y) => Math.max(y.total ?? 0, y.parts.reduce((s, p) => s + (p.value ?? 0), 0))));
  const x = scaleLinear().domain([0, max]).nice().range([MARGIN.left, input.width - MARGIN.right]);
  const bars = input.years.map((year, i) => {
    let at = 0;
    const top = MARGIN.top + i * (BAR + GAP);
    const segments = input.sectors.flatMap((sector, j) => {
      const part = year.parts.find((p) => p.key === sector.key);
      if (!part || part.value === null) return [];
      const segment = { key: sector.key, label: sector.label, value: part.value, x: round(x(at)), width: round(x(at + part.value) - x(at)), fill: PALETTE[j % PALETTE.length], pattern: PATTERNS[j % PATTERNS.length] };
      at += part.value;
      return [segment];
    });
    const unpublished = year.total !== null && year.total - at > 1e-9 ? { x: round(x(at)), width: round(x(year.total) - x(at)) } : null;
    return { year: year.year, y: top, height: BAR, segments, unpublished, totalX: year.total !== null ? round(x(year.total)) : null };
  });
  const ticks = x.ticks(5).map((value) => ({ x: round(x(value)), label: String(value) }));
  return { width: input.width, height, bars, ticks, axisY: height - MARGIN.bottom, left: MARGIN.left, unit: input.unit, legend: input.sectors.map((s, j) => ({ ...s, fill: PALETTE[j % PALETTE.length], pattern: PATTERNS[j % PATTERNS.length] })) };
}

export type SectorBarsModel = ReturnType<typeof sectorBarsModel>;
