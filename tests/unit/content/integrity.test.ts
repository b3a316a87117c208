import { afterEach, describe, expect, it } from 'vitest';
import { loadContent, readContent } from '../../../src/content/load';
import { splitUnitCell } from '../../../src/domain/responsibilities/integrity';
import { CONTENT_DIR, ContentCopy, problemsAfter } from '../../helpers/content-copy';

const copies: ContentCopy[] = [];
afterEach(() => copies.splice(0).forEach((copy) => copy.remove()));

const ANNEX = 'responsibilities/annex.yaml';

describe('the real content', () => {
  it('passes every schema and integrity check', () => {
    expect(() => loadContent(CONTENT_DIR)).not.toThrow();
  });
  it('has the plan’s structure: 5 principles, 4 measures, 5 projects, 11 tasks, 8 mechanisms, 5 safeguards, 7 areas', () => {
    const { content } = readContent(CONTENT_DIR);
    const counts = Object.fromEntries(['principles', 'measures', 'projects', 'tasks', 'mechanisms', 'safeguards', 'counties'].map((name) => [name, content[name as 'tasks'].length]));
    expect(counts).toEqual({ principles: 5, measures: 4, projects: 5, tasks: 11, mechanisms: 8, safeguards: 5, counties: 7 });
  });
  it('gives every measure, task, mechanism and safeguard at least one annex row', () => {
    const { content } = readContent(CONTENT_DIR);
    const parents = new Set(content.responsibilities.map((row) => `${row.parent.kind}/${row.parent.id}`));
    const expected = [
      ...content.measures.map((e) => `measure/${e.id}`),
      ...content.tasks.map((e) => `task/${e.id}`),
      ...content.mechanisms.map((e) => `mechanism/${e.id}`),
      ...content.safeguards.map((e) => `safeguard/${e.id}`),
    ];
    expect(expected.filter((key) => !parents.has(key))).toEqual([]);
  });
});

describe('integrity checks name the file, the field and what was expected', () => {
  it('an unknown department in the annex', () => {
    const problems = problemsAfter((c) => c.edit(ANNEX, (rows) => { rows[0].lead[0] = 'waterr'; }));
    expect(problems).toContain('responsibilities/annex.yaml [measure-dual-control-1]: lead[0] names unknown department "waterr" (expected one of the ids in content/departments/)');
  });
  it('a lead cell that does not match the lead ids', () => {
    const problems = problemsAfter((c) => c.edit(ANNEX, (rows) => { rows[0].lead = ['drc', 'water']; }));
    expect(problems).toContain('responsibilities/annex.yaml [measure-dual-control-1]: lead must list the units of leadText in order: [water, drc] (got [drc, water])');
  });
  it('an annex row without a lead unit', () => {
    const problems = problemsAfter((c) => c.edit(ANNEX, (rows) => { rows[1].lead = []; }));
    expect(problems.some((p) => p.startsWith('responsibilities/annex.yaml [measure-dual-control-2]: lead must name at least one lead unit'))).toBe(true);
  });
  it('a task in an unknown project', () => {
    const problems = problemsAfter((c) => c.write('tasks/leakage-control.yaml', c.read('tasks/leakage-control.yaml').replace('project: urban', 'project: cities')));
    expect(problems).toEqual(['tasks/leakage-control.yaml: project names unknown project "cities" (expected one of the ids in content/projects/)']);
  });
  it('a target pointing at a clause that does not exist', () => {
    const problems = problemsAfter((c) => c.edit('targets/total-water-use-2022.yaml', (t) => { t.clause = 'goals-2023'; }));
    expect(problems).toContain('targets/total-water-use-2022.yaml: clause names unknown clause "goals-2023" (expected one of the ids in content/plan/)');
  });
  it('a target without its clause', () => {
    const problems = problemsAfter((c) => c.edit('targets/total-water-use-2022.yaml', (t) => { delete t.clause; }));
    expect(problems).toEqual(['targets/total-water-use-2022.yaml: clause is missing; it must be a lowercase slug (a-z, 0-9, -)']);
  });
  it('an unknown county in a target’s scope', () => {
    const problems = problemsAfter((c) => c.edit('targets/county-leakage-2022.yaml', (t) => { t.scope = ['zhuji', 'hangzhou']; }));
    expect(problems).toEqual(['targets/county-leakage-2022.yaml: scope[1] names unknown county "hangzhou" (expected one of the ids in content/counties/)']);
  });
  it('an unknown source', () => {
    const problems = problemsAfter((c) => c.edit('targets/total-water-use-2022.yaml', (t) => { t.source = 'rumour'; }));
    expect(problems).toEqual(['targets/total-water-use-2022.yaml: source names unknown source "rumour" (expected one of the ids in content/sources/)']);
  });
  it('a percentage of 150', () => {
    const problems = problemsAfter((c) => c.edit('targets/industrial-water-reuse-2022.yaml', (t) => { t.value = 150; }));
    expect(problems).toContain('targets/industrial-water-reuse-2022.yaml: value must be a percentage between 0 and 100 (got 150)');
  });
  it('a deadline before its baseline', () => {
    const problems = problemsAfter((c) => c.edit('targets/gdp-water-intensity-2022.yaml', (t) => { t.deadline = 2010; }));
    expect(problems).toContain('targets/gdp-water-intensity-2022.yaml: deadline must come after baseline.year 2015 (got 2010)');
  });
  it('a duplicate id in a list file', () => {
    const problems = problemsAfter((c) => c.edit(ANNEX, (rows) => { rows[1].id = rows[0].id; }));
    expect(problems).toContain('responsibilities/annex.yaml [measure-dual-control-1]: id "measure-dual-control-1" is used twice (also in responsibilities/annex.yaml [measure-dual-control-1]); ids must be unique');
  });
  it('a clause defining an entity that does not exist', () => {
    const problems = problemsAfter((c) => c.edit('plan/clauses.yaml', (clauses) => { clauses.find((x: any) => x.id === 'task-leakage-control').about.id = 'leaks'; }));
    expect(problems).toContain('plan/clauses.yaml [task-leakage-control]: about.id names unknown task "leaks" (expected one of the ids in content/tasks/)');
  });
  it('a file name that cannot be a URL', () => {
    const problems = problemsAfter((c) => c.write('counties/Shao Xing.yaml', c.read('counties/shaoxing.yaml')));
    expect(problems).toContain('counties/Shao Xing.yaml: file name must be a lowercase slug (a-z, 0-9, -) because it becomes the URL');
  });
  it('a second entry for the same source document', () => {
    const problems = problemsAfter((c) => c.write('sources/bulletin-2016-again.yaml', c.read('sources/bulletin-2016.yaml')));
    expect(problems).toEqual(['sources/bulletin-2016.yaml: title and date are those of sources/bulletin-2016-again.yaml; cite that entry instead of adding a second one']);
  });
  it('a link to a document-sharing mirror', () => {
    const problems = problemsAfter((c) => c.edit('sources/bulletin-2016.yaml', (s) => { s.url = 'http://www.ilynn.cn/document_detail/77092.html'; }));
    expect(problems).toEqual(['sources/bulletin-2016.yaml: url points to a copy on a document-sharing site (www.ilynn.cn); cite the original and keep the copy only in an observation\'s retrievedFrom']);
  });
  it('broken YAML', () => {
    const problems = problemsAfter((c) => c.write('measures/dual-control.yaml', 'title: [unclosed\nnumber: 1'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^measures\/dual-control\.yaml: is not valid YAML: /);
  });
});

describe('splitUnitCell', () => {
  const names = ['水利局', '发改委', '市、县财政部门', '县（市、区）党委政府', '自然资源局', '自然资源和规划局'];
  it('splits on the enumeration comma but keeps names that contain one', () => {
    expect(splitUnitCell('水利局、市、县财政部门、发改委', names)).toEqual({ names: ['水利局', '市、县财政部门', '发改委'], rest: '' });
  });
  it('prefers the longest matching name', () => {
    expect(splitUnitCell('自然资源和规划局、水利局', names).names).toEqual(['自然资源和规划局', '水利局']);
  });
  it('returns what it cannot read', () => {
    expect(splitUnitCell('水利局、林业局', names)).toEqual({ names: ['水利局'], rest: '林业局' });
  });
});
