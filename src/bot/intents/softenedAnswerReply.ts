// 「谈心谈话吧」 · 「是谈心谈话吧」 to 「是哪类活动？」, 「李明吧」 to 「和谁谈的？」, 「嗯 上周五吧」 to 「是哪一天？」 (round 68, ghi; t71a
// FB2: 周涛's 「谈心谈话吧」 got his 组联部's 完成情况 and the talk was never recorded): a softened answer to the question waiting is
// that answer; before requirement, countsAs and the query, which read 谈话 or a name in it as a question of its own.
import { answerFollowUp } from '../../domain/report/followUp.js';
import { looseKindAnswer, type LooseKind } from '../../domain/report/looseKindAnswer.js';
import { softenedAnswer } from '../../domain/report/softenedAnswer.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import { defineIntent } from '../intent.js';
import { dialogAnswer } from './dialogAnswer.js';

/** The questions a softened answer answers: the kind, the day, whom, whose (the first open question of the report). */
const ANSWERED: ReadonlySet<string> = new Set([
  'missing_type',
  'missing_date',
  'future_date',
  'weekday_conflict',
  'missing_counterpart',
  'ambiguous_counterpart',
  'missing_actor',
  'ambiguous_actor',
]);

/**
 * While a report waits on one of ANSWERED, a reply whose softeners (吧 · 呗 · 啊 · 的 · 嗯 · 应该是, softenedAnswer) leave an
 * answer the question reads (answerFollowUp) is answered as that bare answer would be, through dialogAnswer; anything
 * else (a softened question, words that answer nothing) is left to the intents after it.
 */
export const softenedAnswerReply = defineIntent<string | LooseKind>({
  name: 'softened-answer-reply',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'report') return null;
    const asked = ctx.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    if (asked === undefined || !ANSWERED.has(asked)) return null;
    // 「谈话吧」 to 是哪类活动 (round 69, gid; t71c: the sender's 完成情况): a family named and no kind of it, its kinds asked again.
    if (asked === 'missing_type') {
      const loose = looseKindAnswer(ctx.text);
      if (loose !== undefined) return loose;
    }
    const core = softenedAnswer(ctx.text);
    if (core === undefined) return null;
    const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions };
    if (!answerFollowUp(ctx.dialog.items, core, pctx).ok) return null;
    // The bare answer must be the waiting question's, as dialogAnswer reads it (a report of its own is not).
    return dialogAnswer.match({ ...ctx, text: core, lines: core }) === null ? null : core;
  },
  async handle(ctx, answer) {
    if (typeof answer !== 'string') {
      const dialog = ctx.dialog;
      if (dialog?.kind !== 'report' || !ctx.sender) return;
      ctx.notice(`「${answer.said}」没有说是哪一类：${answer.choices.join('、')}，记入台账的类型不同。请点选或回复是哪一类，或回复「取消」放弃这条上报。`);
      const month = dialog.week === undefined ? dialog.month : undefined;
      await ctx.replyCard(followUpCard(ctx.deps, dialog.items, shanghaiDate(ctx.now), dialog.week, month !== undefined ? { month } : undefined, ctx.sender.id));
      return;
    }
    await dialogAnswer.handle({ ...ctx, text: answer, lines: answer }, true);
  },
});
