// The append-only event journal DATA_DIR/events.jsonl: group-committed appends, fdatasync'ed right behind them; replayed and compacted on open, once idle after events finished, and at least hourly.
import { readSync, writeSync } from 'node:fs';
import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AcceptedRecord, JournalRecord } from './journalRecord.js';
import type { JournalCounts, Placed } from './journalState.js';
import { encodeParts } from './encodeParts.js';
import { readJournal } from './readJournal.js';
import { syncDir } from './syncDir.js';

export interface JournalOptions {
  now?: () => Date;
  /** How long a finished event's id is remembered. Feishu redelivers for about 7 h. */
  retentionMs?: number;
  /** Least time between compactions after the one at open, while events keep coming (see idleCompactMs). */
  compactEveryMs?: number;
  /**
   * Quiet time, in ms: once an event has finished, the journal is compacted when nothing was appended for this long, so
   * the finished events' payloads (what members wrote) leave the file soon after processing rather than up to
   * compactEveryMs later. Any append restarts the wait; default 1,000. A journal that never goes quiet (appends less than
   * this apart) still compacts within compactEveryMs.
   */
  idleCompactMs?: number;
  log?: (line: string) => void;
  /**
   * When `append` resolves. 'written' (the default): once its line is written to the file, i.e. in the kernel's page
   * cache, which a killed or crashed process cannot lose; fdatasync follows at once in the background, one at a time,
   * each covering every line written before it began, so a power cut or kernel crash can lose only the lines of the
   * last sync or two (milliseconds). 'synced': once fdatasync'ed too (each group's write and sync before the next group).
   */
  durability?: 'written' | 'synced';
}

export interface JournalStats {
  /** Writes: one per group of records appended together. */
  groups: number;
  /** fdatasync calls of appended lines (with durability 'synced' one per group, else fewer). */
  syncs: number;
  records: number;
  bytes: number;
  /** Time spent in fdatasync, in total and at worst. */
  syncMs: number;
  maxSyncMs: number;
  /** Unparsable last lines skipped at open (a crash mid-append). */
  tornLines: number;
  compactions: number;
  /** Lines in the file now. */
  lines: number;
}

export interface Journal {
  readonly file: string;
  /** Remembered (pending, or finished less than the retention ago) as of the last append that reached the disk. */
  has(id: string): boolean;
  pending(): AcceptedRecord[];
  /**
   * The payload's JSON text of a pending event (accepted, not yet done), read back from the file where its line stands
   * (the journal keeps only that place in memory); undefined if the id is not pending. Throws if the file cannot be read.
   */
  payloadText(id: string): string | undefined;
  counts(): JournalCounts;
  stats(): JournalStats;
  /**
   * Resolves once the line is written (see JournalOptions.durability); records appended meanwhile share one write.
   * `payloadJson`, for an `accepted` record: its payload's JSON text (a delivery's decrypted body, already parsed into
   * `record.payload`), written into the line as it is instead of serialising the payload again.
   */
  append(record: JournalRecord, payloadJson?: string): Promise<void>;
  /** Resolves once every line appended so far is fdatasync'ed; rejects if a sync failed. */
  flush(): Promise<void>;
  compact(): Promise<void>;
  close(): Promise<void>;
}

const DAY_MS = 24 * 3600 * 1000;
const checkPhase = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const HOUR_MS = 3600 * 1000;
const IDLE_COMPACT_MS = 1000;

interface Group {
  /** The group's lines as pieces to write one after another (an `accepted` line around its payload's text is three). */
  parts: string[];
  records: JournalRecord[];
  /** Per record, the index in `parts` of its payload's JSON text (an `accepted` line's middle piece), else -1. */
  payloadParts: number[];
  written: Promise<void>;
}

export async function openJournal(file: string, opts: JournalOptions = {}): Promise<Journal> {
  const now = opts.now ?? (() => new Date());
  const retention = opts.retentionMs ?? DAY_MS;
  const compactEvery = opts.compactEveryMs ?? HOUR_MS;
  const idleCompact = opts.idleCompactMs ?? IDLE_COMPACT_MS;
  const log = opts.log ?? (() => {});
  const durability = opts.durability ?? 'written';
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const replayed = await readJournal(file);
  const { state } = replayed;
  // 0600: until compacted, the journal holds what members wrote.
  // Read as well as appended: a pending event's payload is read back from where its line stands (see payloadText).
  let fh: FileHandle = await open(file, 'a+', 0o600);
  // A new file's name must survive a power cut as well as its lines.
  if (!replayed.existed) await syncDir(dir);
  let size = (await fh.stat()).size;
  const stats: JournalStats = { groups: 0, syncs: 0, records: 0, bytes: 0, syncMs: 0, maxSyncMs: 0, tornLines: replayed.tornLines, compactions: 0, lines: replayed.lines };
  let broken: Error | undefined;
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  let filling: Group | undefined;
  let timer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  // Whether a line holds the payload of an event that has finished since the last compaction.
  let finishedPayloads = false;
  let lastCompaction = performance.now();
  // Bytes written by appends since open, and how many of them an fdatasync has covered (durability 'written').
  let writtenBytes = 0;
  let syncedBytes = 0;
  let syncing: Promise<void> | undefined;
  let syncFailed: Error | undefined;

  // Appends and compaction take turns: a compaction swaps the file under the handle.
  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = chain.then(task);
    chain = run.catch(() => undefined);
    return run;
  }

  // A pending payload's bytes from the file as it is now (its place moves with each compaction, see rewrite). A
  // synchronous pread: the line was written by this process, so it is in the page cache.
  function readPlaced(place: Placed): string {
    const buf = Buffer.allocUnsafe(place.length);
    let got = 0;
    while (got < place.length) {
      const n = readSync(fh.fd, buf, got, place.length - got, place.offset + got);
      if (n === 0) throw new Error(`${file}: a pending event's payload ends past the end of the file`);
      got += n;
    }
    return buf.toString('utf8');
  }

  async function writeGroup(group: Group): Promise<void> {
    if (broken) throw broken;
    // Valid until the next group's encoding; writeAll is synchronous.
    const ends: number[] = [];
    const buf = encodeParts(group.parts, ends);
    const start = size;
    try {
      writeAll(fh, buf);
      if (durability === 'synced') await datasync();
    } catch (error) {
      await rollback();
      throw error;
    }
    size += buf.length;
    writtenBytes += buf.length;
    if (durability === 'synced') syncedBytes = writtenBytes;
    else void syncBehind();
    stats.groups += 1;
    stats.records += group.records.length;
    stats.bytes += buf.length;
    stats.lines += group.records.length;
    group.records.forEach((r, i) => {
      const k = group.payloadParts[i]!;
      state.apply(r, k > 0 ? { offset: start + ends[k - 1]!, length: ends[k]! - ends[k - 1]! } : undefined);
    });
    if (group.records.some((r) => r.t === 'done')) {
      finishedPayloads = true;
      scheduleCompaction();
    }
    scheduleIdleCompaction();
  }

  async function datasync(): Promise<void> {
    const started = performance.now();
    await fh.datasync();
    const took = performance.now() - started;
    stats.syncs += 1;
    stats.syncMs += took;
    stats.maxSyncMs = Math.max(stats.maxSyncMs, took);
  }

  // One fdatasync at a time, again as long as lines were written after the last one began: the sync keeps up with the
  // writes without holding up any append. A failed sync cannot be undone (its lines were acknowledged, and the kernel may
  // have dropped their pages): the journal refuses further appends, so Feishu redelivers what comes next until a restart.
  function syncBehind(): Promise<void> {
    // Cleared in a later turn than it is set (finally runs after the assignment), so a waiter never sees a stale one.
    syncing ??= syncWhileBehind().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  async function syncWhileBehind(): Promise<void> {
    while (syncedBytes < writtenBytes && !syncFailed) {
      const target = writtenBytes;
      try {
        await datasync();
      } catch (error) {
        syncFailed = new Error(`${file}: fdatasync failed (${(error as Error).message}); events acknowledged in the last moments may not survive a power cut; restart 清风 once the disk is healthy`);
        broken ??= syncFailed;
        log(`event journal: ${syncFailed.message}`);
        return;
      }
      syncedBytes = target;
    }
  }

  async function flush(): Promise<void> {
    while (syncing) await syncing;
    if (syncedBytes < writtenBytes && !syncFailed) await syncBehind();
    if (syncFailed) throw syncFailed;
  }

  // A half-written group must not stay in front of the next one, or it becomes a corrupt line in the middle.
  async function rollback(): Promise<void> {
    try {
      await fh.truncate(size);
      await fh.datasync();
    } catch (error) {
      broken = new Error(`${file}: an append failed and could not be undone (${(error as Error).message}); restart 清风 once the disk is healthy`);
    }
  }

  // Rewrites the file as the fewest records that replay to the same state. Once an event is done this drops its
  // payload (a processed message may be a confidential talk): no payload outlives the first compaction after its `done`.
  async function rewrite(force: boolean): Promise<void> {
    if (broken) throw broken;
    // Not under a sync of the handle about to be replaced; the rewritten file is synced whole below.
    while (syncing) await syncing;
    if (broken) throw broken;
    lastCompaction = performance.now();
    state.expire(now().getTime() - retention);
    const held = state.held();
    if (!force && held.length === stats.lines) return;
    // A pending event's payload as the text it was written with (read back from this file), a finished one a bare `done`.
    const parts: string[] = [];
    const payloadPart = new Map<string, number>();
    for (const r of held) {
      if (r.t === 'done') {
        parts.push(`${JSON.stringify(r)}\n`);
        continue;
      }
      parts.push(...acceptedLine(r, 'payload' in r ? JSON.stringify(r.payload) : readPlaced(r)));
      payloadPart.set(r.id, parts.length - 2);
    }
    const ends: number[] = [];
    // A copy: the encoder's buffer is shared, and the writes below wait.
    const text = Buffer.from(encodeParts(parts, ends));
    const places = new Map<string, Placed>();
    for (const [id, k] of payloadPart) places.set(id, { offset: ends[k - 1]!, length: ends[k]! - ends[k - 1]! });
    const tmp = join(dir, `.${basename(file)}.tmp`);
    const out = await open(tmp, 'w', 0o600);
    try {
      await out.writeFile(text);
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(tmp, file);
    try {
      // The old handle now points at an unlinked file, and an acknowledged line there would be lost.
      const next = await open(file, 'a+', 0o600);
      // The handle and the places change together, in one turn: a payload read in between would read the wrong file.
      const old = fh;
      fh = next;
      state.moved(places);
      await old.close().catch(() => undefined);
      await syncDir(dir);
    } catch (error) {
      broken = new Error(`${file}: could not reopen after compaction (${(error as Error).message}); restart 清风`);
      throw broken;
    }
    size = text.length;
    syncedBytes = writtenBytes;
    finishedPayloads = false;
    stats.lines = held.length;
    stats.compactions += 1;
  }

  function scheduleCompaction(): void {
    if (timer || closed) return;
    // Off the acknowledgement path: the append that finished an event has already resolved when this runs.
    timer = setTimeout(() => {
      timer = undefined;
      enqueue(() => rewrite(false)).catch((error: unknown) => log(`event journal compaction failed: ${String(error)}`));
    }, Math.max(0, lastCompaction + compactEvery - performance.now()));
    timer.unref();
  }

  // Debounced by every append: while deliveries keep coming, a rewrite would hold up their acknowledgements (appends wait
  // behind it). Events still pending do not hold it back: one retried for minutes (a store write failing) or waiting on
  // a slow Feishu would otherwise keep every finished payload in the file; the rewrite keeps the pending ones' payloads.
  function scheduleIdleCompaction(): void {
    if (closed) return;
    clearTimeout(idleTimer);
    idleTimer = undefined;
    if (!finishedPayloads) return;
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (closed || filling || !finishedPayloads) return;
      enqueue(() => rewrite(false)).catch((error: unknown) => log(`event journal compaction failed: ${String(error)}`));
    }, idleCompact);
    idleTimer.unref();
  }

  try {
    await enqueue(() => rewrite(replayed.tornLines > 0 || !replayed.cleanEnd));
  } catch (error) {
    await fh.close().catch(() => undefined);
    throw error;
  }

  return {
    file,
    has: (id) => state.has(id),
    pending: () => state.pending(readPlaced),
    payloadText: (id) => state.payloadText(id, readPlaced),
    counts: () => state.counts(),
    stats: () => ({ ...stats }),
    append(record, payloadJson) {
      if (closed) return Promise.reject(new Error(`${file} is closed`));
      let line: readonly string[];
      try {
        // An `accepted` line is always three pieces, its payload's text the middle one (where the state finds it again).
        line = record.t === 'accepted' ? acceptedLine(record, payloadJson ?? JSON.stringify(record.payload)) : [`${JSON.stringify(record)}\n`];
      } catch (error) {
        return Promise.reject(error);
      }
      if (!filling) {
        const group: Group = { parts: [], records: [], payloadParts: [], written: Promise.resolve() };
        // The write waits for the check phase, so every request read in this poll phase shares it: one write per turn of
        // the event loop rather than one per request (the write itself is synchronous, see writeAll).
        group.written = enqueue(() =>
          checkPhase().then(() => {
            filling = undefined;
            return writeGroup(group);
          }),
        );
        filling = group;
      }
      filling.payloadParts.push(line.length === 3 ? filling.parts.length + 1 : -1);
      filling.parts.push(...line);
      filling.records.push(record);
      return filling.written;
    },
    flush,
    compact: () => enqueue(() => rewrite(false)),
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      clearTimeout(idleTimer);
      await chain;
      try {
        // A graceful stop leaves every acknowledged line on disk.
        await flush();
      } finally {
        await fh.close();
      }
    },
  };
}

/**
 * An `accepted` line around its payload's JSON text as received: the same record as JSON.stringify would write (the text
 * parsed into that payload), without serialising the payload again, which was 8.7 µs of the acknowledging thread's time
 * per delivery (a 742-byte message). Raw line breaks can stand in JSON text only as whitespace between tokens (inside a
 * string they must be escaped), so turning them into spaces keeps the record one line and its meaning. In three pieces,
 * written one after another (encodeParts), so the payload's text is not copied into a line string first.
 */
function acceptedLine(record: { id: string; type: string; at: string }, payloadJson: string): readonly string[] {
  const json = payloadJson.includes('\n') || payloadJson.includes('\r') ? payloadJson.replace(/[\r\n]/g, ' ') : payloadJson;
  return [`{"t":"accepted","id":${JSON.stringify(record.id)},"type":${JSON.stringify(record.type)},"at":${JSON.stringify(record.at)},"payload":`, json, '}\n'];
}

// In this thread, not libuv's pool: a write to the page cache takes microseconds (p50 4 µs, p99 40 µs for a 1.5 KB line
// on this machine's ext4, with or without an fdatasync running beside it), while a pool round trip costs two thread
// wake-ups per group, which under saturation on two busy cores was most of the wait between a request and its 200.
function writeAll(fh: FileHandle, buf: Buffer): void {
  let offset = 0;
  while (offset < buf.length) {
    const bytesWritten = writeSync(fh.fd, buf, offset, buf.length - offset);
    if (bytesWritten === 0) throw new Error('write made no progress');
    offset += bytesWritten;
  }
}
