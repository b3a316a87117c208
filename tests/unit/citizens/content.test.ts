import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { readContent } from '../../../src/content/load';
import { CONTENT_DIR, problemsAfter } from '../../helpers/content-copy';

const TIP = 'tips/collect-cold-water.yaml';

describe('the citizens’ content', () => {
  const { content } = readContent(CONTENT_DIR);
  it('has at least 30 tips, and every audience has some', () => {
    expect(content.tips.length).toBeGreaterThanOrEqual(30);
    for (const audience of ['home', 'school', 'office', 'farm', 'factory']) {
      expect(content.tips.some((tip) => tip.audience.includes(audience as 'home'))).toBe(true);
    }
  });
  it('gives every quantified saving a source that is a standard', () => {
    const standards = new Set(content.sources.filter((s) => s.kind === 'standard').map((s) => s.id));
    for (const tip of content.tips.filter((t) => t.saving.kind === 'quantified')) {
      expect(tip.sources.some((id) => standards.has(id))).toBe(true);
    }
  });
});

describe('citizens’ integrity checks name the file, the field and what was expected', () => {
  it('a tip pointing at a clause that does not exist', () => {
    const problems = problemsAfter((c) => c.edit(TIP, (tip) => { tip.clauses = ['save-water']; }));
    expect(problems).toEqual(['tips/collect-cold-water.yaml: clauses[0] names unknown clause "save-water" (expected one of the ids in content/plan/clauses.yaml)']);
  });
  it('a tip citing an unknown source', () => {
    const problems = problemsAfter((c) => c.edit(TIP, (tip) => { tip.sources = ['rumour']; }));
    expect(problems).toEqual(['tips/collect-cold-water.yaml: sources[0] names unknown source "rumour" (expected one of the ids in content/sources/)']);
  });
  it('a number slipped into a qualitative saving', () => {
    const problems = problemsAfter((c) => c.edit(TIP, (tip) => { tip.saving.text = '每次可省 20 升'; }));
    expect(problems).toEqual(['tips/collect-cold-water.yaml: saving.text must state no quantity in a qualitative tip; found "20" (got "每次可省 20 升")']);
  });
  it('a quantified saving without its figure', () => {
    const problems = problemsAfter((c) => c.edit(TIP, (tip) => { tip.saving.kind = 'quantified'; }));
    expect(problems).toEqual(['tips/collect-cold-water.yaml: saving.amount and saving.unit are required for a quantified saving (got null, null)']);
  });
  it('an unknown audience names the allowed ones', () => {
    const problems = problemsAfter((c) => c.edit(TIP, (tip) => { tip.audience = ['hotel']; }));
    expect(problems).toEqual(['tips/collect-cold-water.yaml: audience[0] must be one of home, school, office, farm, factory (got "hotel")']);
  });
  it('a coefficient the calculator needs is deleted', () => {
    const problems = problemsAfter((c) => rmSync(c.path('coefficients/tap-water-saving.yaml')));
    expect(problems).toEqual(['coefficients/tap-water-saving.yaml: file is missing; the household calculator needs it']);
  });
  it('a coefficient typed as text', () => {
    const problems = problemsAfter((c) => c.edit('coefficients/toilet-high-efficiency.yaml', (k) => { k.value = '4升'; }));
    expect(problems).toEqual(['coefficients/toilet-high-efficiency.yaml: value must be a number (got "4升")']);
  });
  it('a label limit for a grade the standard does not have', () => {
    const problems = problemsAfter((c) => c.edit('labelled-products/water-purifier.yaml', (p) => { p.limits[1].grade = 4; }));
    expect(problems).toEqual(['labelled-products/water-purifier.yaml: limits[1].grade must be at most gradeCount 3 (got 4)']);
  });
});
