import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ContentError } from '../../src/content/problems';
import { loadContent } from '../../src/content/load';

/** The project's real content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

/**
 * A throwaway copy of content/ that a test may damage; never touches the real folder. To stay
 * fast (the fault-injection suite makes one per case) each folder starts as a symbolic link to
 * the real one and becomes a real copy the first time a file in it is written, deleted or
 * handed out with path().
 */
export class ContentCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'jieshui-content-'));
  constructor() {
    for (const name of readdirSync(CONTENT_DIR)) symlinkSync(join(CONTENT_DIR, name), join(this.dir, name));
  }
  /** Turns the top-level folder (or file) that holds `file` into a real copy. */
  private own(file: string) {
    const top = join(this.dir, file.split('/')[0]);
    if (existsSync(top) && lstatSync(top).isSymbolicLink()) {
      rmSync(top);
      cpSync(join(CONTENT_DIR, file.split('/')[0]), top, { recursive: true });
    }
  }
  /** The file's path in the copy, safe to write or delete. */
  path(file: string) {
    this.own(file);
    return join(this.dir, file);
  }
  read(file: string) {
    return readFileSync(join(this.dir, file), 'utf8');
  }
  write(file: string, text: string | Uint8Array) {
    writeFileSync(this.path(file), text);
  }
  /** Deletes one file of the copy. */
  delete(file: string) {
    rmSync(this.path(file));
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
