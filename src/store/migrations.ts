// Upgrades an older db.json document step by step to LEDGER_IN_DB_VERSION (2); from there openStore moves the ledger out into its own files (version 3).
import { DB_VERSION, LEDGER_IN_DB_VERSION } from './dbSchema.js';

type Doc = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into version n+1. Version 0 is a document without `version`. */
const MIGRATIONS: Record<number, (doc: Doc) => Doc> = {
  0: (doc) => ({ activities: [], events: [], audit: [], ...doc, version: 1 }),
  // Accepted events moved to the append-only DATA_DIR/events.jsonl (src/store/openJournal.ts). Version 1 never ran
  // outside development, so its journal is dropped rather than carried over: at worst an event in flight is lost.
  1: ({ events: _events, ...doc }) => ({ ...doc, version: 2 }),
};

export class NewerDataError extends Error {
  readonly code = 'DATA_TOO_NEW';
}

/** The version a document says it has (0 without one). Throws NewerDataError for a version this build cannot read. */
export function versionOf(doc: Doc): number {
  const version = typeof doc.version === 'number' ? doc.version : 0;
  if (version > DB_VERSION) {
    throw new NewerDataError(
      `db.json is version ${version}, written by a newer 清风 than this one (which reads ${DB_VERSION}); upgrade 清风 or restore a backup`,
    );
  }
  return version;
}

/** Brings a document of version 0–2 to version 2, the last one holding activities and audit itself. */
export function migrateToLedgerInDb(doc: Doc): Doc {
  let version = versionOf(doc);
  let current = doc;
  while (version < LEDGER_IN_DB_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from db.json version ${version}`);
    current = step(current);
    version += 1;
  }
  return current;
}
