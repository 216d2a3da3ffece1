// Short-lived conversation state per chat + sender, kept in db.json so it survives a restart, and expiring after 30 minutes.
import type { ConfirmReason } from '../domain/report/draft.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { Store } from '../store/openStore.js';
import type { Activity } from '../domain/activity.js';

/** The fields of a record a change in words may set. */
/** A record's fields a change in words sets; title and head-count only when the change gives them. */
export type RecordFields = Pick<Activity, 'type' | 'date' | 'actorId' | 'counterpartIds'> & Partial<Pick<Activity, 'title' | 'attendees'>>;

export const DIALOG_TTL_MS = 30 * 60 * 1000;

export type DialogData =
  /** A report waiting for the missing day / kind / counterpart. */
  /** `messageIds`: the member's messages of this report so far (the report, earlier answers): recalling one drops it. */
  /** `week`: the week an answer to the day question narrowed it to (就是上周那次), which a bare 周三 after it is in. */
  /** `month`: the month ('YYYY-MM') the report named without a day (上个月, 10月份), which a bare 周三 answered is in. */
  | { kind: 'report'; items: PendingItem[]; remarks: string[]; reasons?: ConfirmReason[]; messageIds?: string[]; week?: '上' | '本'; month?: string }
  /** The bot prompted about one open duty (a reminder's 填报): a short 已完成 answers it. */
  | { kind: 'duty'; dutyId: string }
  /**
   * A change of a record already made, asked in words (刚才那条日期错了，应该是…), waiting for 确认: `after` holds the
   * fields it would take, `what` says the change in a few words.
   */
  | { kind: 'change'; activityId: string; what: string; after: RecordFields }
  /**
   * Complete records shown for a tap before they are stored (see confirmReasons),
   * or because the same record exists already (`duplicates` holds their indexes).
   */
  | {
      kind: 'confirm';
      items: PendingItem[];
      remarks: string[];
      reasons: ConfirmReason[];
      duplicates: number[];
      /** The member's message the card shows (the report, or the answer that completed it): recalling it withdraws what 确认 records. */
      sourceMessageId?: string;
      /** The member's earlier messages of the same report (the report an answer completed): recalling one drops it too. */
      relatedMessageIds?: string[];
    };

export type DialogLookup = { state: 'none' } | { state: 'expired' } | { state: 'active'; data: DialogData };

export function dialogKey(chatId: string, openId: string): string {
  return `${chatId}:${openId}`;
}

export function findDialog(store: Store, key: string, now: Date): DialogLookup {
  const d = store.read((db) => db.dialogs.find((x) => x.key === key));
  if (!d) return { state: 'none' };
  if (d.expiresAt <= now.toISOString()) return { state: 'expired' };
  return { state: 'active', data: d.data as DialogData };
}

export async function saveDialog(store: Store, key: string, data: DialogData, now: Date): Promise<void> {
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + DIALOG_TTL_MS).toISOString();
  await store.update((db) => {
    // Expired dialogs of anyone are swept here, so the list stays small.
    db.dialogs = db.dialogs.filter((x) => x.key !== key && x.expiresAt > createdAt);
    db.dialogs.push({ key, kind: data.kind, createdAt, expiresAt, data });
  });
}

export async function clearDialog(store: Store, key: string): Promise<void> {
  if (!store.read((db) => db.dialogs.some((x) => x.key === key))) return;
  await store.update((db) => {
    db.dialogs = db.dialogs.filter((x) => x.key !== key);
  });
}
