import type { z } from 'astro/zod';
import type { RawEntry } from './read';
import { escapeHidden } from '../schemas/checks/text-hygiene';

/** Writes a field path the way an editor reads it: `baseline.year`, `lead[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Shows a received value briefly, so an error message stays one line. */
export function showValue(value: unknown): string {
  // JSON would show NaN and infinity as null: say what the file holds (YAML .nan, .inf).
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan, not a number' : `${value < 0 ? '-' : ''}.inf, infinity`;
  // JSON escapes C0 controls; invisible and bidi characters are escaped too, so a message shows them.
  const shown = escapeHidden(JSON.stringify(value) ?? String(value));
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/** A field name as a message shows it: short, invisible characters written out. */
const showKey = (key: string) => escapeHidden(key.length > 60 ? `${key.slice(0, 57)}…` : key);

/** Validates raw entries against a schema; each failure becomes `file: field message (got value)`. */
export function validateEntries<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: string[]) {
  const valid: Array<z.infer<S> & { id: string }> = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) problems.push(`${entry.label}: id "${entry.id}" is used twice (also in ${first}); ids must be unique`);
    seen.set(entry.id, entry.label);
    if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
      problems.push(`${entry.label}: must be a set of fields (key: value), got ${showValue(entry.data)}`);
      continue;
    }
    const result = schema.safeParse(entry.data);
    if (result.success) {
      valid.push({ ...(result.data as object), id: entry.id } as z.infer<S> & { id: string });
      continue;
    }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const where = formatPath(issue.path);
        for (const key of issue.keys) problems.push(`${entry.label}: ${where ? `${where}.` : ''}${showKey(key)} is not a known field (check its spelling)`);
        continue;
      }
      const field = formatPath(issue.path) || '(entry)';
      const got = valueAt(entry.data, issue.path);
      problems.push(
        got === undefined
          ? `${entry.label}: ${field} is missing; it ${issue.message}`
          : `${entry.label}: ${field} ${issue.message} (got ${showValue(got)})`,
      );
    }
  }
  return valid;
}
