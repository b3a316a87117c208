import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { copyProject, removeProject } from '../../../scripts/lib/temp-project.mjs';

/**
 * Hostile text in content must reach the page as text: builds a copy of the project whose
 * content carries script tags and markup, and reads the pages it produces.
 */
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)><b>粗体</b>';
let dir: string;

function editYaml(file: string, change: (data: any) => void) {
  const path = join(dir, 'content', file);
  const data = parse(readFileSync(path, 'utf8'));
  change(data);
  writeFileSync(path, stringify(data));
}

beforeAll(() => {
  dir = copyProject('jieshui-fault-');
  editYaml('targets/total-water-use-2022.yaml', (t) => { t.note = HOSTILE; });
  editYaml('plan/clauses.yaml', (clauses) => { clauses[0].paragraphs.push(HOSTILE); });
  editYaml('sources/bulletin-2016.yaml', (s) => { s.note = HOSTILE; });
  execFileSync(join(dir, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}, 300_000);
afterAll(() => dir && removeProject(dir));

describe('hostile text is rendered as text', () => {
  it.each([
    ['a target note', 'targets/total-water-use-2022/index.html'],
    ['a clause of the plan', 'plan/index.html'],
    ['a source note', 'about/index.html'],
  ])('%s', (_where, file) => {
    const html = readFileSync(join(dir, 'dist', file), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toContain('<b>粗体</b>');
  });
});
