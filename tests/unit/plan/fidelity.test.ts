import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../../src/content/load';
import { bodyOf, normaliseWording, numbersIn, targetStatements } from '../../../src/domain/plan/plan-text';
import { CONTENT_DIR } from '../../helpers/content-copy';

const source = readFileSync(join(CONTENT_DIR, 'plan', 'source-text.txt'), 'utf8');
const { content } = readContent(CONTENT_DIR);
const clauseText = (clause: (typeof content.plan)[number]) => [clause.number ?? '', clause.heading ?? '', ...clause.paragraphs].join('');

describe('the structured plan is the plan’s own text', () => {
  it('reads, clause after clause, exactly as the extracted body (artefacts aside)', () => {
    const structured = normaliseWording(content.plan.map(clauseText).join(''));
    const extracted = normaliseWording(bodyOf(source));
    expect(structured.length).toBe(extracted.length);
    // Show the first place they differ, if any, rather than two 5,000-character strings.
    const at = [...structured].findIndex((char, i) => char !== extracted[i]);
    expect(at === -1 ? '' : structured.slice(Math.max(0, at - 20), at + 20)).toBe(at === -1 ? '' : extracted.slice(Math.max(0, at - 20), at + 20));
  });
  it('keeps no stray English word and no PDF bold markers', () => {
    const all = content.plan.map(clauseText).join('');
    expect(all).not.toMatch(/\band\b|\*\*/);
  });
});

describe('every number in the plan’s target sentences has a target entry', () => {
  const statements = content.plan.flatMap((clause) =>
    targetStatements(clause.paragraphs.join('')).map((statement) => ({ clause: clause.id, statement })),
  );
  it('finds the target sentences', () => {
    // One or more per goal paragraph and per numbered clause that sets a target.
    expect(statements.length).toBeGreaterThanOrEqual(20);
  });
  it.each(statements.map((s) => [s.clause, s.statement]))('%s: %s', (clauseId, statement) => {
    const targets = content.targets.filter((target) => target.clause === clauseId || target.alsoIn.includes(clauseId));
    const values = new Set(targets.flatMap((target) => [target.value, target.valueMax]).filter((v) => v !== null));
    const missing = numbersIn(statement).filter((n) => !values.has(n));
    expect(missing, `numbers in ${clauseId} with no target there`).toEqual([]);
  });
  it('and every target’s number appears in its own clause', () => {
    const byId = new Map(content.plan.map((clause) => [clause.id, clause]));
    const stray = content.targets
      .filter((target) => target.value !== null)
      .filter((target) => !numbersIn(byId.get(target.clause)!.paragraphs.join('')).includes(target.value!))
      .filter((target) => target.unit !== '个县（市、区）') // "全部县（市、区）" = the six divisions; the plan writes no digit
      .map((target) => target.id);
    expect(stray).toEqual([]);
  });
});
