// The only module that touches lowdb: one JSON document, validated on load, changed through serialised atomic writes, read as copies.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { dbSchema, emptyDb, type DbData } from './dbSchema.js';
import { migrate } from './migrations.js';

export interface Store {
  /** Runs `select` over the current document and returns a deep copy of its result: callers never hold references into the store. */
  read<T>(select: (db: Readonly<DbData>) => T): T;
  /**
   * Applies `change` to the document synchronously, then persists it. Resolves once the
   * new document is on disk. `change` must validate before it mutates: a throw leaves
   * whatever it already changed. Concurrent updates are coalesced into fewer writes.
   */
  update<T>(change: (db: DbData) => T): Promise<T>;
  /** Bumped on every update, so derived indexes know when to rebuild. */
  readonly revision: number;
  /** Resolves when every update so far is on disk. */
  flush(): Promise<void>;
  readonly file: string;
}

export class StoreError extends Error {
  constructor(
    readonly code: 'DATA_INVALID' | 'DATA_TOO_NEW' | 'DATA_UNREADABLE',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export async function openStore(file: string): Promise<Store> {
  await mkdir(dirname(file), { recursive: true });
  // Compact JSON: the ledger reaches tens of MB and every write re-serialises it whole.
  const adapter = new DataFile<DbData>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
  // Not JSONFilePreset: it silently switches to memory when NODE_ENV=test.
  const db = new Low<DbData>(adapter, emptyDb());
  try {
    await db.read();
  } catch (error) {
    throw new StoreError('DATA_UNREADABLE', `${file} is not valid JSON (${(error as Error).message}); restore a backup or move it aside`);
  }
  let data: DbData;
  try {
    const migrated = migrate(db.data as unknown as Record<string, unknown>);
    const parsed = dbSchema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new StoreError('DATA_INVALID', `${file}: ${issue.path.join('.')}: ${issue.message}; restore a backup or move it aside`);
    }
    data = parsed.data as DbData;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('DATA_TOO_NEW', (error as Error).message);
  }
  db.data = data;

  let revision = 0;
  let inFlight: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  // lowdb serialises the whole document on every write() call (steno only coalesces the
  // file writes), so updates share one scheduled write: serialised once, after the
  // write in flight, capturing every change made before it starts.
  const persist = (): Promise<void> => {
    if (queued) return queued;
    const next = inFlight.then(() => {
      queued = undefined;
      return db.write();
    });
    queued = next;
    inFlight = next.catch(() => undefined);
    return next;
  };
  return {
    file,
    get revision() {
      return revision;
    },
    read: (select) => structuredClone(select(db.data)),
    async update(change) {
      const result = change(db.data);
      revision += 1;
      await persist();
      return result;
    },
    flush: () => inFlight,
  };
}
