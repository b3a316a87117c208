/** The numbers the calculator takes from content/coefficients/ (see COEFFICIENT_IDS). */
export interface Coefficients {
  /** Litres per flush of a 节水型 toilet (GB/T 31436-2015). */
  toiletWaterSaving: number;
  /** Litres per flush of a 高效节水型 toilet: the benchmark for switching toilets. */
  toiletHighEfficiency: number;
  /** Upper end of the 节水型 basin/sink tap flow range, L/min: the benchmark for switching taps. */
  tapWaterSaving: number;
  /** GB/T 50331-2002 zone 3 (incl. Zhejiang) range for urban residents, L per person per day. */
  referenceLow: number;
  referenceHigh: number;
  /** National average residential use, L per person per day (2023 bulletin). */
  referenceNational: number;
  /** Habit scenarios: minutes of shower, minutes of tap a day, washing-machine loads a week. */
  showerMinutesSaved: number;
  tapMinutesSaved: number;
  loadsSaved: number;
}

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

/** Litres per flush or per minute as standards print them: one decimal ("5.0", "7.5"). */
export const formatLimit = (value: number) => value.toFixed(1);
