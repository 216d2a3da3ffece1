// The open_ids found for people configured by mobile / e-mail / user_id, kept in DATA_DIR so a restart does not ask Feishu again.
import { mkdir, readFile } from 'node:fs/promises';
import { writeFileDurably } from '../store/writeFileDurably.js';
import { dirname } from 'node:path';

/** Keys are `mobile:…`, `email:…` or `user_id:…` exactly as written in the config. */
export interface IdCache {
  load(): Promise<Record<string, string>>;
  save(ids: Record<string, string>): Promise<void>;
}

export function createFileIdCache(file: string): IdCache {
  return {
    async load() {
      try {
        const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
        return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
      } catch {
        // Missing or damaged: it is only a cache, Feishu is asked again.
        return {};
      }
    },
    async save(ids) {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      // 0600 like every file in DATA_DIR.
      await writeFileDurably(file, `${JSON.stringify(ids, null, 2)}\n`);
    },
  };
}

/** For tests and for running without a data dir. */
export function createMemoryIdCache(initial: Record<string, string> = {}): IdCache & { ids: Record<string, string> } {
  const cache = {
    ids: { ...initial },
    load: async () => ({ ...cache.ids }),
    save: async (ids: Record<string, string>) => {
      cache.ids = { ...ids };
    },
  };
  return cache;
}
