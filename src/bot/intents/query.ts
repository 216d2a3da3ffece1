// 本季度完成情况, 我的任务 and their variants: parse the question, answer within what the sender may see (card, refusal or suggestions).
import { parseQuery, type ParsedQuery } from '../../domain/query/parseQuery.js';
import { answerQuestion } from '../answerQuestion.js';
import { defineIntent } from '../intent.js';

export const query = defineIntent<ParsedQuery>({
  name: 'query',
  match: (ctx) =>
    ctx.sender
      ? parseQuery(ctx.text, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, duties: ctx.deps.duties })
      : null,
  async handle(ctx, q) {
    const answer = answerQuestion(ctx.deps, ctx.sender!.id, ctx.text, q, ctx.now);
    if (answer.kind === 'text') await ctx.reply(answer.text);
    else await ctx.replyCard(answer.card);
  },
});
