// A copy of config/ in a temp dir per test, and edits to its organization.yaml: for tests of changes over time.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';

export interface ConfigCopy {
  /** The copy's directory (pass to loadConfig). */
  readonly dir: string;
  /** Replaces `from` in organization.yaml; fails the test when nothing matched. */
  edit(from: string | RegExp, to: string): Promise<void>;
}

/** Registers beforeEach/afterEach: a fresh copy of config/ for each test, removed after it. */
export function useConfigCopy(prefix: string): ConfigCopy {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    await cp('config', dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    async edit(from, to) {
      const path = join(dir, 'organization.yaml');
      const text = await readFile(path, 'utf8');
      const changed = text.replace(from, to);
      expect(changed).not.toBe(text);
      await writeFile(path, changed);
    },
  };
}
