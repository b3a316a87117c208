import type { Coefficients } from './calculator';

type Entry = { id: string; value: number };

/** Which content/coefficients/ entry feeds each calculator number. */
export const COEFFICIENT_IDS: Record<keyof Coefficients, string> = {
  toiletWaterSaving: 'toilet-water-saving',
  toiletHighEfficiency: 'toilet-high-efficiency',
  tapWaterSaving: 'tap-water-saving',
  referenceLow: 'reference-zone3-low',
  referenceHigh: 'reference-zone3-high',
  referenceNational: 'reference-national-2023',
  showerMinutesSaved: 'habit-shorter-shower',
  tapMinutesSaved: 'habit-tap-off',
  loadsSaved: 'habit-fewer-loads',
};

/** Picks the calculator's numbers out of the coefficients collection; throws naming the missing file. */
export function toCoefficients(entries: readonly Entry[]): Coefficients {
  const byId = new Map(entries.map((entry) => [entry.id, entry.value]));
  const pick = (id: string) => {
    const value = byId.get(id);
    if (value === undefined) throw new Error(`coefficients/${id}.yaml: file is missing; the household calculator needs it`);
    return value;
  };
  return Object.fromEntries(Object.entries(COEFFICIENT_IDS).map(([key, id]) => [key, pick(id)])) as unknown as Coefficients;
}
