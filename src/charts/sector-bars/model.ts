import { scaleLinear } from 'd3';
import { PALETTE } from '../shared/palette';
import { boxesOverlap, textBox, textWidth, type Box } from '../shared/text';

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
  /** Text size in user units (12 unless a layout asks for more). */
  fontSize?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Texture keys per sector, so sectors differ by more than colour. */
const PATTERNS = ['', 'a', '', 'b'];

/**
 * Stacked horizontal bars of water use by sector, one per year. A sector the source does not
 * publish is left out of the stack, and the rest of the published total is drawn hatched as
 * "未公开" without a number, so nothing is estimated. The unit sits above the bars, the year
 * labels left of them and the value labels under them, each sized from its text.
 */
export function sectorBarsModel(input: SectorInput) {
  const fs = input.fontSize ?? 12;
  const bar = Math.round(fs * 2.2);
  const gap = Math.round(fs * 1.4);
  const top = Math.round(fs * 1.8);
  const left = round(Math.max(...input.years.map((y) => textWidth(String(y.year), fs)), 0) + fs * 0.8);
  const right = round(input.width - fs * 0.5);
  const axisY = top + input.years.length * (bar + gap) - gap + Math.round(fs * 0.5);
  const height = Math.round(axisY + fs * 1.7);
  const max = Math.max(...input.years.map((y) => Math.max(y.total ?? 0, y.parts.reduce((s, p) => s + (p.value ?? 0), 0))));
  const x = scaleLinear().domain([0, max || 1]).nice().range([left, right]);
  const bars = input.years.map((year, i) => {
    let at = 0;
    const y = top + i * (bar + gap);
    const segments = input.sectors.flatMap((sector, j) => {
      const part = year.parts.find((p) => p.key === sector.key);
      if (!part || part.value === null) return [];
      const segment = { key: sector.key, label: sector.label, value: part.value, x: round(x(at)), width: round(x(at + part.value) - x(at)), fill: PALETTE[j % PALETTE.length], pattern: PATTERNS[j % PATTERNS.length] };
      at += part.value;
      return [segment];
    });
    const unpublished = year.total !== null && year.total - at > 1e-9 ? { x: round(x(at)), width: round(x(year.total) - x(at)) } : null;
    return { year: year.year, y, height: bar, labelX: round(left - fs * 0.5), labelY: round(y + bar / 2 + fs * 0.35), segments, unpublished, totalX: year.total !== null ? round(x(year.total)) : null };
  });
  // Value labels under the axis: as many as fit side by side, none past the edges.
  const tickY = round(axisY + fs * 1.3);
  const placed: Box[] = [];
  const ticks = x.ticks(Math.max(2, Math.floor((right - left) / (fs * 4)))).flatMap((value) => {
    const label = String(value);
    const box = textBox(label, x(value), tickY, fs, 'middle');
    if (box.x < 0 || box.x + box.width > input.width || placed.some((p) => boxesOverlap(p, box, -fs * 0.5))) return [];
    placed.push(box);
    return [{ x: round(x(value)), label, y: tickY }];
  });
  const unitLabel = { x: left, y: round(fs), text: input.unit };
  return {
    width: input.width,
    height,
    fontSize: fs,
    bars,
    ticks,
    axisY,
    top,
    left,
    unit: input.unit,
    unitLabel,
    legend: input.sectors.map((s, j) => ({ ...s, fill: PALETTE[j % PALETTE.length], pattern: PATTERNS[j % PATTERNS.length] })),
    /** Every text's estimated box, for tests. */
    textBoxes: [
      textBox(unitLabel.text, unitLabel.x, unitLabel.y, fs),
      ...bars.map((b) => textBox(String(b.year), b.labelX, b.labelY, fs, 'end')),
      ...placed,
    ],
  };
}

export type SectorBarsModel = ReturnType<typeof sectorBarsModel>;
