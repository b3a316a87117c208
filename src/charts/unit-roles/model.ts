import { scaleBand, scaleLinear } from 'd3';
import { ASCENT, textBox, textWidth, type Box } from '../shared/text';

/** One unit with the number of annex rows it leads and joins. */
export interface UnitRolesInput {
  id: string;
  label: string;
  lead: number;
  join: number;
}

/** Sizes in SVG user units. */
export interface UnitRolesSize {
  /** Total width of the chart. */
  width: number;
  /** Height of one unit's bar row; the bar takes about 60% of it. */
  rowHeight: number;
  /** Size of label text. */
  fontSize: number;
  /** Each unit's name on a line of its own above its bar (关怀模式 on a phone), instead of in a column left of it. */
  stacked?: boolean;
}

export interface UnitRolesModel {
  width: number;
  height: number;
  fontSize: number;
  /** Left edge of the bars and the axis line's position. */
  plotX: number;
  plotWidth: number;
  axisY: number;
  ticks: Array<{ x: number; label: string }>;
  rows: Array<{
    id: string;
    label: string;
    /** Where the unit's name is written. */
    labelX: number;
    labelY: number;
    labelAnchor: 'start' | 'end';
    barY: number;
    barHeight: number;
    lead: { x: number; width: number; value: number };
    join: { x: number; width: number; value: number };
    /** "26 / 27": led, then joined. */
    valueText: string;
    valueX: number;
    valueY: number;
  }>;
  /** Every text's estimated box, for tests: none may overlap another or leave the drawing. */
  textBoxes: Box[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Stacked bars of items led (filled) and joined (outlined) per unit, busiest first. The name
 * column is as wide as the longest name, and the room right of the bars as wide as the widest
 * count, so no text leaves the drawing. Pure and deterministic.
 */
export function unitRolesModel(units: readonly UnitRolesInput[], size: UnitRolesSize): UnitRolesModel {
  const { width, rowHeight, fontSize: fs, stacked = false } = size;
  const sorted = [...units].sort((a, b) => b.lead - a.lead || b.join - a.join || a.id.localeCompare(b.id));
  const axisHeight = Math.round(fs * 2);
  const gap = fs * 0.4;
  const labelWidth = stacked ? 0 : Math.ceil(Math.max(0, ...sorted.map((unit) => textWidth(unit.label, fs))) + 2 * gap);
  // Stacked, the bars start at the left edge, just far enough in for the axis's "0" to fit.
  const plotX = stacked ? Math.ceil(textWidth('0', fs) / 2 + 1) : labelWidth;
  const valueText = (unit: UnitRolesInput) => `${unit.lead} / ${unit.join}`;
  // Room right of the bars for the widest value label, so no label leaves the chart.
  const valueWidth = Math.ceil(Math.max(0, ...sorted.map((unit) => textWidth(valueText(unit), fs))) + gap + 1);
  const plotWidth = Math.max(0, width - plotX - valueWidth);
  const max = Math.max(1, ...sorted.map((unit) => unit.lead + unit.join));
  // No nice(): the longest bar fills the plot, so a single item stays a visible sliver.
  const x = scaleLinear().domain([0, max]).range([0, plotWidth]);
  // A stacked row adds a line for the name above its bar.
  const nameLine = stacked ? Math.round(fs * 1.3) : 0;
  const step = rowHeight + nameLine;
  const y = scaleBand<string>().domain(sorted.map((unit) => unit.id)).range([axisHeight, axisHeight + sorted.length * step]);
  const barHeight = round(rowHeight * 0.6);
  const rows = sorted.map((unit) => {
    const top = y(unit.id)!;
    const barTop = top + nameLine;
    const leadWidth = round(x(unit.lead));
    const joinWidth = round(x(unit.lead + unit.join) - x(unit.lead));
    const middle = round(barTop + rowHeight / 2 + fs * 0.35);
    return {
      id: unit.id,
      label: unit.label,
      labelX: stacked ? plotX : round(plotX - gap),
      labelY: stacked ? round(top + ASCENT * fs + 2) : middle,
      labelAnchor: stacked ? ('start' as const) : ('end' as const),
      barY: round(barTop + (rowHeight - barHeight) / 2),
      barHeight,
      lead: { x: plotX, width: leadWidth, value: unit.lead },
      join: { x: round(plotX + leadWidth), width: joinWidth, value: unit.join },
      valueText: valueText(unit),
      valueX: round(plotX + leadWidth + joinWidth + gap),
      valueY: middle,
    };
  });
  const ticks = x.ticks(3).map((value) => ({ x: round(plotX + x(value)), label: String(value) }));
  const tickY = axisHeight - fs * 0.6;
  const textBoxes = [
    ...ticks.map((tick) => textBox(tick.label, tick.x, tickY, fs, 'middle')),
    ...rows.flatMap((row) => [textBox(row.label, row.labelX, row.labelY, fs, row.labelAnchor), textBox(row.valueText, row.valueX, row.valueY, fs)]),
  ];
  return { width, height: axisHeight + sorted.length * step, fontSize: fs, plotX, plotWidth, axisY: axisHeight, ticks, rows, textBoxes };
}
