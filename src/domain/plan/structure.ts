import type { Clause } from '../../schemas/plan';
import { normaliseWording, numbersIn } from './plan-text';

type ClauseLike = Pick<Clause, 'id' | 'level' | 'number' | 'heading'>;

/** One entry of the plan's contents: a clause with a heading, and the clauses it contains. */
export interface ContentsNode {
  id: string;
  level: Clause['level'];
  /** The label as the plan prints it ("一、", "（一）", "1."), or null. */
  number: string | null;
  heading: string;
  /** Label and heading as the plan prints them: "一、总体要求", "1. 实行总量强度双控". */
  label: string;
  children: ContentsNode[];
}

/**
 * The clause a clause sits in: the nearest clause before it of a lower level (parts are 1,
 * sections 2, numbered clauses 3). Level 0 (the preamble, the annex) sits in nothing.
 */
export function parentClause<C extends ClauseLike>(clauses: readonly C[], id: string): C | null {
  const at = clauses.findIndex((clause) => clause.id === id);
  if (at < 0 || clauses[at].level === 0) return null;
  for (let i = at - 1; i >= 0; i--) {
    if (clauses[i].level === 0) return null;
    if (clauses[i].level < clauses[at].level) return clauses[i];
  }
  return null;
}

/** The part (level 1: "一、总体要求" …) a clause belongs to, the part itself for a part, or null. */
export function partOf<C extends ClauseLike>(clauses: readonly C[], id: string): C | null {
  let clause: C | null = clauses.find((entry) => entry.id === id) ?? null;
  while (clause && clause.level > 1) clause = parentClause(clauses, clause.id);
  return clause && clause.level === 1 ? clause : null;
}

/**
 * The plan's contents as the plan structures itself: parts, their sections, their numbered
 * clauses, each under the clause it sits in; only clauses with a heading appear. The annex
 * (level 0 with a heading) is a top-level entry after the parts.
 */
export function contentsTree(clauses: readonly ClauseLike[]): ContentsNode[] {
  const roots: ContentsNode[] = [];
  const open: ContentsNode[] = [];
  for (const clause of clauses) {
    if (!clause.heading) continue;
    const node: ContentsNode = { id: clause.id, level: clause.level, number: clause.number, heading: clause.heading, label: clauseLabel(clause), children: [] };
    if (clause.level === 0) {
      roots.push(node);
      open.length = 0;
      continue;
    }
    while (open.length > 0 && open[open.length - 1].level >= clause.level) open.pop();
    (open.length > 0 ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  }
  return roots;
}

/**
 * A heading with its label as the plan prints it: "一、总体要求", "（一）指导思想", "1. 实行总量强度双控"
 * (a space after "1."), "附件：绍兴市节水行动任务分工" (a colon after a word).
 */
export function clauseLabel(clause: Pick<Clause, 'number' | 'heading'>): string {
  if (!clause.number) return clause.heading ?? '';
  if (!clause.heading) return clause.number;
  const between = /[、）)]$/.test(clause.number) ? '' : /\.$/.test(clause.number) ? ' ' : '：';
  return `${clause.number}${between}${clause.heading}`;
}

type TargetLike = { id: string; clause: string; alsoIn: readonly string[]; wording: string; value: number | null };

/**
 * Where a target first appears in the plan, as a sortable key: the clause (earliest of `clause`
 * and `alsoIn`), the place of its wording in that clause's text, and, for two targets one
 * sentence states ("分别降低37%和45%"), the place of its value among the sentence's numbers.
 */
export function targetPositions(clauses: readonly Pick<Clause, 'id' | 'paragraphs'>[], targets: readonly TargetLike[]): Map<string, number[]> {
  const at = new Map(clauses.map((clause, i) => [clause.id, i]));
  const text = new Map(clauses.map((clause) => [clause.id, normaliseWording(clause.paragraphs.join(''))]));
  const positions = new Map<string, number[]>();
  for (const target of targets) {
    const wording = normaliseWording(target.wording);
    const keys = [target.clause, ...target.alsoIn]
      .filter((id) => at.has(id))
      .map((id) => {
        const found = text.get(id)!.indexOf(wording);
        return [at.get(id)!, found < 0 ? Number.MAX_SAFE_INTEGER : found];
      })
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const first = keys[0] ?? [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    const valueAt = target.value === null ? -1 : numbersIn(target.wording).indexOf(target.value);
    positions.set(target.id, [...first, valueAt]);
  }
  return positions;
}

/** Compares two position keys of `targetPositions`. */
export function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
