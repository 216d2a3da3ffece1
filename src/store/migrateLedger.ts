// Moves the ledger out of a version 0–2 db.json into audit.jsonl and activities.jsonl (version 3), and writes snapshots.
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Activity } from '../domain/activity.js';
import { checkActivity } from './checkActivity.js';
import { auditEntrySchema, v2SmallSchema, DB_VERSION, type AuditEntry, type SmallDoc } from './dbSchema.js';
import { formatLedgerLine } from './ledgerLine.js';
import { migrateToLedgerInDb } from './migrations.js';
import { AUDIT_FILE, SNAPSHOT_FILE } from './readLedger.js';
import { StoreError } from './storeError.js';
import { writeFailed } from './writeFailed.js';
import { writeFileDurably } from './writeFileDurably.js';
import { jsonLineSlices, writeAtomic } from './writeAtomic.js';

const fix = 'restore a backup or move it aside';

export function firstIssue(file: string, error: { issues: { path: PropertyKey[]; message: string }[] }): StoreError {
  const issue = error.issues[0]!;
  return new StoreError('DATA_INVALID', `${file}: ${issue.path.map(String).join('.')}: ${issue.message}; ${fix}`);
}

/**
 * A version 0–2 db.json (activities and audit inside) becomes version 3: its audit entries
 * and activities go to a new audit.jsonl, a snapshot is written, the old file is kept as
 * db.v2.json, and db.json keeps the small documents. Each file is replaced atomically and
 * db.json last, so a crash part-way leaves a version-2 db.json that is migrated again.
 */
export interface Migrated {
  doc: SmallDoc;
  activities: Activity[];
  auditBytes: number;
}

/** The v2 document's own fields checked without copying 200,000 records (zod would copy each): activities by checkActivity, audit entries by their schema. */
function checkV2(file: string, doc: Record<string, unknown>): { activities: Activity[]; audit: AuditEntry[]; small: Record<string, unknown> } {
  const { activities, audit, version: _v, ...rest } = doc;
  const invalid = (path: string, problem: string) => new StoreError('DATA_INVALID', `${file}: ${path}: ${problem}; ${fix}`, { file });
  if (!Array.isArray(activities)) throw invalid('activities', 'expected an array');
  if (!Array.isArray(audit)) throw invalid('audit', 'expected an array');
  activities.forEach((a, i) => {
    const problem = checkActivity(a);
    if (problem) throw invalid(`activities.${i}.${problem.split(':')[0]}`, problem.slice(problem.indexOf(':') + 1).trim());
  });
  audit.forEach((e, i) => {
    const parsed = auditEntrySchema.safeParse(e);
    if (!parsed.success) throw invalid(`audit.${i}.${parsed.error.issues[0]!.path.join('.')}`, parsed.error.issues[0]!.message);
  });
  const small = v2SmallSchema.safeParse(rest);
  if (!small.success) throw firstIssue(file, small.error);
  return { activities: activities as Activity[], audit: audit as AuditEntry[], small: small.data };
}

/**
 * A version 0–2 db.json (activities and audit inside) becomes version 3: its audit entries
 * and activities go to a new audit.jsonl, a snapshot is written, the old file is kept as
 * db.v2.json, and db.json keeps the small documents. Each file is replaced atomically and
 * db.json last, so a crash part-way leaves a version-2 db.json that is migrated again.
 */
export async function migrateOut(file: string, raw: Record<string, unknown>, log: (line: string) => void): Promise<Migrated> {
  const dir = dirname(file);
  const { activities, audit, small } = checkV2(file, migrateToLedgerInDb(raw));
  // Produced a slice at a time while written: the whole log is never one string in memory.
  function* lines(): Generator<string> {
    for (let i = 0; i < audit.length; i += 1000) yield formatLedgerLine({ audit: audit.slice(i, i + 1000), migrated: true });
    for (let i = 0; i < activities.length; i += 1000) yield formatLedgerLine({ put: activities.slice(i, i + 1000) });
  }
  const auditBytes = await writeAtomic(join(dir, AUDIT_FILE), lines());
  await writeSnapshot(dir, auditBytes, activities);
  if (typeof raw.version === 'number') await copyFile(file, join(dir, `db.v${raw.version}.json`));
  const doc = { ...small, version: DB_VERSION } as SmallDoc;
  await writeFileDurably(file, JSON.stringify(doc)).catch((error: unknown) => {
    throw writeFailed(file, error);
  });
  log(`db.json 已从版本 ${typeof raw.version === 'number' ? raw.version : 0} 迁移到 ${DB_VERSION}：${activities.length} 条活动、${audit.length} 条审计记录移入 ${SNAPSHOT_FILE} 与 ${AUDIT_FILE}`);
  return { doc, activities, auditBytes };
}

/** activities.jsonl for `activities` as of byte `auditBytes` of audit.jsonl, written in slices through a temporary file. */
export async function writeSnapshot(dir: string, auditBytes: number, activities: readonly Activity[]): Promise<void> {
  // A generator, not an array spread from one: spread, every slice was serialised before the first write, in one turn
  // (a compaction at 50,000 records held the bot thread that long); `activities` is a copy whose records are never changed.
  function* parts(): Generator<string> {
    yield `${JSON.stringify({ version: DB_VERSION, auditBytes, count: activities.length })}\n`;
    yield* jsonLineSlices(activities);
  }
  await writeAtomic(join(dir, SNAPSHOT_FILE), parts());
}

