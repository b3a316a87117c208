import type { SiteContent } from '../../schemas/index';
import { splitUnitCell } from './integrity';

type Unit = Pick<SiteContent['departments'][number], 'id' | 'name' | 'shortName' | 'aliases'>;
type Row = Pick<SiteContent['responsibilities'][number], 'lead' | 'participants' | 'leadText' | 'participantsText'>;

/**
 * How the annex spells each unit: for every unit id, each spelling found in the lead and
 * participant cells with the number of cells that use it, most used first.
 */
export function annexSpellings(rows: readonly Row[], units: readonly Unit[]): Map<string, Array<{ name: string; count: number }>> {
  const known = units.flatMap((unit) => [unit.shortName, ...unit.aliases]);
  const tally = new Map<string, Map<string, number>>();
  const record = (cell: string, ids: readonly string[]) => {
    // Integrity guarantees the cell lists exactly these ids in this order.
    splitUnitCell(cell, known).names.forEach((name, i) => {
      const id = ids[i];
      if (!id) return;
      const counts = tally.get(id) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      tally.set(id, counts);
    });
  };
  for (const row of rows) {
    record(row.leadText, row.lead);
    record(row.participantsText, row.participants);
  }
  return new Map(
    [...tally].map(([id, counts]) => [id, [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))]),
  );
}

/** The units a passage of the plan names, by full name, short name or alias. */
export function unitsNamedIn(text: string, units: readonly Unit[]): string[] {
  return units.filter((unit) => [unit.name, unit.shortName, ...unit.aliases].some((name) => text.includes(name))).map((unit) => unit.id);
}
