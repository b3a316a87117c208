import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/dist';

// Rules and their reasons live in .htmlvalidate.json at the project root.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML (html-validate, recommended rules)', () => {
  it.each(builtPages().map((page) => [page.url, page.file]))('%s', async (_url, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((result) => result.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
