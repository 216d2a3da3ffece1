// The activities in memory: an array in ledger order with lookups by id and by the event that recorded them.
import type { Activity } from '../domain/activity.js';

/** Live lookups into the store's activities; what they return must not be changed in place or kept beyond the callback. */
export interface LedgerLookup {
  byId(id: string): Activity | undefined;
  /** The activities recorded by one Feishu event (redelivery de-duplication), in ledger order. */
  bySource(eventId: string): Activity[];
}

export interface ActivityTable extends LedgerLookup {
  readonly items: Activity[];
  indexOf(id: string): number | undefined;
  /** Registers items[from…] (pushed onto `items` directly by an update). */
  adopt(from: number): void;
  replace(i: number, a: Activity): void;
  /** Drops items[length…] again (a rolled-back update). */
  truncate(length: number): void;
}

/** O(1) lookups instead of a scan of 200,000 records on every report (the de-duplication check) and every change. */
export function createActivityTable(items: Activity[]): ActivityTable {
  const at = new Map<string, number>();
  const bySource = new Map<string, number[]>();
  const register = (a: Activity, i: number): void => {
    at.set(a.id, i);
    if (a.sourceEventId) {
      const list = bySource.get(a.sourceEventId);
      if (list) list.push(i);
      else bySource.set(a.sourceEventId, [i]);
    }
  };
  const forget = (a: Activity, i: number): void => {
    if (at.get(a.id) === i) at.delete(a.id);
    if (a.sourceEventId) {
      const list = bySource.get(a.sourceEventId)?.filter((x) => x !== i);
      if (list && list.length > 0) bySource.set(a.sourceEventId, list);
      else bySource.delete(a.sourceEventId);
    }
  };
  items.forEach(register);
  return {
    items,
    indexOf: (id) => at.get(id),
    byId(id) {
      const i = at.get(id);
      return i === undefined ? undefined : items[i];
    },
    bySource: (eventId) => (bySource.get(eventId) ?? []).map((i) => items[i]!),
    adopt(from) {
      for (let i = from; i < items.length; i++) register(items[i]!, i);
    },
    replace(i, a) {
      forget(items[i]!, i);
      items[i] = a;
      register(a, i);
    },
    truncate(length) {
      for (let i = items.length - 1; i >= length; i--) forget(items[i]!, i);
      items.length = Math.min(items.length, length);
    },
  };
}
