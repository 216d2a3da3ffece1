// Short-lived conversation state per chat + sender, kept in db.json so it survives a restart, and expiring after 30 minutes.
// A member may have several 确认 cards waiting (a clerk pastes several items, then taps through the cards): each is
// its own entry under the same key, told apart by its card id; a question, a duty prompt or a change waits alone.
import { createHash } from 'node:crypto';
import type { ConfirmReason } from '../domain/report/draft.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { Store } from '../store/openStore.js';
import type { Activity } from '../domain/activity.js';

/** The fields of a record a change in words may set. */
/** A record's fields a change in words sets; title and head-count only when the change gives them. */
/** `departmentIds`, when set, is the record's whole list of departments (部门只有宣文部, t50a F6); the first is its departmentId. */
// `note`: a meeting's agenda put right in words (议题改成…, round 50 fxc, t52a F5's kind on a stored record).
export type RecordFields = Pick<Activity, 'type' | 'date' | 'actorId' | 'counterpartIds'> & Partial<Pick<Activity, 'title' | 'attendees' | 'departmentIds' | 'note' | 'companionIds'>>;

export const DIALOG_TTL_MS = 30 * 60 * 1000;

/** How many 确认 cards may wait at once for one member in one chat; a newer one past it drops the oldest (said). */
export const WAITING_CARDS_CAP = 10;

/**
 * What waits, with the id its card's buttons carry (`value.card`): set by saveDialog from what waits, so a card whose
 * records changed (a photo joined, a day corrected) is a new card and a tap on the old one acts on nothing, while the
 * same message handled again (a replay after a crash) makes the same id. Dialogs saved before card ids have none.
 */
export type DialogData = DialogBody & { cardId?: string };

type DialogBody =
  /** A report waiting for the missing day / kind / counterpart. */
  /** `messageIds`: the member's messages of this report so far (the report, earlier answers): recalling one drops it. */
  /** `week`: the week an answer to the day question narrowed it to (就是上周那次), which a bare 周三 after it is in. */
  /** `month`: the month ('YYYY-MM') the report named without a day (上个月, 10月份), which a bare 周三 answered is in. */
  | {
      kind: 'report';
      items: PendingItem[];
      remarks: string[];
      reasons?: ConfirmReason[];
      messageIds?: string[];
      week?: '上' | '本';
      month?: string;
      /** The report said the sender sought the talk (我找王建国…): an answer completing it never turns it round to a superior. */
      sought?: boolean;
    }
  /** The bot prompted about one open duty (a reminder's 填报): a short 已完成 answers it. */
  | { kind: 'duty'; dutyId: string }
  /**
   * A change of a record already made, asked in words (刚才那条日期错了，应该是…), waiting for 确认: `after` holds the
   * fields it would take, `what` says the change in a few words. `also`: the other records of the same report that take
   * the same change (三条都改成廉政谈话), each with its own fields after it.
   */
  | {
      kind: 'change';
      activityId: string;
      what: string;
      after: RecordFields;
      also?: { activityId: string; after: RecordFields }[];
      /**
       * More people of the changed record's deed (第2条是周涛部长和组联部全体人员签的; round 62, gbb): on 确认 one record each, like
       * the record after its change with that person its one counterpart, told under `addedSource` (the correction's event).
       */
      added?: string[];
      addedSource?: string;
      /**
       * Records withdrawn on 确认 as the same deed as the changed one (孙丽说那两份承诺书是她和王强签的; round 63, gca: two
       * signings 王建国–孙丽 and 王建国–王强 become ONE 孙丽–王强), each shown before → （撤销）.
       */
      dropped?: string[];
      /**
       * Records someone else reported, changed on a third person's relayed word (round 63, gca; t65a B-F2): the reporter is
       * kept, the audit names the member who 确认ed.
       */
      relayed?: true;
      /** What the card says of each `dropped` record, when not 「与上面改后的是同一次」 (round 66, gfi: 多记的一篇). */
      droppedWhy?: string;
      /** The changed record itself stays as it is; only `dropped` go (是1篇不是2篇; round 66, gfi; t69a FB1). */
      unchanged?: true;
    }
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
      /** More of a stored deed (再补1篇; round 57, fed): 确认 stores them all, none held back as the same deed. */
      topUp?: true;
      /** The member's message the card shows (the report, or the answer that completed it): recalling it withdraws what 确认 records. */
      sourceMessageId?: string;
      /** The member's earlier messages of the same report (the report an answer completed): recalling one drops it too. */
      relatedMessageIds?: string[];
      /**
       * The change the bot last asked 「是哪一条」 of (日期改成11月25日, round 62, gbc; t64a G7): 「都改」 then applies it to every
       * record it could mean. Any change of the card settles it anew without this.
       */
      whichAsked?: string;
      /**
       * The record (0-based) the bot asked 「是指第N条吗？」 of after 「N号那条不用记」 named no record of that day (round 66, gfd):
       * 「是」 then leaves it out, 「不是」 keeps the card; anything else settles the card anew without this.
       */
      dropAsked?: number;
    };

export type DialogLookup = { state: 'none' } | { state: 'expired' } | { state: 'active'; data: DialogData };

export function dialogKey(chatId: string, openId: string): string {
  return `${chatId}:${openId}`;
}

/** A 确认 card with an id: the one kind of dialog that waits beside others (see the header). */
export function isParkedCard(data: DialogData): boolean {
  return data.kind === 'confirm' && data.cardId !== undefined;
}

/** The member's newest dialog in the chat: what a typed answer goes to. Expired when the newest has expired (older ones have too). */
export function findDialog(store: Store, key: string, now: Date): DialogLookup {
  const d = store.read((db) => db.dialogs.filter((x) => x.key === key).at(-1));
  if (!d) return { state: 'none' };
  if (d.expiresAt <= now.toISOString()) return { state: 'expired' };
  return { state: 'active', data: d.data as DialogData };
}

/**
 * Saves `data` as the member's newest dialog under its card id (returned; see cardIdOf). It replaces the dialog it was made from
 * (`data.cardId`, the id it had) and whatever else waits alone (a question, a duty prompt, a change, a dialog from
 * before card ids); other 确认 cards keep waiting, up to WAITING_CARDS_CAP: past it the oldest are dropped and
 * returned in `dropped`, for the caller to say.
 */
export async function saveDialog(store: Store, key: string, data: DialogData, now: Date): Promise<{ cardId: string; dropped: DialogData[] }> {
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + DIALOG_TTL_MS).toISOString();
  // Kept a day past their expiry, so a late tap is told 「已过期」 rather than 「已处理」.
  const swept = new Date(now.getTime() - KEEP_EXPIRED_MS).toISOString();
  const cardId = cardIdOf(key, data);
  return store.update((db) => {
    const kept = (x: (typeof db.dialogs)[number]) => {
      if (x.expiresAt <= swept) return false;
      if (x.key !== key) return true;
      const d = x.data as DialogData;
      return isParkedCard(d) && d.cardId !== data.cardId && d.cardId !== cardId;
    };
    // The same card saved again (a reply that leaves it as it was) keeps the buttons its card was sent with (createButtonMemory).
    const buttons = db.dialogs.find((x) => x.key === key && (x.data as DialogData).cardId === cardId)?.buttons;
    db.dialogs = db.dialogs.filter(kept);
    const mine = db.dialogs.filter((x) => x.key === key && x.expiresAt > createdAt);
    const over = mine.slice(0, Math.max(0, mine.length + 1 - WAITING_CARDS_CAP));
    db.dialogs = db.dialogs.filter((x) => !over.includes(x));
    db.dialogs.push({ key, kind: data.kind, createdAt, expiresAt, data: { ...data, cardId }, ...(buttons ? { buttons } : {}) });
    return { cardId, dropped: over.map((x) => x.data as DialogData) };
  });
}

/**
 * Ends the dialog with card id `cardId` (the one a turn acted on). Without an id (a dialog saved before card ids, or
 * a new report settling at once) it ends what waits alone and leaves the member's other 确认 cards waiting.
 */
export async function clearDialog(store: Store, key: string, cardId: string | undefined): Promise<void> {
  const ends = (x: { key: string; data: unknown }) => {
    if (x.key !== key) return false;
    const d = x.data as DialogData;
    return cardId !== undefined ? d.cardId === cardId : !isParkedCard(d);
  };
  if (!store.read((db) => db.dialogs.some(ends))) return;
  await store.update((db) => {
    db.dialogs = db.dialogs.filter((x) => !ends(x));
  });
}

/** How long an expired dialog is kept (only to tell a late tap that its card expired). */
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

/** The id of a card: a digest of whose it is and what it holds (the member's messages it came from among that). */
function cardIdOf(key: string, data: DialogData): string {
  const { cardId: _, ...body } = data;
  return createHash('sha256').update(`${key}\n${JSON.stringify(body)}`).digest('base64url').slice(0, 16);
}

/** The dialog whose card carries `cardId`: active, expired (kept a day), or none (handled, replaced, or never the member's). */
export function findCard(store: Store, key: string, cardId: string, now: Date): DialogLookup {
  const d = store.read((db) => db.dialogs.find((x) => x.key === key && (x.data as DialogData).cardId === cardId));
  if (!d) return { state: 'none' };
  if (d.expiresAt <= now.toISOString()) return { state: 'expired' };
  return { state: 'active', data: d.data as DialogData };
}

/** Drops the member's expired dialogs (after the member was told they expired). */
export async function dropExpired(store: Store, key: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await store.update((db) => {
    db.dialogs = db.dialogs.filter((x) => x.key !== key || x.expiresAt > at);
  });
}

/** The ids of the member's 确认 cards waiting in the chat (not expired), oldest first. */
export function waitingCardIds(store: Store, key: string, now: Date): string[] {
  const at = now.toISOString();
  return store.read((db) => db.dialogs.flatMap((x) => (x.key === key && x.expiresAt > at && isParkedCard(x.data as DialogData) ? [(x.data as DialogData).cardId!] : [])));
}
