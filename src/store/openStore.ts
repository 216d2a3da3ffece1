// The store: one JSON document, validated on load, changed all-or-nothing through serialised durable writes, read as copies.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { dbSchema, emptyDb, type DbData } from './dbSchema.js';
import { migrate } from './migrations.js';
import { readDbFile } from './readDbFile.js';
import { PRIVATE_DIR_MODE } from './secureDataDir.js';
import { StoreError, errnoOf } from './storeError.js';
import { writeFileDurably } from './writeFileDurably.js';

export { StoreError, isWriteFailure } from './storeError.js';

/** Whether the last write reached the disk; `/healthz` reports it. */
export type StoreHealth =
  | { ok: true }
  | { ok: false; code: 'DATA_WRITE_FAILED'; file: string; errno: string; since: string; message: string };

export interface Store {
  /** Runs `select` over the current document and returns a deep copy of its result: callers never hold references into the store. */
  read<T>(select: (db: Readonly<DbData>) => T): T;
  /**
   * Applies `change` to the document synchronously, then persists it. Resolves once the new document is on disk.
   * All or nothing: when the write fails (ENOSPC, EACCES, EIO…) the document is rolled back to what is on disk —
   * this change, and any made meanwhile, which all reject too — and it throws StoreError DATA_WRITE_FAILED naming
   * the file and errno. `change` must validate before it mutates: a throw leaves whatever it already changed.
   * Concurrent updates are coalesced into fewer writes.
   */
  update<T>(change: (db: DbData) => T): Promise<T>;
  /** Bumped on every update (and on a rollback), so derived indexes know when to rebuild. */
  readonly revision: number;
  /** Resolves when every update so far is on disk or rolled back; never rejects. */
  flush(): Promise<void>;
  health(): StoreHealth;
  readonly file: string;
}

export interface StoreOptions {
  /** Operator's log: one line when writes start failing (file, errno) and one when they work again. */
  log?: (line: string) => void;
  now?: () => Date;
}

interface Batch {
  done: Promise<void>;
  cancelled: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

function load(file: string, raw: Record<string, unknown> | undefined): DbData {
  if (!raw) return emptyDb();
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (error) {
    throw new StoreError('DATA_TOO_NEW', (error as Error).message, { file });
  }
  const parsed = dbSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StoreError('DATA_INVALID', `${file}: ${issue.path.join('.')}: ${issue.message}; restore a backup or move it aside`, { file });
  }
  return parsed.data as DbData;
}

/**
 * Opens (or starts) `file`. Throws StoreError DATA_UNREADABLE / DATA_INVALID / DATA_TOO_NEW naming the file for a
 * document it will not use — including valid JSON of the wrong shape (`[]`, `null`) — and never writes to it then.
 */
export async function openStore(file: string, opts: StoreOptions = {}): Promise<Store> {
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? (() => new Date());
  await mkdir(dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  let data = load(file, await readDbFile(file));
  // What the disk holds (or, for a fresh or migrated file, what it will hold): the state a failed write returns to.
  let lastGood = JSON.stringify(data);
  let revision = 0;
  let health: StoreHealth = { ok: true };
  let chain: Promise<void> = Promise.resolve();
  let open: Batch | undefined;

  function failed(error: unknown): StoreError {
    const errno = errnoOf(error);
    const message = `could not write ${file} (${errno}: ${(error as Error)?.message ?? String(error)}); the change was rolled back and nothing was recorded — free disk space or fix the permissions of the data folder`;
    if (health.ok) {
      health = { ok: false, code: 'DATA_WRITE_FAILED', file, errno, since: now().toISOString(), message };
      log(`store: ${message}`);
    }
    return new StoreError('DATA_WRITE_FAILED', message, { file, errno });
  }

  // Every change made before a write starts goes out in that one write (the whole document is serialised each time).
  function schedule(): Batch {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const batch: Batch = { done, cancelled: false, resolve, reject };
    open = batch;
    chain = chain.then(async () => {
      if (open === batch) open = undefined;
      if (batch.cancelled) return;
      const text = JSON.stringify(data);
      try {
        await writeFileDurably(file, text);
      } catch (error) {
        const err = failed(error);
        data = JSON.parse(lastGood) as DbData;
        revision += 1;
        // Changes made while this write was under way sit on the discarded state: they are undone and fail too.
        const next = open;
        if (next) {
          next.cancelled = true;
          open = undefined;
          next.reject(err);
        }
        batch.reject(err);
        return;
      }
      lastGood = text;
      if (!health.ok) log(`store: ${file} is writable again`);
      health = { ok: true };
      batch.resolve();
    });
    return batch;
  }

  return {
    file,
    get revision() {
      return revision;
    },
    read: (select) => structuredClone(select(data)),
    async update(change) {
      const result = change(data);
      revision += 1;
      await (open ?? schedule()).done;
      return result;
    },
    flush: () => chain,
    health: () => ({ ...health }),
  };
}
