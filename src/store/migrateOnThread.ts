// Runs the one-time migration of a version 0–2 db.json on a short-lived worker_thread, whose heap is given back whole when it ends.
import { stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AUDIT_FILE, SNAPSHOT_FILE } from './ledgerFiles.js';

/**
 * When `file` may be a version 0–2 db.json (it exists, and neither audit.jsonl nor activities.jsonl is beside it: a
 * version 3 store creates audit.jsonl whenever it opens, even with no records), migrates it on a thread of
 * its own and resolves true once the version 3 files are written; `log` gets the migration's line. Parsing a v2 file of
 * 100,000 records and holding its audit leaves ~120 MiB of garbage that V8 keeps mapped long after the start
 * (first start 301 MiB idle, a restart on the migrated files 179 MiB): on a thread, it goes when the thread ends.
 * Resolves false when there was nothing to do, or the thread could not help (under tsx, where a worker would need the
 * loader again; a file it could not read or check): openStore then reads the file itself and migrates or refuses it as
 * before. Never rejects.
 */
export async function migrateOnThread(file: string, log: (line: string) => void): Promise<boolean> {
  if (extname(fileURLToPath(import.meta.url)) !== '.js') return false;
  const exists = (path: string) => stat(path).then(() => true, () => false);
  // A crash part-way through a migration leaves audit.jsonl beside a v2 db.json, which openStore then migrates again itself.
  if (!(await exists(file))) return false;
  for (const name of [AUDIT_FILE, SNAPSHOT_FILE]) if (await exists(join(dirname(file), name))) return false;
  return new Promise<boolean>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./migrateThread.js', import.meta.url), { workerData: { file } });
    } catch {
      return resolve(false);
    }
    let answer = false;
    worker.once('message', (m: { migrated: boolean; lines: string[] }) => {
      m.lines.forEach((line) => log(line));
      answer = m.migrated;
    });
    worker.once('error', () => resolve(false));
    // Resolved on exit, not on the message: the thread's files are closed and its heap is gone by then.
    worker.once('exit', () => resolve(answer));
  });
}
