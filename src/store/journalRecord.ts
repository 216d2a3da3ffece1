// One line of DATA_DIR/events.jsonl: an event Feishu delivered and we acknowledged, or the end of its processing.
// Checked by hand, not with zod: the acknowledging thread that reads and writes the journal does not load zod.
import { fieldProblem, firstProblem, isRecord } from '../checkShape.js';

/** An event acknowledged and not yet known to be processed. */
export interface AcceptedRecord {
  t: 'accepted';
  id: string;
  type: string;
  /** ISO 8601 UTC (`…Z`). */
  at: string;
  /** The decrypted envelope. An event handled on the spot (a card callback) is written as a bare `done` instead. */
  payload: Record<string, unknown>;
}

/** The end of an event's processing. */
export interface DoneRecord {
  t: 'done';
  id: string;
  at: string;
  /** Present when processing threw: the event is finished all the same (not retried). */
  error?: string;
}

export type JournalRecord = AcceptedRecord | DoneRecord;

/** What `new Date().toISOString()` writes (any fraction of a second, UTC only), as zod's z.iso.datetime() accepted. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

function recordProblem(json: unknown): string | undefined {
  if (!isRecord(json)) return 'record: expected an object';
  if (json.t !== 'accepted' && json.t !== 'done') return 't: expected "accepted" or "done"';
  return firstProblem(
    () => fieldProblem(json, 'id', 'id', 'nonEmpty'),
    () => (typeof json.at === 'string' && ISO_UTC.test(json.at) ? undefined : 'at: expected an ISO 8601 UTC date-time'),
    () => (json.t === 'accepted' ? firstProblem(() => fieldProblem(json, 'type', 'type', 'string'), () => fieldProblem(json, 'payload', 'payload', 'object')) : fieldProblem(json, 'error', 'error', 'string', true)),
  );
}

/** 'torn' when the line is not JSON at all (what a crash mid-append leaves); a reason when it is JSON of the wrong shape. */
export function parseJournalLine(line: string): { ok: true; record: JournalRecord } | { ok: false; torn: boolean; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, torn: true, reason: (error as Error).message };
  }
  const problem = recordProblem(json);
  if (problem) return { ok: false, torn: false, reason: problem };
  const r = json as Record<string, unknown>;
  // Only the known fields, as zod's object() kept them.
  const record: JournalRecord =
    r.t === 'accepted'
      ? { t: 'accepted', id: r.id as string, type: r.type as string, at: r.at as string, payload: r.payload as Record<string, unknown> }
      : { t: 'done', id: r.id as string, at: r.at as string, ...(r.error !== undefined ? { error: r.error as string } : {}) };
  return { ok: true, record };
}
