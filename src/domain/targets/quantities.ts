import type { Indicator } from '../../schemas/indicators';

/**
 * What a number may be for an indicator of each kind, and which units mean the same: the rules
 * the content check applies to targets and published figures (src/domain/targets/integrity.ts).
 */

/** Is the unit a per-cent sign, whichever one was typed (%, full-width ％, small ﹪)? */
export const isPercent = (unit: string) => unit.normalize('NFKC') === '%';

/**
 * Units a figure may be published in that mean exactly its indicator's unit, with why. Only
 * same-size units: a figure in another size (万m³ for 亿m³) must be converted by the editor, and
 * is refused so that 195000万m³ can never be read as 195000亿m³.
 */
export const SAME_UNIT: Record<string, { unit: string; why: string }> = {
  '万t': { unit: '万m³', why: 'one tonne of water is one cubic metre' },
  '万m³/年': { unit: '万m³', why: 'the indicator is a yearly total' },
  '亿t': { unit: '亿m³', why: 'one tonne of water is one cubic metre' },
  '亿m³/年': { unit: '亿m³', why: 'the indicator is a yearly total' },
};

/** Cubic metres in one of each volume unit, for the plausibility bound. */
const CUBIC_METRES: Record<string, number> = { 'm³': 1, '万m³': 1e4, '亿m³': 1e8 };

/**
 * The largest volume a figure for Shaoxing or one of its divisions can be: 100亿m³ a year, five
 * times the city's highest published total (22.5亿m³ in 2010) and more than half of Zhejiang's.
 */
export const MAX_VOLUME_M3 = 1e10;

/** The largest area: Shaoxing's whole land area, 8,279 km² ≈ 1,242万亩. */
export const MAX_AREA_MU = 1242e4;
const MU: Record<string, number> = { 亩: 1, 万亩: 1e4 };

/** Why a number cannot be a value of this indicator (its kind and unit), or null. */
export function valueProblem(value: number, indicator: Pick<Indicator, 'category' | 'unit'>, unit: string): string | null {
  const { category } = indicator;
  if (isPercent(unit)) return value < 0 || value > 100 ? 'be a percentage between 0 and 100' : null;
  if (category === 'count') return Number.isInteger(value) && value >= 0 ? null : 'be a whole number of at least 0 for a count';
  if (category === 'coefficient') return value > 0 && value <= 1 ? null : 'be a coefficient above 0 and at most 1';
  if (category === 'rate') return value < 0 || value > 100 ? 'be a rate between 0 and 100' : null;
  if (category === 'total' && CUBIC_METRES[unit]) {
    if (value <= 0) return 'be a volume above 0';
    return value * CUBIC_METRES[unit] > MAX_VOLUME_M3 ? `be a volume of at most ${MAX_VOLUME_M3 / CUBIC_METRES[unit]}${unit} (100亿m³, five times the city's largest yearly total)` : null;
  }
  if (category === 'area' && MU[unit]) {
    if (value <= 0) return 'be an area above 0';
    return value * MU[unit] > MAX_AREA_MU ? `be an area of at most ${MAX_AREA_MU / MU[unit]}${unit} (the whole of Shaoxing)` : null;
  }
  if (['total', 'intensity', 'length', 'area'].includes(category)) return value > 0 ? null : `be more than 0 for a ${category}`;
  return null;
}
