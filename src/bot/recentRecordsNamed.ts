// 「和张颖的谈心日期改成12月2日」「党课人数改成23人」: which of the member's records a correction names (t48a F3). Without a
// day in the words only recent ones count — a 党课 of last spring is not what 「党课人数改成23人」 means today.
import type { Activity } from '../domain/activity.js';
import type { BotContext } from './botContext.js';
import { referredRecords } from './referredRecords.js';

/**
 * The sender's own standing records that `words` (和张颖的谈心 · 前天党课 · 昨天和王强进行的) name, oldest first: any age
 * when the words give the day, else those reported in the last 14 days. Empty when the words name no record.
 * (round 63, gca: the shared reader of a record reference, referredRecords, with `recent`.)
 */
export function recentRecordsNamed(ctx: BotContext, words: string): Activity[] {
  return words === '' ? [] : referredRecords(ctx, { words, recent: true });
}
