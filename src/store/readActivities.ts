// Every activity in a DATA_DIR, withdrawn ones included, read without writing anything: for exports and backups while the bot runs.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from '../domain/activity.js';
import { DB_VERSION, v2Schema } from './dbSchema.js';
import { migrateToLedgerInDb, versionOf } from './migrations.js';
import { AUDIT_FILE, SNAPSHOT_FILE, readLedger } from './readLedger.js';
import { StoreError } from './storeError.js';
import { readFile } from 'node:fs/promises';

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * The activities of the store in `dataDir`, in ledger order, as the bot last committed them.
 * A db.json of version ≤ 2 (a bot of this release has not started on it yet) is read as it
 * is, without migrating; from version 3 the snapshot and audit.jsonl are read (see
 * readLedger: consistent while the bot writes). Returns undefined when the directory holds
 * no data files at all. Throws StoreError (DATA_INVALID / DATA_UNREADABLE / DATA_TOO_NEW).
 */
export async function readActivities(dataDir: string): Promise<Activity[] | undefined> {
  const dbFile = join(dataDir, 'db.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(dbFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new StoreError('DATA_UNREADABLE', `${dbFile} cannot be read (${(error as Error).message})`);
    }
    if (!(await exists(join(dataDir, SNAPSHOT_FILE))) && !(await exists(join(dataDir, AUDIT_FILE)))) return undefined;
  }
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new StoreError('DATA_INVALID', `${dbFile}: expected a JSON object`);
    let version: number;
    try {
      version = versionOf(raw as Record<string, unknown>);
    } catch (error) {
      throw new StoreError('DATA_TOO_NEW', (error as Error).message);
    }
    if (version < DB_VERSION) {
      const parsed = v2Schema.safeParse(migrateToLedgerInDb(raw as Record<string, unknown>));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new StoreError('DATA_INVALID', `${dbFile}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return parsed.data.activities as Activity[];
    }
  }
  return (await readLedger(dataDir)).activities;
}
