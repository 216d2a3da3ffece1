// One line of DATA_DIR/audit.jsonl: the audit entries of one store update and the full state of every activity it touched.
import type { Activity } from '../domain/activity.js';
import { checkActivity } from './checkActivity.js';
import { auditEntrySchema, type AuditEntry } from './dbSchema.js';

/**
 * `audit`: who changed what, when, before and after (the audit log proper).
 * `put`: the new state of each activity the update created or changed; replaying every
 * `put` in file order, last one per id winning, rebuilds the activities.
 * `migrated`: entries carried over from a v2 db.json; their activities arrive in `put` lines.
 */
export interface LedgerLine {
  audit?: AuditEntry[];
  put?: Activity[];
  migrated?: true;
}

export type ParsedLedgerLine = { ok: true; line: LedgerLine } | { ok: false; torn: boolean; reason: string };

/** Parses and validates one line (without its newline). `torn`: not even JSON, as a crash mid-append leaves the last line. */
export function parseLedgerLine(text: string): ParsedLedgerLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, torn: true, reason: (error as Error).message };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, torn: false, reason: 'not a JSON object' };
  const line = value as Record<string, unknown>;
  if (line.audit !== undefined) {
    if (!Array.isArray(line.audit)) return { ok: false, torn: false, reason: 'audit: expected an array' };
    for (let i = 0; i < line.audit.length; i++) {
      const parsed = auditEntrySchema.safeParse(line.audit[i]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, torn: false, reason: `audit.${i}.${issue.path.join('.')}: ${issue.message}` };
      }
    }
  }
  if (line.put !== undefined) {
    if (!Array.isArray(line.put)) return { ok: false, torn: false, reason: 'put: expected an array' };
    for (let i = 0; i < line.put.length; i++) {
      const problem = checkActivity(line.put[i]);
      if (problem) return { ok: false, torn: false, reason: `put.${i}.${problem}` };
    }
  }
  return { ok: true, line: line as LedgerLine };
}

/** The line as written: compact JSON and a newline. */
export function formatLedgerLine(line: LedgerLine): string {
  return `${JSON.stringify(line)}\n`;
}
