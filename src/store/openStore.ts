// The store: db.json for the small documents, and the ledger in activities.jsonl (snapshot) + audit.jsonl (append-only log), so a change costs the same at any ledger size.
import { mkdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { dirname, join } from 'node:path';
import type { Activity } from '../domain/activity.js';
import { createActivityTable, type ActivityTable, type LedgerLookup } from './activityTable.js';
import { dbSchema, emptyDb, DB_VERSION, type AuditEntry, type DbData, type SmallDoc } from './dbSchema.js';
import { formatLedgerLine, type LedgerLine } from './ledgerLine.js';
import { firstIssue, migrateOut, writeSnapshot, type Migrated } from './migrateLedger.js';
import { migrateOnThread } from './migrateOnThread.js';
import { versionOf } from './migrations.js';
import { openAppendLog } from './appendLog.js';
import { AUDIT_FILE, SNAPSHOT_FILE, readAuditSync, readLedger, type LedgerOnDisk } from './readLedger.js';
import { DurableJsonFile } from './durableJsonFile.js';
import { PRIVATE_DIR_MODE } from './secureDataDir.js';
import { StoreError } from './storeError.js';
import { writeFailed } from './writeFailed.js';

export { StoreError, isWriteFailure } from './storeError.js';

/** Whether the last write reached the disk; `/healthz` reports it. */
export type StoreHealth =
  | { ok: true }
  | { ok: false; code: 'DATA_WRITE_FAILED'; file: string; errno: string; since: string; message: string };

/** What an update may do to the ledger besides pushing onto `db.activities`. */
export interface LedgerDraft extends LedgerLookup {
  /** Puts `next` in place of the activity with the same id (records are replaced, never changed in place: a snapshot may be reading the old one). */
  replace(next: Activity): void;
}

export interface StoreStats {
  activities: number;
  /** audit.jsonl lines after the snapshot (replayed at start, until the next compaction). */
  tailLines: number;
  auditBytes: number;
  compactions: number;
  /** Ledger appends (one line per update that touched the ledger) and db.json rewrites since open. */
  ledgerWrites: number;
  docWrites: number;
}

export interface Store {
  /**
   * Runs `select` over the current data and returns a deep copy of its result: callers
   * never hold references into the store. `db.audit` reads the whole audit.jsonl from disk
   * (plus entries not yet written): for tests and tools, never on a reply's path.
   */
  read<T>(select: (db: Readonly<DbData>) => T): T;
  /**
   * Applies `change` synchronously, then persists it; resolves once it is on disk.
   * Activities are appended to `db.activities` or replaced through `ledger.replace`, never
   * removed; each change pushes its audit entries onto `db.audit`, which inside an update
   * holds only the new entries. What the change did to the ledger becomes one line of
   * audit.jsonl (an fdatasync'ed append, whatever the ledger's size); touching dialogs,
   * outbox or settings rewrites the small db.json. `change` should validate before it
   * mutates: a throw takes back its ledger changes but leaves whatever it did to the small
   * documents. If a write fails, the update's
   * ledger changes (and those queued behind it) are undone in memory, db.json's documents
   * return to what is on disk, and the promise rejects with StoreError DATA_WRITE_FAILED.
   */
  update<T>(change: (db: DbData, ledger: LedgerDraft) => T): Promise<T>;
  /** Live lookups by id and by source event (do not change or keep what they return). */
  readonly ledger: LedgerLookup;
  /** Bumped on every update (and rollback), so derived indexes know when to look again. */
  readonly revision: number;
  /** Ids of the activities created or changed since open, oldest first (repeats possible). */
  changedIds(): readonly string[];
  /** Resolves when every update so far is on disk (or has failed). */
  flush(): Promise<void>;
  /** Writes a new activities.jsonl now (normally done every `compactEvery` ledger lines). */
  compact(): Promise<void>;
  stats(): StoreStats;
  health(): StoreHealth;
  /** Flushes and closes the ledger file. */
  close(): Promise<void>;
  readonly file: string;
}

export interface StoreOptions {
  /** Compact once this many ledger lines follow the snapshot (default 2,000: a start replays at most that). */
  compactEvery?: number;
  /** Operator's log: the migration, one line when writes start failing (file, errno) and one when they work again. */
  log?: (line: string) => void;
  now?: () => Date;
  /**
   * Migrate a version 0–2 db.json on a short-lived thread (src/store/migrateOnThread.ts) rather than in this one, so
   * its garbage is not kept after the start. The bot sets it; the CLI and tests migrate in place.
   */
  migrateOnThread?: boolean;
  /** Called as a compaction starts writing and once it is in place (tests kill the process in between). */
  onCompaction?: (phase: 'start' | 'done') => void;
}

/** `doc` as lowdb read it (emptyDb() when there was no file), validated, or migrated out of version 0–2. */
async function loadDoc(file: string, doc: Record<string, unknown>, log: (line: string) => void): Promise<SmallDoc | Migrated> {
  let version: number;
  try {
    version = versionOf(doc);
  } catch (error) {
    throw new StoreError('DATA_TOO_NEW', (error as Error).message, { file });
  }
  if (version < DB_VERSION) return migrateOut(file, doc, log);
  if ('activities' in doc || 'audit' in doc) {
    throw new StoreError(
      'DATA_INVALID',
      `${file}: a version ${DB_VERSION} db.json keeps no activities or audit (they live in ${SNAPSHOT_FILE} and ${AUDIT_FILE}); to import them, set "version": 2 and start again`,
    );
  }
  const parsed = dbSchema.safeParse(doc);
  if (!parsed.success) throw firstIssue(file, parsed.error);
  return parsed.data as SmallDoc;
}

/**
 * Opens the store whose db.json is `file` (DATA_DIR = its directory, created with mode
 * 0700). Throws StoreError: DATA_UNREADABLE (not JSON, no permission), DATA_INVALID
 * (wrong shape; names file and field), DATA_TOO_NEW (written by a newer 清风).
 */
export async function openStore(file: string, opts: StoreOptions = {}): Promise<Store> {
  const dir = dirname(file);
  const log = opts.log ?? (() => {});
  const compactEvery = opts.compactEvery ?? 2000;
  const now = opts.now ?? (() => new Date());
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (opts.migrateOnThread) await migrateOnThread(file, log);
  // lowdb holds db.json (dialogs, outbox, settings) for the operator to read; the adapter makes its writes durable.
  const adapter = new DurableJsonFile<SmallDoc>(file);
  const low = new Low<SmallDoc>(adapter, emptyDb());
  await low.read();
  const loaded = await loadDoc(file, low.data as unknown as Record<string, unknown>, log);
  low.data = 'doc' in loaded ? loaded.doc : loaded;
  adapter.onDisk = JSON.stringify(low.data);

  // Just migrated: the records are in hand and the files were written from them.
  const disk: LedgerOnDisk =
    'doc' in loaded
      ? { activities: loaded.activities, auditEnd: loaded.auditBytes, snapshotBytes: loaded.auditBytes, tailLines: 0, tornLines: 0, snapshotExisted: true, auditExisted: true }
      : await readLedger(dir);
  const table: ActivityTable = createActivityTable(disk.activities);
  const ledgerLog = await openAppendLog(join(dir, AUDIT_FILE), disk.auditEnd);
  let tailLines = disk.tailLines;
  const stats = { compactions: 0, ledgerWrites: 0 };
  const changed: string[] = [];
  let revision = 0;
  let health: StoreHealth = { ok: true };
  const wrote = <T>(p: Promise<T>): Promise<T> =>
    p.then(
      (value) => {
        if (!health.ok) log(`store: ${health.file} is writable again`);
        health = { ok: true };
        return value;
      },
      (error: unknown) => {
        if (health.ok && error instanceof StoreError && error.code === 'DATA_WRITE_FAILED') {
          health = { ok: false, code: 'DATA_WRITE_FAILED', file: error.detail.file ?? file, errno: error.detail.errno ?? 'EUNKNOWN', since: now().toISOString(), message: error.message };
          log(`store: ${error.message}`);
        }
        throw error;
      },
    );
  // Audit entries whose line is queued but not yet on disk, so that `read` sees them too.
  const unwritten = new Set<AuditEntry[]>();

  let compacting: Promise<void> | undefined;
  function compactNow(): Promise<void> {
    if (compacting) return compacting;
    compacting = new Promise<void>((resolve) => {
      ledgerLog.whenIdle(() => {
        // Idle: every change in memory is on disk up to here. Records are replaced, never
        // changed in place, so this copy of the array stays the state as of `at`.
        const at = ledgerLog.size;
        const items = table.items.slice();
        const covered = tailLines;
        opts.onCompaction?.('start');
        writeSnapshot(dir, at, items)
          .then(() => {
            tailLines -= covered;
            stats.compactions += 1;
            opts.onCompaction?.('done');
          })
          .catch((error: Error) => log(`${SNAPSHOT_FILE}: compaction failed, will retry (${error.message})`))
          .finally(() => {
            compacting = undefined;
            resolve();
          });
      });
    });
    return compacting;
  }
  if (tailLines >= compactEvery || (!disk.snapshotExisted && tailLines > 0)) await compactNow();

  // db.json: one write at a time; updates made meanwhile share the next one.
  let docChain: Promise<void> = Promise.resolve();
  let docQueued: Promise<void> | undefined;
  let docEpoch = 0;
  function persistDoc(): Promise<void> {
    if (docQueued) return docQueued;
    const epoch = docEpoch;
    const next = docChain.then(async () => {
      docQueued = undefined;
      if (epoch !== docEpoch) throw writeFailed(file, Object.assign(new Error('an earlier write failed and was undone'), { code: 'EIO' }));
      try {
        await low.write();
      } catch (error) {
        // Back to what is on disk: the caller is told nothing of this was kept.
        docEpoch += 1;
        low.data = adapter.restore();
        revision += 1;
        throw error;
      }
    });
    docQueued = next;
    docChain = next.catch(() => undefined);
    return next;
  }

  function view(forUpdate: { audit: AuditEntry[]; touchDoc(): void; draft: LedgerDraft } | undefined): DbData {
    const v = {} as DbData;
    for (const key of Object.keys(low.data)) {
      if (key === 'activities' || key === 'audit') continue;
      Object.defineProperty(v, key, {
        enumerable: true,
        get: () => {
          forUpdate?.touchDoc();
          return (low.data as unknown as Record<string, unknown>)[key];
        },
        set: (value: unknown) => {
          forUpdate?.touchDoc();
          (low.data as unknown as Record<string, unknown>)[key] = value;
        },
      });
    }
    Object.defineProperty(v, 'activities', { enumerable: true, get: () => table.items });
    Object.defineProperty(v, 'audit', {
      enumerable: true,
      get: () =>
        forUpdate
          ? forUpdate.audit
          : [...readAuditSync(join(dir, AUDIT_FILE), ledgerLog.size), ...[...unwritten].flat()],
    });
    return v;
  }

  function persistLedger(before: number, audit: AuditEntry[], replaced: Map<number, Activity>): Promise<void> | undefined {
    table.adopt(before);
    const ids = new Set<string>();
    for (let i = before; i < table.items.length; i++) ids.add(table.items[i]!.id);
    for (const e of audit) ids.add(e.activityId);
    for (const i of replaced.keys()) ids.add(table.items[i]!.id);
    if (ids.size === 0 && audit.length === 0) return undefined;
    const put = [...ids].map((id) => table.byId(id)).filter((a): a is Activity => a !== undefined);
    const line: LedgerLine = { ...(audit.length > 0 ? { audit } : {}), put };
    changed.push(...ids);
    unwritten.add(audit);
    // Undo: drop what was appended, put back what was replaced (or what the audit says was there before).
    const undo = (): void => {
      unwritten.delete(audit);
      table.truncate(before);
      for (const [i, old] of replaced) table.replace(i, old);
      for (const e of audit) {
        const i = table.indexOf(e.activityId);
        if (i !== undefined && !replaced.has(i) && e.before) table.replace(i, e.before as Activity);
      }
      revision += 1;
    };
    stats.ledgerWrites += 1;
    tailLines += 1;
    return ledgerLog.append(formatLedgerLine(line), undo).then(() => {
      unwritten.delete(audit);
      if (tailLines >= compactEvery) void compactNow();
    });
  }

  const ledger: LedgerLookup = { byId: (id) => table.byId(id), bySource: (e) => table.bySource(e) };

  const store: Store = {
    file,
    ledger,
    get revision() {
      return revision;
    },
    changedIds: () => changed,
    read: (select) => structuredClone(select(view(undefined))),
    async update<T>(change: (db: DbData, ledger: LedgerDraft) => T): Promise<T> {
      const before = table.items.length;
      const audit: AuditEntry[] = [];
      const replaced = new Map<number, Activity>();
      let docTouched = false;
      const draft: LedgerDraft = {
        ...ledger,
        replace(next) {
          const i = table.indexOf(next.id);
          if (i === undefined) throw new Error(`no activity ${next.id} to replace`);
          if (!replaced.has(i)) replaced.set(i, table.items[i]!);
          table.replace(i, next);
        },
      };
      let result: T;
      try {
        result = change(view({ audit, draft, touchDoc: () => void (docTouched = true) }), draft);
      } catch (error) {
        // The ledger part is taken back (records pushed or replaced before the throw); the small documents cannot be.
        table.truncate(before);
        for (const [i, old] of replaced) table.replace(i, old);
        throw error;
      }
      revision += 1;
      const writes: Promise<void>[] = [];
      const ledgerWrite = persistLedger(before, audit, replaced);
      if (ledgerWrite) writes.push(wrote(ledgerWrite));
      if (docTouched) writes.push(wrote(persistDoc()));
      await Promise.all(writes);
      return result;
    },
    async flush() {
      await new Promise<void>((resolve) => ledgerLog.whenIdle(resolve));
      await docChain;
      await compacting;
    },
    compact: compactNow,
    health: () => ({ ...health }),
    stats: () => ({
      activities: table.items.length,
      tailLines,
      auditBytes: ledgerLog.size,
      compactions: stats.compactions,
      ledgerWrites: stats.ledgerWrites,
      docWrites: adapter.writes,
    }),
    async close() {
      await store.flush();
      await ledgerLog.close();
    },
  };
  return store;
}
