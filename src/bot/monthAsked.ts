// 「11月份」 while 「是哪一天？」 waits: a month given for the day asked, not a request for the month's figures.
import { monthOnlyAnswer } from '../domain/report/monthOnlyAnswer.js';
import type { BotContext } from './botContext.js';

/**
 * Whether the message gives only a month to a pending 「是哪一天？」 (round 27d F7: read as a completion query, the
 * report left waiting unmentioned); the dialog then says what is still missing.
 */
export function answersDayWithMonth(ctx: BotContext): boolean {
  const dialog = ctx.dialog;
  if (dialog?.kind !== 'report') return false;
  const asked = dialog.items.find((i) => i.problems.length > 0)?.problems[0];
  return asked?.code === 'missing_date' && monthOnlyAnswer(ctx.text) !== undefined;
}
