// The records a 撤销/修改 search by words (撤销12月3日和李娟的廉政谈话) just showed, kept so that a typed 撤销 or 撤销第2条
// after the search card acts on what that card showed (t54a F3, t54b B-F3: a typed 撤销 withdrew-or-showed the latest
// report instead, which for an older record is the wrong one). Kept beside the dialogs in db.json under its own key, so
// no dialog lookup, waiting-card count or 确认 ever sees it; it lasts as long as a dialog, and only while the member has
// reported nothing since (a new report is what a bare 撤销 means then).
import type { Activity } from '../domain/activity.js';
import { newestOwnRecord } from '../store/activityLog.js';
import type { BotContext } from './botContext.js';
import { DIALOG_TTL_MS, dialogKey } from './dialogStore.js';

/** What is kept: the ids the search card showed (card order) and the member's newest record's id at that time. */
interface Found {
  kind: 'found';
  activityIds: string[];
  newestId: string | undefined;
  /** The change the card asked which record to take (round 63, gcj): 两条都改 · 第1条「李明」改为「王建国」 next apply it. */
  said?: unknown;
}

function foundKey(ctx: BotContext): string {
  return `found:${dialogKey(ctx.update.chatId, ctx.update.senderOpenId)}`;
}

/** Remembers the records a search card shows (replacing any earlier search of the member in the chat). */
export async function saveFound(ctx: BotContext, shown: readonly Activity[], said?: unknown): Promise<void> {
  const key = foundKey(ctx);
  const data: Found = { kind: 'found', activityIds: shown.map((a) => a.id), newestId: newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId)?.id, ...(said !== undefined ? { said } : {}) };
  const createdAt = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + DIALOG_TTL_MS).toISOString();
  await ctx.deps.store.update((db) => {
    db.dialogs = db.dialogs.filter((x) => x.key !== key);
    db.dialogs.push({ key, kind: 'found', createdAt, expiresAt, data });
  });
}

/**
 * The records (as stored now, withdrawn ones included, card order) the member's last search card showed, when it is
 * still the latest thing shown: not expired, and no record of the member's made since. Otherwise undefined.
 */
export function lastFound(ctx: BotContext): Activity[] | undefined {
  const key = foundKey(ctx);
  const at = ctx.now.toISOString();
  const d = ctx.deps.store.read((db) => db.dialogs.find((x) => x.key === key && x.expiresAt > at));
  if (!d) return undefined;
  const found = d.data as Found;
  if (newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId)?.id !== found.newestId) return undefined;
  const records = found.activityIds.flatMap((id) => {
    const a = ctx.deps.store.ledger.byId(id);
    return a ? [structuredClone(a)] : [];
  });
  return records.length > 0 ? records : undefined;
}

/** The Shanghai day an ISO instant (a record's deletedAt) falls on, as the member reads it: 「12月5日」. */
export function withdrawnOn(iso: string): string {
  const day = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** The change the member's last search card asked which record to take, while that card is the latest shown (round 63, gcj). */
export function lastFoundSaid(ctx: BotContext): unknown {
  const key = foundKey(ctx);
  const at = ctx.now.toISOString();
  const d = ctx.deps.store.read((db) => db.dialogs.find((x) => x.key === key && x.expiresAt > at));
  if (!d || lastFound(ctx) === undefined) return undefined;
  return (d.data as Found).said;
}
