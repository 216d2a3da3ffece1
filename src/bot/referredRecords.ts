// 刚才那次 · 那两份 · 上周三财务科那次 · 和王强那条 · 维权部那次: which stored records the words of a correction point back
// at (round 63, gca). The correction readers each found "which record" their own way (the latest report's siblings, the
// records the words name, recent or of any age); this is the one reading they share, so the same words never find
// different records in two intents.
import type { Activity } from '../domain/activity.js';
import { latestOwnActivity, newestOwnRecord } from '../store/activityLog.js';
import type { BotContext } from './botContext.js';
import { siblingsOf } from './cardActions/receiptHelpers.js';
import { ownRecordsNamed } from './ownRecordsNamed.js';

/** Records reported within this many days are "recent" (as long as Feishu keeps a receipt's 修改 button live). */
export const RECENT_DAYS = 14;
const RECENT_MS = RECENT_DAYS * 24 * 60 * 60 * 1000;

/** The words that point back, and how far the search may reach. */
export interface RecordReference {
  /** The naming words (上周三财务科承诺书 · 和王强 · 维权部那次); '' when none. */
  words: string;
  /** Only pointing words (刚才那次 · 那两份 · nothing named): the latest report is meant, whatever `words` hold. */
  deictic?: boolean;
  /** Without a day in the words, only records reported in the last 14 days (a 党课 of last spring is not 「党课那条」). */
  recent?: boolean;
  /** The latest report found from the member's newest record even when it was withdrawn since (a slip owned after 撤销). */
  fromNewest?: boolean;
  /**
   * A relayed correction (孙丽说…不是王副理事长签的): records whoever reported them. Pointing words alone then mean the
   * latest report of the member's own, or else the newest record of the last 14 days that names the member.
   */
  anyReporter?: boolean;
  /**
   * A department in the words is where the deed was held (上周三财务科那次承诺书: at 财务科), never its head as the other
   * party — the report parser reads 财务科承诺书 as its head's; 到 is put before it for the look-up.
   */
  placeIsWhere?: boolean;
  /** Naming words that name nothing (那个 · 刚才报错了) mean the latest report too, not no record. */
  orLatest?: boolean;
  /**
   * The latest report's withdrawn records kept (dropNamedRecord says 「这条已经撤销过了」 of one named again; round 64, gdc:
   * moved here from its own reading).
   */
  withdrawn?: boolean;
}

/** The member's standing (or, with `withdrawn`, all) records of their latest report (the receipt they just had), oldest first. */
function latestReport(ctx: BotContext, fromNewest: boolean, withdrawn = false): Activity[] {
  const openId = ctx.update.senderOpenId;
  const latest = fromNewest ? newestOwnRecord(ctx.deps.store, openId) : latestOwnActivity(ctx.deps.store, openId);
  return latest ? siblingsOf(ctx.deps, latest).filter((a) => (withdrawn || !a.deletedAt) && a.reporter === openId) : [];
}

/**
 * The member's latest report as its receipt listed and numbered it — every record made with their newest standing one,
 * withdrawn ones and those of other reporters of the same event included — oldest first, so 第N条 is element N-1
 * (numberedSidesChange; round 64, gdc: moved here from its own reading). Empty with no record. Reads the store.
 */
export function latestReportAsListed(ctx: BotContext): Activity[] {
  const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
  return latest ? siblingsOf(ctx.deps, latest) : [];
}

/** The newest standing record of the last 14 days someone else reported that names the member, with its report's siblings. */
function latestNamingMe(ctx: BotContext): Activity[] {
  const me = ctx.sender!.id;
  const since = ctx.now.getTime() - RECENT_MS;
  const found = ctx.deps.store.read((db) => {
    for (let i = db.activities.length - 1; i >= 0; i--) {
      const a = db.activities[i]!;
      if (Date.parse(a.createdAt) < since) return undefined;
      if (!a.deletedAt && (a.actorId === me || a.counterpartIds.includes(me))) return a;
    }
    return undefined;
  });
  return found ? siblingsOf(ctx.deps, found).filter((a) => !a.deletedAt) : [];
}

/** `words` with 到 before each department name not already after 到/在/去/赴 (财务科 → 到财务科). */
function heldAt(ctx: BotContext, words: string): string {
  let out = words;
  for (const dep of ctx.deps.directory.org.departments) {
    for (const n of [dep.name, ...(dep.aliases ?? [])]) {
      const at = out.indexOf(n);
      if (at >= 0 && !/[到在去赴]$/.test(out.slice(0, at))) {
        out = `${out.slice(0, at)}到${out.slice(at)}`;
        return out;
      }
    }
  }
  return out;
}

/**
 * The standing records `ref` points at, oldest first: the latest report's own records for pointing words alone (with
 * `anyReporter` and none of the member's, the newest recent record naming them), else those the naming words name (day,
 * kind, place, person, title; loosely), recent ones only with `recent` unless a day is said. Empty when none fit or the
 * words name nothing. Reads the store; changes nothing.
 */
export function referredRecords(ctx: BotContext, ref: RecordReference): Activity[] {
  if (ref.deictic || ref.words === '') {
    const own = latestReport(ctx, ref.fromNewest === true, ref.withdrawn === true);
    return own.length === 0 && ref.anyReporter ? latestNamingMe(ctx) : own;
  }
  const words = ref.placeIsWhere ? heldAt(ctx, ref.words) : ref.words;
  const found = ownRecordsNamed(ctx, words, { loose: true, ...(ref.anyReporter ? { anyReporter: true } : {}) });
  if (!found) return ref.orLatest ? latestReport(ctx, ref.fromNewest === true, ref.withdrawn === true) : [];
  if (found.dated || !ref.recent) return found.records;
  const since = ctx.now.getTime() - RECENT_MS;
  return found.records.filter((a) => Date.parse(a.createdAt) >= since);
}
