// Keeps one activity index per store revision, so queries do not re-index 100,000 records each time.
import { indexActivities, type ActivityIndex } from '../domain/completion.js';
import type { Activity } from '../domain/activity.js';

export interface LedgerIndex {
  /**
   * The index of `activities`, rebuilt only when the store has changed. Call it inside
   * `store.read` with the live array, and let nothing it returns escape that callback.
   */
  index(activities: readonly Activity[]): ActivityIndex;
}

export function createLedgerIndex(revision: () => number): LedgerIndex {
  let cached: { revision: number; index: ActivityIndex } | undefined;
  return {
    index(activities) {
      const now = revision();
      if (!cached || cached.revision !== now) cached = { revision: now, index: indexActivities(activities) };
      return cached.index;
    },
  };
}
