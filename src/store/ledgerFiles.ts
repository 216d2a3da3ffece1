// The ledger's file names in DATA_DIR, on their own so that the acknowledging thread can name them without loading the store's schema (zod).

/** The snapshot: a header line, then every record as of a byte offset of the audit log. */
export const SNAPSHOT_FILE = 'activities.jsonl';
/** The audit log, the ledger's source of truth: appended, never rewritten. */
export const AUDIT_FILE = 'audit.jsonl';
