// The outbox's writes to the store, batched: db.json is rewritten whole on every write, so state changes are coalesced.
import type { OutboxItem } from '../store/dbSchema.js';
import type { Store } from '../store/openStore.js';

/** Fields to set on an item; a field given as `undefined` is removed. */
export type ItemPatch = Partial<Omit<OutboxItem, 'key' | 'uuid' | 'to' | 'createdAt'>>;

export interface OutboxJournal {
  /** Writes new items at once (enqueue must be on disk before it resolves). */
  append(items: OutboxItem[]): Promise<void>;
  /** Records a change to one item, merged with its earlier unsaved changes; save() puts it on disk. */
  patch(key: string, change: ItemPatch): void;
  /** Resolves once every change patched so far is on disk; at most one write per `flushMs`. */
  save(): Promise<void>;
  /** Writes made so far (benchmarks). */
  readonly writes: number;
}

export interface JournalDeps {
  store: Store;
  clock: () => number;
  /** Minimum time between two batched writes (default 100 ms). */
  flushMs?: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createOutboxJournal(deps: JournalDeps): OutboxJournal {
  const flushMs = deps.flushMs ?? 100;
  let changes = new Map<string, ItemPatch>();
  // Positions of keys in the live db.outbox; checked on use and rebuilt if anything moved.
  let index = new Map<string, number>();
  let next: Promise<void> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let lastWrite = -Infinity;
  let writes = 0;

  function find(outbox: OutboxItem[], key: string): OutboxItem | undefined {
    const at = index.get(key);
    if (at !== undefined && outbox[at]?.key === key) return outbox[at];
    index = new Map(outbox.map((item, i) => [item.key, i]));
    const again = index.get(key);
    return again === undefined ? undefined : outbox[again];
  }

  function apply(outbox: OutboxItem[], batch: Map<string, ItemPatch>): void {
    for (const [key, change] of batch) {
      const item = find(outbox, key) as Record<string, unknown> | undefined;
      if (!item) continue;
      for (const [field, value] of Object.entries(change)) {
        if (value === undefined) delete item[field];
        else item[field] = value;
      }
    }
  }

  async function write(): Promise<void> {
    await writing;
    const idle = lastWrite + flushMs - deps.clock();
    if (idle > 0) await wait(idle);
    const batch = changes;
    changes = new Map();
    next = undefined;
    const done = deps.store.update((db) => apply(db.outbox, batch));
    writes += 1;
    writing = done.then(
      () => void (lastWrite = deps.clock()),
      () => void (lastWrite = deps.clock()),
    );
    await done;
  }

  return {
    async append(items) {
      writes += 1;
      try {
        await deps.store.update((db) => {
          for (const item of items) index.set(item.key, db.outbox.push(item) - 1);
        });
      } catch (error) {
        // Not on disk, so not accepted: take them out of memory too, or a later write would persist them unannounced.
        const keys = new Set(items.map((i) => i.key));
        await deps.store.update((db) => void (db.outbox = db.outbox.filter((i) => !keys.has(i.key)))).catch(() => undefined);
        throw error;
      }
    },
    patch(key, change) {
      const before = changes.get(key);
      changes.set(key, before ? { ...before, ...change } : change);
    },
    save() {
      if (changes.size === 0) return next ?? writing;
      next ??= write();
      return next;
    },
    get writes() {
      return writes;
    },
  };
}
