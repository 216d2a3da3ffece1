// 「班子成员」 to 「和谁谈的？」 (round 22 #30): a group word answering who was talked with is the group, never a completion query.
import { answerFollowUp } from '../../domain/report/followUp.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';

/** The questions about whom: a group word answers them. */
const WHOM = new Set(['missing_counterpart', 'unknown_counterpart', 'ambiguous_counterpart']);
/** A question stays a question: 班子成员完成得怎么样？ */
const ASKS = /[?？吗呢]|怎么样|如何|情况|进度|多少|几|哪/;

/**
 * Matches while a report waits for 「和谁…？」 and the answer is nothing but a group of people (班子成员, 分管科室负责人,
 * 各部室负责人) that expands to someone: the query read 「班子成员」 as 「班子成员的完成情况」 and the question stayed
 * waiting. The answer itself is the dialog's (dialogAnswer), one record per person of the group.
 */
export const groupWordAnswer = defineIntent<true>({
  name: 'group-word-answer',
  match(ctx) {
    const dialog = ctx.dialog;
    if (!ctx.sender || dialog?.kind !== 'report' || ctx.text.trim().length > 16 || ASKS.test(ctx.text)) return null;
    const asked = dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    if (!asked || !WHOM.has(asked)) return null;
    const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions };
    const found = parseCounterparts(ctx.text, pctx);
    if (!found.grouped || found.problems.length > 0) return null;
    return answerFollowUp(dialog.items, ctx.text, pctx).ok ? true : null;
  },
  handle: (ctx) => dialogAnswer.handle(ctx, true),
});
