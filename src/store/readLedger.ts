// Reads the ledger from DATA_DIR without changing anything: the activities.jsonl snapshot, then the audit.jsonl lines written after it.
import { closeSync, openSync, readSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from '../domain/activity.js';
import { checkActivity } from './checkActivity.js';
import { DB_VERSION, type AuditEntry } from './dbSchema.js';
import { parseLedgerLine, type LedgerLine } from './ledgerLine.js';
import { StoreError } from './storeError.js';

import { AUDIT_FILE, SNAPSHOT_FILE } from './ledgerFiles.js';

export { AUDIT_FILE, SNAPSHOT_FILE };

/**
 * activities.jsonl: every activity as of byte `auditBytes` of audit.jsonl. A header line
 * `{"version":3,"auditBytes":N,"count":M}`, then one activity a line: read line by line from
 * a buffer, a start never holds the whole file as one string beside its objects.
 */
export interface Snapshot {
  version: typeof DB_VERSION;
  auditBytes: number;
  activities: Activity[];
}

export interface LedgerOnDisk {
  activities: Activity[];
  /** Where audit.jsonl's last complete line ends: the next append goes there. */
  auditEnd: number;
  /** Byte of audit.jsonl the snapshot covers. */
  snapshotBytes: number;
  /** Complete lines of audit.jsonl after the snapshot (replayed). */
  tailLines: number;
  /** 1 when audit.jsonl ends in a half-written line (a crash mid-append; never acknowledged): ignored. */
  tornLines: number;
  snapshotExisted: boolean;
  auditExisted: boolean;
}

const fix = 'restore DATA_DIR from a backup (activities.jsonl and audit.jsonl together), or move the broken file aside';

/** One copy of `s` per load: `shared` keeps the first. */
function share(s: string, shared: Map<string, string>): string {
  const kept = shared.get(s);
  if (kept !== undefined) return kept;
  shared.set(s, s);
  return s;
}

/**
 * `a` with its type, people and departments pointing at one string per distinct value. JSON.parse makes a copy of
 * every value longer than 10 characters (open_ids are 35, most type codes 11–16), each kept as long as the record:
 * at 200,000 records ~0.4 M strings for a few hundred distinct values, which every full collection marks again.
 * Only fields with few distinct values (not ids, times or text, whose map would be as large as what it saves).
 */
function shareStrings(a: Activity, shared: Map<string, string>): Activity {
  a.type = share(a.type, shared) as Activity['type'];
  a.reporter = share(a.reporter, shared);
  a.actorId = share(a.actorId, shared);
  if (a.departmentId !== undefined) a.departmentId = share(a.departmentId, shared);
  const others = a.counterpartIds;
  for (let i = 0; i < others.length; i++) others[i] = share(others[i]!, shared);
  if (a.deletedBy !== undefined) a.deletedBy = share(a.deletedBy, shared);
  return a;
}

async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError('DATA_UNREADABLE', `${file} cannot be read (${(error as Error).message}); check its owner and permissions`, { file });
  }
  const invalid = (what: string) => new StoreError('DATA_INVALID', `${file}: ${what}; ${fix}`, { file });
  let end = bytes.indexOf(0x0a);
  if (end < 0) throw invalid('no header line');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, end)) as Record<string, unknown>;
  } catch (error) {
    throw invalid(`header: not JSON (${(error as Error).message})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) throw invalid('header: expected an object with version, auditBytes and count');
  if (typeof header.version === 'number' && header.version > DB_VERSION) {
    throw new StoreError('DATA_TOO_NEW', `${file} is version ${header.version}, written by a newer 清风 (this one reads ${DB_VERSION}); upgrade 清风 or restore a backup`, { file });
  }
  if (header.version !== DB_VERSION) throw invalid(`version: expected ${DB_VERSION}`);
  if (!Number.isInteger(header.auditBytes) || (header.auditBytes as number) < 0) throw invalid(`auditBytes: expected a byte offset into ${AUDIT_FILE}`);
  if (!Number.isInteger(header.count) || (header.count as number) < 0) throw invalid('count: expected the number of activities');
  const activities: Activity[] = [];
  const shared = new Map<string, string>();
  for (let start = end + 1; start < bytes.length; start = end + 1) {
    end = bytes.indexOf(0x0a, start);
    if (end < 0) throw invalid(`line ${activities.length + 2}: no newline at the end (a snapshot is renamed into place whole, so the file was cut)`);
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8', start, end));
    } catch (error) {
      throw invalid(`line ${activities.length + 2}: not JSON (${(error as Error).message})`);
    }
    const problem = checkActivity(value);
    if (problem) throw invalid(`activities.${activities.length}.${problem}`);
    activities.push(shareStrings(value as Activity, shared));
  }
  if (activities.length !== header.count) throw invalid(`count: the header says ${String(header.count)}, the file holds ${activities.length}`);
  return { version: DB_VERSION, auditBytes: header.auditBytes as number, activities };
}

/** The bytes of `file` from `from` to its end; undefined when it does not exist. */
async function readFrom(file: string, from: number): Promise<Buffer | undefined> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError('DATA_UNREADABLE', `${file} cannot be read (${(error as Error).message}); check its owner and permissions`);
  }
  try {
    const { size } = await fh.stat();
    if (size < from) {
      throw new StoreError('DATA_INVALID', `${file} has ${size} bytes but ${SNAPSHOT_FILE} covers ${from}: the two are from different times; ${fix}`);
    }
    const bytes = Buffer.alloc(size - from);
    let done = 0;
    while (done < bytes.length) {
      const { bytesRead } = await fh.read(bytes, done, bytes.length - done, from + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return bytes.subarray(0, done);
  } finally {
    await fh.close();
  }
}

/**
 * Splits audit.jsonl bytes (starting at byte `base` of the file) into parsed lines. A last
 * line without its newline is torn (a crash mid-append) and left out; any other bad line
 * throws DATA_INVALID naming the file and byte.
 */
export function splitLedgerLines(file: string, bytes: Buffer, base: number): { lines: LedgerLine[]; end: number; torn: number } {
  const lines: LedgerLine[] = [];
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0) break;
    const text = bytes.toString('utf8', start, nl);
    const parsed = parseLedgerLine(text);
    if (!parsed.ok) {
      throw new StoreError(
        'DATA_INVALID',
        `${file} at byte ${base + start} (line ${lines.length + 1} after the snapshot): ${parsed.reason}; ${fix}`,
      );
    }
    lines.push(parsed.line);
    start = nl + 1;
  }
  return { lines, end: base + start, torn: start < bytes.length ? 1 : 0 };
}

/** Applies each line's `put` (the new state of what it touched) to `activities`, in order; `at` maps ids to positions and is kept current. */
export function applyPuts(activities: Activity[], at: Map<string, number>, lines: readonly LedgerLine[]): void {
  for (const line of lines) {
    for (const a of line.put ?? []) {
      const i = at.get(a.id);
      if (i === undefined) {
        at.set(a.id, activities.length);
        activities.push(a);
      } else activities[i] = a;
    }
  }
}

/**
 * The ledger in DATA_DIR as the bot last committed it: the snapshot plus every complete
 * line of audit.jsonl after it. Safe while the bot runs: the snapshot is replaced by
 * rename and the log only grows, so a reader sees a consistent, perhaps slightly older, state.
 * Throws StoreError DATA_INVALID / DATA_UNREADABLE / DATA_TOO_NEW naming the file.
 */
export async function readLedger(dir: string): Promise<LedgerOnDisk> {
  const snapshotFile = join(dir, SNAPSHOT_FILE);
  const auditFile = join(dir, AUDIT_FILE);
  const snapshot = await readSnapshot(snapshotFile);
  const from = snapshot?.auditBytes ?? 0;
  const tail = await readFrom(auditFile, from);
  if (!tail && from > 0) {
    throw new StoreError('DATA_INVALID', `${auditFile} is missing but ${snapshotFile} covers ${from} bytes of it; ${fix}`);
  }
  const activities = snapshot?.activities ?? [];
  const split = tail ? splitLedgerLines(auditFile, tail, from) : { lines: [], end: 0, torn: 0 };
  if (split.lines.length > 0) {
    const at = new Map(activities.map((a, i) => [a.id, i]));
    applyPuts(activities, at, split.lines);
  }
  return {
    activities,
    auditEnd: split.end,
    snapshotBytes: from,
    tailLines: split.lines.length,
    tornLines: split.torn,
    snapshotExisted: snapshot !== undefined,
    auditExisted: tail !== undefined,
  };
}

/** Every audit entry in audit.jsonl up to byte `end`, oldest first. Reads the whole file: for tools and tests, not for replies. */
export function readAuditSync(file: string, end: number): AuditEntry[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const bytes = Buffer.alloc(end);
  try {
    let done = 0;
    while (done < end) {
      const n = readSync(fd, bytes, done, end - done, done);
      if (n === 0) break;
      done += n;
    }
  } finally {
    closeSync(fd);
  }
  const { lines } = splitLedgerLines(file, bytes, 0);
  return lines.flatMap((l) => l.audit ?? []);
}
