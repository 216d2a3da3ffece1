// 「11月份」 while 「是哪一天？」 waits: a month given for the day asked, not a request for the month's figures.
import { monthOnlyAnswer } from '../domain/report/monthOnlyAnswer.js';
import { dayNotRemembered } from '../domain/report/dayNotRemembered.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { BotContext } from './botContext.js';

/**
 * Whether the message gives only a month to a pending 「是哪一天？」 (round 27d F7: read as a completion query, the
 * report left waiting unmentioned), or says the day is not remembered (dayNotRemembered); the dialog then says what is
 * still missing.
 */
export function answersDayWithMonth(ctx: BotContext): boolean {
  const dialog = ctx.dialog;
  if (dialog?.kind !== 'report') return false;
  const asked = dialog.items.find((i) => i.problems.length > 0)?.problems[0];
  // 「日期记不清了，11月下旬吧」 (round 67, ggb; t69b A: answered as the completion query for 11月): no day, and no question.
  return asked?.code === 'missing_date' && (monthOnlyAnswer(ctx.text) !== undefined || dayNotRemembered(ctx.text, shanghaiDate(ctx.now)) !== undefined);
}
