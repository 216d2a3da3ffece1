// What the event journal knows, rebuilt by replaying its records: every id still remembered, and the events not yet processed.
import type { AcceptedRecord, JournalRecord } from './journalRecord.js';

export interface JournalCounts {
  /** Ids remembered for de-duplication, pending or finished. */
  known: number;
  pending: number;
  done: number;
  failed: number;
}

export interface JournalState {
  /**
   * `payloadJson`, for an `accepted` record: its payload's JSON text, kept instead of the parsed payload (parsed again
   * only by pending() and records()). Under a flood thousands of events wait here, and a payload's tree of objects, held
   * past the young generation, was copied by every scavenge on the acknowledging thread; one string is one object.
   */
  apply(record: JournalRecord, payloadJson?: string): void;
  has(id: string): boolean;
  /** Accepted and not finished, oldest first, with their payloads. */
  pending(): AcceptedRecord[];
  counts(): JournalCounts;
  /** Forgets events finished before `cutoffMs`; pending events are never forgotten. Returns how many went. */
  expire(cutoffMs: number): number;
  /** The fewest records that replay to this state: pending events with their payloads, finished ones as a bare `done`. */
  records(): JournalRecord[];
  readonly size: number;
}

/** An `accepted` record held as its payload's JSON text (see JournalState.apply). */
interface AcceptedText {
  t: 'accepted';
  id: string;
  type: string;
  at: string;
  json: string;
}

type Held = JournalRecord | AcceptedText;

function recordOf(r: Held): JournalRecord {
  if (!('json' in r)) return r;
  return { t: 'accepted', id: r.id, type: r.type, at: r.at, payload: JSON.parse(r.json) as Record<string, unknown> };
}

export function createJournalState(): JournalState {
  // The latest record per id: an `accepted` while pending, then its `done`, which lets go of the payload.
  const latest = new Map<string, Held>();
  return {
    apply(record, payloadJson) {
      // A second `accepted` for a known id would revive a finished event; the first one wins.
      if (record.t === 'accepted' && latest.has(record.id)) return;
      latest.set(record.id, record.t === 'accepted' && payloadJson !== undefined ? { t: 'accepted', id: record.id, type: record.type, at: record.at, json: payloadJson } : record);
    },
    has: (id) => latest.has(id),
    pending: () => [...latest.values()].filter((r) => r.t === 'accepted').map((r) => recordOf(r) as AcceptedRecord),
    counts() {
      const counts = { known: latest.size, pending: 0, done: 0, failed: 0 };
      for (const r of latest.values()) {
        if (r.t === 'accepted') counts.pending += 1;
        else if (r.error === undefined) counts.done += 1;
        else counts.failed += 1;
      }
      return counts;
    },
    expire(cutoffMs) {
      let dropped = 0;
      // Counted from when processing finished, so an id outlives Feishu's last redelivery (about 7 h after the first).
      for (const [id, r] of latest) {
        if (r.t === 'done' && Date.parse(r.at) < cutoffMs) {
          latest.delete(id);
          dropped += 1;
        }
      }
      return dropped;
    },
    records: () => [...latest.values()].map(recordOf),
    get size() {
      return latest.size;
    },
  };
}
