// 「谈心谈话和廉政谈话有什么区别？」 · 「警示教育算不算党课？」 · 「责任书要每年签吗？」 while a question or a card waits (round 69,
// gik; t72a FB2: 「这个问题我还回答不了」 and help, the waiting question not mentioned): the kinds named said one line each
// (typeQuestionAnswer), then the waiting question asked again or the card said still open. With nothing waiting the
// question is left to requirement and countsAs, as before, and so is one countsAs reads (算不算 · 算…吗) while one waits. Nothing of the question is read into a report.
import { shanghaiDate } from '../../domain/shanghai.js';
import { typeQuestionAnswer } from '../../domain/report/typeQuestionAnswer.js';
import { followUpCard } from '../askFollowUp.js';
import { countsAsAsked } from '../../domain/query/countsAsAsked.js';
import { defineIntent } from '../intent.js';

export const kindQuestionWaiting = defineIntent<string>({
  name: 'kind-question-waiting',
  match: (ctx) => {
    const kind = ctx.dialog?.kind;
    if (kind !== 'report' && kind !== 'confirm') return null;
    // 「观看廉政微电影算不算警示教育？」 is countsAs's (which duty a deed counts toward, the question kept open): left to it.
    if (countsAsAsked(ctx.text) !== undefined) return null;
    return typeQuestionAnswer(ctx.text) ?? null;
  },
  async handle(ctx, answer) {
    const dialog = ctx.dialog;
    if (dialog?.kind === 'report' && ctx.sender) {
      const today = shanghaiDate(ctx.now);
      const month = dialog.week === undefined ? dialog.month : undefined;
      ctx.notice(`${answer}\n这条上报还在等您回答：请回答下面的问题，或回复「取消」放弃。`);
      await ctx.replyCard(followUpCard(ctx.deps, dialog.items, today, dialog.week, month !== undefined ? { month } : undefined, ctx.sender.id));
      return;
    }
    await ctx.reply(`${answer}\n上面的卡片还在等您确认：请点「确认」「修改」或「取消」。`);
  },
});
