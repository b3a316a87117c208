import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { readContent } from '../../../src/content/load';
import { checkSites } from '../../../src/domain/sites/integrity';
import { CONTENT_DIR, problemsAfter } from '../../helpers/content-copy';

const BASE = 'sites/yuecheng-xixiaolu-education-base.yaml';
const PLAN = 'sites/tianma-thermal-reclaimed.yaml';

describe('the real sites', () => {
  const { content } = readContent(CONTENT_DIR);
  it('pass every cross-collection check', () => {
    expect(checkSites(content)).toEqual([]);
  });
  it('include the projects the plan names: five thermal power plants, the 柯桥滨海 model and the 上虞 carrier', () => {
    const named = content.sites.filter((site) => site.status === 'named-in-plan').map((site) => site.name);
    expect(named).toEqual(expect.arrayContaining(['浙能绍兴滨海热电', '上虞杭协热电', '浙江天马热电', '绍兴远东热电', '诸暨八方热电', '柯桥滨海工业水厂', '杭州湾上虞经济开发区']));
    expect(content.sites.filter((site) => site.type === 'thermal-plant-reclaimed')).toHaveLength(5);
  });
  it('cite each plan entry to the plan and to the clause whose text names it', () => {
    const clauses = new Map(content.plan.map((clause) => [clause.id, clause.paragraphs.join('')]));
    for (const site of content.sites.filter((s) => s.status === 'named-in-plan')) {
      expect(site.source).toBe('plan-draft');
      expect(clauses.get(site.clause!)).toContain(site.name);
    }
  });
  it('never link a source to a document-sharing mirror', () => {
    const mirrors = /ilynn|gcs66|bjtbwm|gsmfordummies|csyrq|xiayou8|tftnews|baogaosu|xjnnet|hczyw|chinazz|360elib|\d+\.\d+\.\d+\.\d+/;
    expect(content.sources.filter((source) => source.url && mirrors.test(source.url)).map((source) => source.id)).toEqual([]);
  });
});

describe('site integrity checks name the file, the field and what was expected', () => {
  it('an unknown county', () => {
    expect(problemsAfter((c) => c.edit(BASE, (s) => { s.county = 'hangzhou'; }))).toEqual([
      `${BASE}: county names unknown county "hangzhou" (expected one of the ids in content/counties/)`,
    ]);
  });
  it('an unknown source, and an unknown further source', () => {
    expect(problemsAfter((c) => c.edit(BASE, (s) => { s.source = 'rumour'; s.alsoSources = ['plan-draft', 'hearsay']; }))).toEqual([
      `${BASE}: source names unknown source "rumour" (expected one of the ids in content/sources/)`,
      `${BASE}: alsoSources[1] names unknown source "hearsay" (expected one of the ids in content/sources/)`,
    ]);
  });
  it('an unknown type names the collection of types', () => {
    expect(problemsAfter((c) => c.edit(BASE, (s) => { s.type = 'demo-school'; }))).toEqual([
      `${BASE}: type names unknown site type "demo-school" (expected one of the ids in content/site-types/)`,
    ]);
  });
  it('a new type needs only its file in content/site-types/', () => {
    expect(problemsAfter((c) => {
      c.write('site-types/demo-school.yaml', 'name: 节水示范学校\nabout: 测试用的类型。\ncounts: []\norder: 99\n');
      c.edit(BASE, (s) => { s.type = 'demo-school'; });
    })).toEqual([]);
  });
  it('an unknown clause, and a plan entry without its clause', () => {
    expect(problemsAfter((c) => c.edit(PLAN, (s) => { s.clause = 'task-99'; }))).toEqual([
      `${PLAN}: clause names unknown clause "task-99" (expected one of the ids in content/plan/)`,
    ]);
    expect(problemsAfter((c) => c.edit(PLAN, (s) => { delete s.clause; }))).toEqual([
      `${PLAN}: clause is missing; a site with status named-in-plan must name the plan clause that names it`,
    ]);
  });
  it('a project completed before it started', () => {
    const file = 'sites/keqiao-reclaimed-water-project.yaml';
    expect(problemsAfter((c) => c.edit(file, (s) => { s.completed = '2021-12'; }))).toEqual([
      `${file}: completed must not come before started 2022-04 (got 2021-12)`,
    ]);
  });
  it('an id that would hide one of the directory pages', () => {
    expect(problemsAfter((c) => c.write('sites/progress.yaml', c.read(BASE)))).toEqual([
      `sites/progress.yaml: file name "progress" is reserved for the directory's own pages; choose another id`,
    ]);
  });
  it('a site type that counts towards a target that does not exist', () => {
    expect(problemsAfter((c) => c.edit('site-types/demo-hotel.yaml', (s) => { s.counts[0].target = 'demo-hotels-2023'; }))).toEqual([
      'site-types/demo-hotel.yaml: counts[0].target names unknown target "demo-hotels-2023" (expected one of the ids in content/targets/)',
    ]);
  });
  it('a removed target is caught through the type vocabulary', () => {
    const problems = problemsAfter((c) => rmSync(c.path('targets/benchmark-park-2022.yaml')));
    expect(problems).toContain('site-types/benchmark-park.yaml: counts[0].target names unknown target "benchmark-park-2022" (expected one of the ids in content/targets/)');
  });
});
