// What the event journal knows, rebuilt by replaying its records: every id still remembered, and the events not yet processed.
import type { AcceptedRecord, DoneRecord, JournalRecord } from './journalRecord.js';

export interface JournalCounts {
  /** Ids remembered for de-duplication, pending or finished. */
  known: number;
  pending: number;
  done: number;
  failed: number;
}

/** Where a pending event's payload JSON text stands in the journal file: its first byte and its length in bytes. */
export interface Placed {
  offset: number;
  length: number;
}

/** Reads the bytes `place` names from the journal file as it is now, as UTF-8 text. */
export type ReadPlaced = (place: Placed) => string;

/** An `accepted` record held as where its payload's text is in the file (see JournalState.apply). */
export interface AcceptedPlaced extends Placed {
  t: 'accepted';
  id: string;
  type: string;
  at: string;
}

/** What the state holds per id: a `done`, an `accepted` with its payload (replayed at open), or one placed in the file. */
export type Held = DoneRecord | AcceptedRecord | AcceptedPlaced;

export interface JournalState {
  /**
   * `placed`, for an `accepted` record: where its payload's JSON text was written in the file; the state keeps that place
   * instead of the payload (read back only by payloadText(), pending() and a compaction). Under a flood thousands of events
   * wait here, and each payload held in memory, a tree or even one string, was promoted and then marked by the
   * acknowledging thread's garbage collector; a place is two numbers.
   */
  apply(record: JournalRecord, placed?: Placed): void;
  has(id: string): boolean;
  /** The JSON text of a pending event's payload (read from the file when it is held by its place); undefined if not pending. */
  payloadText(id: string, read: ReadPlaced): string | undefined;
  /** Accepted and not finished, oldest first, with their payloads. */
  pending(read: ReadPlaced): AcceptedRecord[];
  counts(): JournalCounts;
  /** Forgets events finished before `cutoffMs`; pending events are never forgotten. Returns how many went. */
  expire(cutoffMs: number): number;
  /** What is held per id, oldest first: the fewest records that replay to this state (pending ones as held). */
  held(): Held[];
  /** After a compaction: pending events now stand at these places in the new file (the rest keep what they hold). */
  moved(places: ReadonlyMap<string, Placed>): void;
  readonly size: number;
}

function recordOf(r: Held, read: ReadPlaced): JournalRecord {
  if (r.t === 'done' || 'payload' in r) return r;
  return { t: 'accepted', id: r.id, type: r.type, at: r.at, payload: JSON.parse(read(r)) as Record<string, unknown> };
}

export function createJournalState(): JournalState {
  // The latest record per id: an `accepted` while pending, then its `done`, which lets go of the payload.
  const latest = new Map<string, Held>();
  return {
    apply(record, placed) {
      // A second `accepted` for a known id would revive a finished event; the first one wins.
      if (record.t === 'accepted' && latest.has(record.id)) return;
      latest.set(
        record.id,
        record.t === 'accepted' && placed !== undefined ? { t: 'accepted', id: record.id, type: record.type, at: record.at, offset: placed.offset, length: placed.length } : record,
      );
    },
    has: (id) => latest.has(id),
    payloadText(id, read) {
      const r = latest.get(id);
      if (r === undefined || r.t !== 'accepted') return undefined;
      return 'payload' in r ? JSON.stringify(r.payload) : read(r);
    },
    pending: (read) => [...latest.values()].filter((r) => r.t === 'accepted').map((r) => recordOf(r, read) as AcceptedRecord),
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
    held: () => [...latest.values()],
    moved(places) {
      for (const [id, place] of places) {
        const r = latest.get(id);
        if (r?.t === 'accepted') latest.set(id, { t: 'accepted', id: r.id, type: r.type, at: r.at, offset: place.offset, length: place.length });
      }
    },
    get size() {
      return latest.size;
    },
  };
}
