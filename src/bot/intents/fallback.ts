// Anything no other intent understood: say so, and how to ask; a plan gets told the bot records what is done.
import { whatICanAnswer } from '../../domain/query/canAnswer.js';
import { lookUpReply } from '../../domain/query/lookUpReply.js';
import { notAReport } from '../../domain/report/parseGate.js';
import { findKinds } from '../../domain/report/parseKind.js';
import { readsAsPlan } from '../../domain/report/readsAsPlan.js';
import { statesTotalsOnly } from '../../domain/report/campaignSummary.js';
import { totalsReply } from '../../domain/report/totalsReply.js';
import { noticeReply, readsAsNotice } from '../../domain/report/forwardedNotice.js';
import { defineIntent } from '../intent.js';
import { PLAN_REPLY } from './planAhead.js';
import { keepPlan } from '../planWaiting.js';
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';

export const fallback = defineIntent<true>({
  name: 'fallback',
  match: () => true,
  async handle(ctx) {
    // 今天和冯雪的廉政谈话延期了 · …没谈成 · …还没谈 (a newcomer's finding: recorded as done, or 没看懂): said plainly, like a plan.
    const verdict = notAReport(ctx.text);
    if (verdict === 'not_held' || (verdict === 'denial' && findKinds(ctx.text).length > 0)) {
      await ctx.reply('看起来这项活动没有进行（延期、取消、未开成或还没开展），清风没有记录。活动进行之后再发给我即可，例如「今天和冯雪进行了廉政谈话」。');
      return;
    }
    if (readsAsNotice(ctx.text)) {
      await ctx.reply(noticeReply(ctx.text));
      return;
    }
    // 截至11月底，共开展廉政谈话12人次 (round 26, W4): a figure, not a deed; said so, never 没看懂 nor a record of the cutoff day.
    if (statesTotalsOnly(ctx.text)) {
      await ctx.reply(totalsReply(ctx.text, plainInMarkdown(ctx.text.length > 40 ? `${ctx.text.slice(0, 40)}…` : ctx.text)));
      return;
    }
    if (readsAsPlan(ctx.text, ctx.now)) {
      await keepPlan(ctx);
      await ctx.reply(PLAN_REPLY);
      return;
    }
    // A plain question about the duties gets what the bot can answer about them, never 没看懂 (issue 10).
    const answerable = whatICanAnswer(ctx.text);
    if (answerable) {
      await ctx.reply(answerable);
      return;
    }
    // 查一下张颖 · 帮我看一下那个 (r2): a look-up not understood gets the questions that work, not a bare 没看懂.
    const lookUp = lookUpReply(ctx.text, plainInMarkdown(ctx.text.length > 30 ? `${ctx.text.slice(0, 30)}…` : ctx.text));
    if (lookUp) {
      await ctx.reply(lookUp);
      return;
    }
    await ctx.reply(
      [
        `抱歉，没看懂「${plainInMarkdown(ctx.text.length > 30 ? `${ctx.text.slice(0, 30)}…` : ctx.text)}」。`,
        '上报活动：今天和办公室李明主任进行了廉政谈话',
        '查询进度：本季度完成情况',
        '发送「帮助」查看全部用法。',
      ].join('\n'),
    );
  },
});
