// 本季度完成情况, 我的任务 and their variants: parse the question, answer within what the sender may see (card, refusal or suggestions).
import { parseQuery, type ParsedQuery } from '../../domain/query/parseQuery.js';
import { outsideCatalogue } from '../../domain/report/outsideCatalogue.js';
import { describesDeed, notAReport } from '../../domain/report/parseGate.js';
import { answerQuestion } from '../answerQuestion.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { reportIn } from './report.js';

/**
 * 「11月26日到康复中心开展作风纪律明查暗访，检查干部在岗在位情况」, or a list under 「财务科11月廉政工作情况：」:
 * words of a query (情况, 检查) inside a report of deeds done on named days, asking nothing. Such a message
 * is left to the report intent (issue 10: it was answered as a completion query and every item was lost).
 */
function reportsDeeds(ctx: BotContext): boolean {
  // 11月24日，王建国副理事长到教育就业部调研，了解…工作情况: work on a named day, which no duty counts, is no question either.
  if (outsideCatalogue(ctx.lines, ctx.now)?.date !== undefined) return true;
  if (notAReport(ctx.text) !== undefined) return false;
  // 王建国副理事长11月工作：\n• 11月10日 与孙丽廉政谈话\n• 11月18日 财务科专项资金使用情况检查: a list of typed items on
  // named days tells of deeds even without a word like 了 or 开展 (found: answered as a completion query, both items lost).
  const listed = /\n/.test(ctx.lines.trim()) && (reportIn(ctx) ?? []).filter((r) => r.draft.type !== undefined && r.draft.date !== undefined).length > 0;
  if (listed) return true;
  if (!describesDeed(ctx.text)) return false;
  // …向党组书面报告了… with only a month (11月份): a deed said done, asked its day, is no question either (round 3);
  // 「廉政谈话都谈完了吧」 says 了 too, but names no month (and its question ending already made it no report: parseGate).
  const doneInMonth = MONTH_NAMED.test(ctx.text) && /了|已经?/.test(ctx.text);
  return (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined && (r.draft.date !== undefined || doneInMonth));
}

const MONTH_NAMED = /\d{1,2}月份?|[上本这]个?月/;

export const query = defineIntent<ParsedQuery>({
  name: 'query',
  match: (ctx) =>
    ctx.sender && !reportsDeeds(ctx)
      ? parseQuery(ctx.text, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, duties: ctx.deps.duties })
      : null,
  async handle(ctx, q) {
    const answer = answerQuestion(ctx.deps, ctx.sender!.id, ctx.text, q, ctx.now);
    if (answer.kind === 'text') await ctx.reply(answer.text);
    else await ctx.replyCard(answer.card);
  },
});
