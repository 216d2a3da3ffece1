// Expired dialogs keep waiting a day only so a late tap hears 「已过期」: what the member wrote (the records-to-be, their remarks) goes at expiry.
import type { Store } from '../store/openStore.js';
import type { DialogData } from './dialogStore.js';

/**
 * Empties every expired dialog (expiresAt ≤ `now`) down to what tells it apart after expiry: its kind and card id
 * (findCard, findDialog and a late tap read nothing else once it has expired). Resolves with how many it emptied; writes
 * db.json only when there was one. Rejects as Store.update does (DATA_WRITE_FAILED: left as it was, tried again later).
 */
export async function scrubExpiredDialogs(store: Store, now: Date): Promise<number> {
  const at = now.toISOString();
  const full = (x: { expiresAt: string; data: unknown; buttons?: unknown }) => x.expiresAt <= at && (!isScrubbed(x.data) || x.buttons !== undefined);
  if (!store.read((db) => db.dialogs.some(full))) return 0;
  return store.update((db) => {
    let emptied = 0;
    db.dialogs = db.dialogs.map((x) => {
      if (!full(x)) return x;
      emptied += 1;
      const d = x.data as DialogData;
      // The card's button labels (names offered) go too: a late tap reads only the kind and card id.
      const { buttons: _, ...entry } = x;
      return { ...entry, data: { kind: d.kind, ...(d.cardId !== undefined ? { cardId: d.cardId } : {}) } };
    });
    return emptied;
  });
}

// A kind and perhaps a card id, nothing else: emptied already (or a dialog that never held anything).
function isScrubbed(data: unknown): boolean {
  return Object.keys(data as object).every((k) => k === 'kind' || k === 'cardId');
}
