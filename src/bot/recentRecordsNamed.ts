// 「和张颖的谈心日期改成12月2日」「党课人数改成23人」: which of the member's records a correction names (t48a F3). Without a
// day in the words only recent ones count — a 党课 of last spring is not what 「党课人数改成23人」 means today.
import type { Activity } from '../domain/activity.js';
import type { BotContext } from './botContext.js';
import { ownRecordsNamed } from './ownRecordsNamed.js';

/** Records reported within this many days are "recent" (as long as Feishu keeps a receipt's 修改 button live). */
const RECENT_DAYS = 14;

/**
 * The sender's own standing records that `words` (和张颖的谈心 · 前天党课 · 昨天和王强进行的) name, oldest first: any age
 * when the words give the day, else those reported in the last 14 days. Empty when the words name no record.
 */
export function recentRecordsNamed(ctx: BotContext, words: string): Activity[] {
  const found = ownRecordsNamed(ctx, words, { loose: true });
  if (!found) return [];
  if (found.dated) return found.records;
  const since = ctx.now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000;
  return found.records.filter((a) => Date.parse(a.createdAt) >= since);
}
