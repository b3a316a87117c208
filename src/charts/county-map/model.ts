import { emWidth } from '../shared/text';
import type { CountyTileInput } from '../../domain/counties/views';

/**
 * One place on the schematic map: the city (drawn apart, as a key) or one of the six divisions,
 * with its position in tile units and its lines in words (src/domain/counties/views.ts builds them).
 */
export type TileDatum = Pick<CountyTileInput, 'id' | 'name' | 'href' | 'kind' | 'col' | 'row' | 'lines'>;

/** Sizes in SVG user units. */
export interface MapOptions {
  tileWidth?: number;
  tileHeight?: number;
  gap?: number;
  /** Height of the city's key tile, and the space between it and the six. */
  keyHeight?: number;
  keyGap?: number;
  nameSize?: number;
  lineSize?: number;
  /** Room around the drawing so focus rings are not clipped. */
  pad?: number;
  /** Write each place's lines under its name (false: the name alone, in the middle of its tile, as 关怀模式 draws it). */
  lines?: boolean;
}

export interface TileText {
  text: string;
  x: number;
  y: number;
  size: number;
  kind: 'name' | 'line';
}

export interface TileModel {
  id: string;
  href: string;
  kind: 'city' | 'division';
  current: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  texts: TileText[];
}

export interface CountyMapModel {
  width: number;
  height: number;
  tiles: TileModel[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * In 关怀模式 a tile shows its name only, at this size (the counts are in the table below the
 * map): with the six divisions in three and a half columns, a 390 px screen leaves room for
 * three characters at about 22 px, not for more.
 */
export const CARE_NAME_SIZE = 26;

/**
 * Lays out equal tiles in their approximate arrangement, the city as a key tile above them, the
 * name and short lines as text inside each tile. No shapes of real boundaries: a schematic only.
 * Pure and deterministic; a line that would not fit its tile is cut with "…".
 */
export function countyMapModel(data: readonly TileDatum[], options: MapOptions = {}, current: string | null = null): CountyMapModel {
  const { tileWidth: w = 104, tileHeight: h = 96, gap = 10, keyHeight = 54, keyGap = 20, nameSize = 16, lineSize = 14, pad = 4, lines: withLines = true } = options;
  const divisions = data.filter((d) => d.kind === 'division');
  const city = data.find((d) => d.kind === 'city');
  const step = { x: w + gap, y: h + gap };
  const gridWidth = Math.max(w, ...divisions.map((d) => d.col * step.x + w));
  const top = pad + (city ? keyHeight + keyGap : 0);
  const inset = 10;

  // A line longer than its tile (an unusually long name) is cut with "…"; the table below the map keeps it whole.
  const fit = (_datum: TileDatum, width: number, texts: TileText[]) =>
    texts.map((text) => ({ ...text, text: clipToWidth(text.text, (width - 2 * inset + 0.5) / text.size) }));
  const tiles: TileModel[] = [];
  if (city) {
    const x = pad;
    const y = pad;
    const line = city.lines.join(' · ');
    tiles.push({
      id: city.id, href: city.href, kind: 'city', current: city.id === current, x, y, width: gridWidth, height: keyHeight,
      texts: fit(city, gridWidth, withLines
        ? [
          { text: city.name, x: x + inset, y: round(y + nameSize + 6), size: nameSize, kind: 'name' },
          { text: line, x: x + inset, y: round(y + nameSize + 8 + lineSize + 6), size: lineSize, kind: 'line' },
        ]
        : [{ text: city.name, x: x + inset, y: middle(y, keyHeight, nameSize), size: nameSize, kind: 'name' }]),
    });
  }
  for (const datum of divisions) {
    const x = round(pad + datum.col * step.x);
    const y = round(top + datum.row * step.y);
    const texts: TileText[] = withLines
      ? [
        { text: datum.name, x: x + inset, y: round(y + nameSize + 8), size: nameSize, kind: 'name' },
        ...datum.lines.map((text, i): TileText => ({ text, x: x + inset, y: round(y + nameSize + 8 + (i + 1) * (lineSize + 7)), size: lineSize, kind: 'line' })),
      ]
      : [{ text: datum.name, x: x + inset, y: middle(y, h, nameSize), size: nameSize, kind: 'name' }];
    tiles.push({ id: datum.id, href: datum.href, kind: 'division', current: datum.id === current, x, y, width: w, height: h, texts: fit(datum, w, texts) });
  }
  const height = Math.max(...tiles.map((tile) => tile.y + tile.height), 0) + pad;
  return { width: round(gridWidth + 2 * pad), height: round(height), tiles };
}

/** The baseline that centres one line of text of the given size in a tile. */
const middle = (top: number, height: number, size: number) => round(top + height / 2 + size * 0.35);

/** The text, cut at a character boundary and ended with "…" if it is wider than `ems`. */
export function clipToWidth(text: string, ems: number): string {
  if (emWidth(text) <= ems) return text;
  const chars = [...text];
  while (chars.length > 0 && emWidth(`${chars.join('')}…`) > ems) chars.pop();
  return `${chars.join('')}…`;
}

/** Do two tiles overlap? (The arrangement must leave a gap between every pair.) */
export const overlaps = (a: Pick<TileModel, 'x' | 'y' | 'width' | 'height'>, b: Pick<TileModel, 'x' | 'y' | 'width' | 'height'>): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
