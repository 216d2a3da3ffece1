// 「2026年」 while 「是哪一年的10月22日？」 waits: the answer to that question, not a request for the year's figures.
import { YEAR_ANSWER } from '../domain/report/followUp.js';
import type { BotContext } from './botContext.js';

/** Whether the message answers a pending question about which year a day was (round 18: read as a completion query). */
export function answersYearAsked(ctx: BotContext): boolean {
  const dialog = ctx.dialog;
  if (dialog?.kind !== 'report') return false;
  const asked = dialog.items.find((i) => i.problems.length > 0)?.problems[0];
  return asked?.code === 'ambiguous_year' && YEAR_ANSWER.test(ctx.text.trim());
}
