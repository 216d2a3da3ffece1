// A short-lived worker_thread's entry (src/store/migrateOnThread.ts): moves the ledger out of a version 0–2 db.json, so the parsed old document dies with this thread's heap.
import { parentPort, workerData } from 'node:worker_threads';
import { migrateOut } from './migrateLedger.js';
import { DB_VERSION } from './dbSchema.js';
import { versionOf } from './migrations.js';
import { readDbFile } from './readDbFile.js';

const { file } = workerData as { file: string };
const lines: string[] = [];
let migrated = false;
try {
  const doc = await readDbFile(file);
  // Anything but a readable, current-or-older document is left to openStore, which says what is wrong with it.
  if (doc && versionOf(doc) < DB_VERSION) {
    await migrateOut(file, doc, (line) => lines.push(line));
    migrated = true;
  }
} catch {
  migrated = false;
}
parentPort!.postMessage({ migrated, lines });
