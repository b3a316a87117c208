import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ContentError } from '../../src/content/problems';
import { loadContent } from '../../src/content/load';

/** The project's real content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

/** A throwaway copy of content/ that a test may damage; never touches the real folder. */
export class ContentCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'jieshui-content-'));
  constructor() {
    cpSync(CONTENT_DIR, this.dir, { recursive: true });
  }
  path(file: string) {
    return join(this.dir, file);
  }
  read(file: string) {
    return readFileSync(this.path(file), 'utf8');
  }
  write(file: string, text: string | Uint8Array) {
    writeFileSync(this.path(file), text);
  }
  /** Parses a YAML file, lets `change` edit it, and writes it back. */
  edit(file: string, change: (data: any) => void) {
    const data = parse(this.read(file));
    change(data);
    this.write(file, stringify(data));
  }
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Damages a fresh copy of the content, runs the build's content check on it and returns the
 * problems it reports ([] when the copy still loads). The copy is removed afterwards.
 */
export function problemsAfter(damage: (copy: ContentCopy) => void): string[] {
  const copy = new ContentCopy();
  try {
    damage(copy);
    loadContent(copy.dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  } finally {
    copy.remove();
  }
}
