import { scaleBand, scaleLinear } from 'd3';
import { emWidth } from '../shared/text';

/** One unit with the number of annex rows it leads and joins. */
export interface UnitRolesInput {
  id: string;
  label: string;
  lead: number;
  join: number;
}

/** Sizes in CSS pixels at the default 16 px root size. */
export interface UnitRolesSize {
  /** Total width of the chart. */
  width: number;
  /** Height of one unit's row; the bar takes about 60% of it. */
  rowHeight: number;
  /** Width of the unit label column. */
  labelWidth: number;
  /** Size of label text. */
  fontSize: number;
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
    y: number;
    /** Baseline of the row's texts. */
    textY: number;
    barY: number;
    barHeight: number;
    lead: { x: number; width: number; value: number };
    join: { x: number; width: number; value: number };
    /** "26 / 27": led, then joined. */
    valueText: string;
    valueX: number;
  }>;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Stacked bars of items led (filled) and joined (outlined) per unit, busiest first. Pure and deterministic. */
export function unitRolesModel(units: readonly UnitRolesInput[], size: UnitRolesSize): UnitRolesModel {
  const { width, rowHeight, labelWidth, fontSize } = size;
  const sorted = [...units].sort((a, b) => b.lead - a.lead || b.join - a.join || a.id.localeCompare(b.id));
  const axisHeight = Math.round(fontSize * 2);
  const plotX = labelWidth;
  const valueText = (unit: UnitRolesInput) => `${unit.lead} / ${unit.join}`;
  // Room right of the bars for the widest value label, so no label leaves the chart.
  const gap = fontSize * 0.4;
  const valueWidth = Math.ceil(Math.max(0, ...sorted.map((unit) => emWidth(valueText(unit)))) * fontSize + gap);
  const plotWidth = Math.max(0, width - labelWidth - valueWidth);
  const max = Math.max(1, ...sorted.map((unit) => unit.lead + unit.join));
  // No nice(): the longest bar fills the plot, so a single item stays a visible sliver.
  const x = scaleLinear().domain([0, max]).range([0, plotWidth]);
  const y = scaleBand<string>().domain(sorted.map((unit) => unit.id)).range([axisHeight, axisHeight + sorted.length * rowHeight]);
  const barHeight = round(rowHeight * 0.6);
  const rows = sorted.map((unit) => {
    const top = y(unit.id)!;
    const leadWidth = round(x(unit.lead));
    const joinWidth = round(x(unit.lead + unit.join) - x(unit.lead));
    return {
      id: unit.id,
      label: unit.label,
      y: top,
      textY: round(top + rowHeight / 2 + fontSize * 0.35),
      barY: round(top + (rowHeight - barHeight) / 2),
      barHeight,
      lead: { x: plotX, width: leadWidth, value: unit.lead },
      join: { x: round(plotX + leadWidth), width: joinWidth, value: unit.join },
      valueText: valueText(unit),
      valueX: round(plotX + leadWidth + joinWidth + gap),
    };
  });
  const ticks = x.ticks(3).map((value) => ({ x: round(plotX + x(value)), label: String(value) }));
  return { width, height: axisHeight + sorted.length * rowHeight, fontSize, plotX, plotWidth, axisY: axisHeight, ticks, rows };
}
