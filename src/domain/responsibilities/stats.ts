/** The two fields of an annex row that say who does the work. */
type Roles = { readonly lead: readonly string[]; readonly participants: readonly string[] };

/** How many annex rows each unit leads and joins. */
export function countRoles(rows: readonly Roles[]): Map<string, { lead: number; join: number }> {
  const counts = new Map<string, { lead: number; join: number }>();
  const bump = (id: string, role: 'lead' | 'join') => {
    const entry = counts.get(id) ?? { lead: 0, join: 0 };
    entry[role] += 1;
    counts.set(id, entry);
  };
  for (const row of rows) {
    row.lead.forEach((id) => bump(id, 'lead'));
    row.participants.forEach((id) => bump(id, 'join'));
  }
  return counts;
}

/** Units ordered busiest first: most rows led, then most joined, then by id for a stable order. */
export function rankUnits(rows: readonly Roles[], ids: readonly string[]) {
  const counts = countRoles(rows);
  return [...ids]
    .map((id) => ({ id, ...(counts.get(id) ?? { lead: 0, join: 0 }) }))
    .sort((a, b) => b.lead - a.lead || b.join - a.join || a.id.localeCompare(b.id));
}
