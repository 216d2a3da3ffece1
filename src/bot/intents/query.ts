// 本季度完成情况, 我的任务 and their variants: parse the question, answer within what the sender may see (card, refusal or suggestions).
import { answersYearAsked } from '../yearAsked.js';
import { answersDayWithMonth } from '../monthAsked.js';
import { parseQuery, type ParsedQuery } from '../../domain/query/parseQuery.js';
import { outsideCatalogue } from '../../domain/report/outsideCatalogue.js';
import { describesDeed, notAReport, REPORTED_TO } from '../../domain/report/parseGate.js';
import { answerQuestion } from '../answerQuestion.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { reportIn } from './report.js';
import { REPLY_LEAD } from '../../domain/report/replyLead.js';
import { withCollatedKind } from '../../domain/report/collatedKind.js';
import { checkToldWithoutDay } from '../../domain/report/checkToldWithoutDay.js';
import { asksKindBeside } from '../../domain/report/kindAskedBeside.js';
import { paperTally } from '../../domain/report/departmentPaperItems.js';

/**
 * 「11月26日到康复中心开展作风纪律明查暗访，检查干部在岗在位情况」, or a list under 「财务科11月廉政工作情况：」:
 * words of a query (情况, 检查) inside a report of deeds done on named days, asking nothing. Such a message
 * is left to the report intent (issue 10: it was answered as a completion query and every item was lost).
 */
function reportsDeeds(ctx: BotContext): boolean {
  // 「…签了廉政承诺书 这个要报吗」 · 「请问…还能补录吗 11月20号…学习了…」 (round 50, fxe kind 2: answered as a query, the deed
  // lost): the question whether to report the deed told beside it is the report's, answered on its card (reportingAsked).
  if ((reportIn(ctx) ?? []).some((r) => r.reasons?.includes('asked_whether'))) return true;
  // 「今天和孙丽谈了话，这个算廉政谈话还是谈心谈话？」 (round 48, ftc: answered as a query, the talk lost): a deed with the
  // question of its kind beside it is the report, which asks the kind.
  if (asksKindBeside(ctx.text) && (reportIn(ctx) ?? []).length > 0) return true;
  // 「截至11月底各科室报送廉政信息情况：办公室3篇，宣文部2篇，康复中心1篇。」 (round 49, fvb, t51b F2: answered as a completion
  // query, six papers lost): a tally of papers by department reports each department's papers, their days asked.
  if (paperTally(ctx.text, ctx.deps.directory) !== undefined && (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined)) return true;
  // 「统计了一下11月份领导讲党课情况：张书记11月10日…讲了一次；…」 (round 22u #17): a collating heading over dated deeds.
  if (withCollatedKind(ctx.text) !== ctx.text && (reportIn(ctx) ?? []).length > 0) return true;
  // 「汇总一下近期班子成员谈话情况：王建国副理事长11月9日与李明、孙丽；…。均为廉政谈话。」 · 「现将本周工作汇总如下：…」 (round 39,
  // t38a F12: answered as a completion query, the six talks lost): a collating lead over dated deeds that ask nothing after its
  // colon reports them; 「汇总一下本季度完成情况」 (no colon, no deed) is still the query.
  // 「不是查询，是上报：11月6日对办公室…」 (round 54, fjc; t56b F3): a reply to a misreading, over deeds, is their report.
  if (REPLY_LEAD.test(ctx.text) && (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined)) return true;
  const lead = COLLATING_LEAD.exec(ctx.text);
  if (lead && !ASKS.test(ctx.text.slice(lead[0].length)) && (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined && r.draft.date !== undefined)) return true;
  // 11月24日，王建国副理事长到教育就业部调研，了解…工作情况: work on a named day, which no duty counts, is no question either.
  if (outsideCatalogue(ctx.lines, ctx.now)?.date !== undefined) return true;
  const verdict = notAReport(ctx.text);
  if (verdict === 'command' || verdict === 'question') return false;
  // 「2号跟班子成员逐一谈了廉政谈话，陈志强出差了没谈」 (round 63, gcc; t65a: answered as a completion query, the talks lost): a
  // talk or signing said done (谈了 · 签了) beside one named away or not talked to, asking nothing, is the report of the others,
  // the one away said on its card.
  if (PAIR_DONE.test(ctx.text) && !ASKS.test(ctx.text) && (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined && r.draft.counterpartIds.length > 0 && r.reasons?.includes('not_held'))) return true;
  // 王建国副理事长11月工作：\n• 11月10日 与孙丽廉政谈话\n• 11月18日 财务科专项资金使用情况检查: a list of typed items on
  // named days tells of deeds even without a word like 了 or 开展 (found: answered as a completion query, both items lost).
  // Before the plan and denial verdicts, which read the whole text: one plan line (「3.12月上旬拟开展…督查」) under
  // done items made the list a completion query and every item was lost (round 6, r6-05).
  const listed = /\n/.test(ctx.lines.trim()) && (reportIn(ctx) ?? []).filter((r) => r.draft.type !== undefined && r.draft.date !== undefined).length > 0;
  if (listed) return true;
  // 「中心11月份工作情况：⏎1、11月下旬组织学习《…》」 (round 30a, X2: answered as a completion query, the report lost): a
  // heading over numbered items of typed deeds, asking nothing, lists deeds done though an item's day is still to be asked.
  if (HEADING_OVER_ITEMS.test(ctx.lines) && !ASKS.test(ctx.text) && (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined)) return true;
  // 「上周督查情况：周一 办公室 考勤；周三 …」 (round 17, K2): a heading over items each led by its day lists deeds done,
  // though 情况 and the departments read as a completion query (every item was lost).
  if (HEADING_OVER_DAYS.test(ctx.text) && !ASKS.test(ctx.text) && (reportIn(ctx) ?? []).some((r) => r.draft.type !== undefined && r.draft.date !== undefined)) return true;
  // A deed on a named day that asks nothing is a report, whatever words of a query it holds: 「…会议要求，各部室要…
  // 梳理任务完成情况」 (r6-01), 「…11月26日下午来康复部检查责任书落实情况」 (r6-20) were answered as completion queries.
  // 「11月20日向党组书面报告上半年…廉政风险情况」 (round 50, fxd, t52b F4: answered as a completion query): the 情况 reported to
  // someone is the report's subject, asked of no one.
  if (DAY_NAMED.test(ctx.text) && (describesDeed(ctx.text) || DONE_VERB.test(ctx.text)) && !ASKS.test(ctx.text) && (!ENDS_AS_QUERY.test(ctx.text) || REPORTED_TO.test(ctx.text))) return true;
  if (verdict !== undefined) return false;
  if (!describesDeed(ctx.text)) return false;
  // 「近日，机关纪委对康复中心…采购情况开展专项检查，查阅凭证40余份」 (round 34c §3.4: answered as a completion query for
  // 情况 and 康复中心): a deed told of a time gone by, asking nothing, is a report whose type and day are asked.
  // 机关纪委对康复中心开展专项检查。 (round 35a): so is a check of a place told with no time word at all.
  if ((LATELY.test(ctx.text) || checkToldWithoutDay(ctx.text)) && !ASKS.test(ctx.text) && (reportIn(ctx) ?? []).length > 0) return true;
  // …向党组书面报告了… with only a month (11月份): a deed said done, asked its day, is no question either (round 3);
  // 「廉政谈话都谈完了吧」 says 了 too, but names no month (and its question ending already made it no report: parseGate).
  // 「11月向党组书面报告…情况」 (t52b F4): a report made to someone in a month is told done as 了 tells it.
  const doneInMonth = MONTH_NAMED.test(ctx.text) && (/了|已经?/.test(ctx.text) || REPORTED_TO.test(ctx.text));
  // 「和陈静的谈心谈话已完成」 (round 17, K1): a deed of a type, with the person it was held with, said done and asking
  // nothing, is a report whose day is asked; 完成 read it as a completion query and the deed was dropped.
  const heldWith = SAID_DONE.test(ctx.text) && !ASKS.test(ctx.text) && !ASKS_DONE.test(ctx.text);
  // 「廉政党课已完成」「自查报告搞完了」 (f18): so is a deed of any type said done alone; 「本季度廉政谈话已全部完成」 tells of a
  // duty's coverage, many deeds of no one day, and is still answered as a completion query.
  const oneDeed = heldWith && !COVERAGE.test(ctx.text);
  // 「班子成员与我签订了责任书」 from a head (round 36: answered 「暂无权限查看班子成员」, the signing lost): a signing or a
  // talk said done with someone the message makes known, asking nothing, is a report whose day and doer are asked.
  const pairDone = PAIR_DONE.test(ctx.text) && !ASKS.test(ctx.text) && !ASKS_DONE.test(ctx.text);
  if (pairDone && (reportIn(ctx) ?? []).some((r) => (r.draft.type === 'pledge_sign' || (r.draft.type !== undefined && isTalkType(r.draft.type))) && r.draft.counterpartIds.length > 0)) return true;
  return (reportIn(ctx) ?? []).some(
    (r) => r.draft.type !== undefined && (r.draft.date !== undefined || doneInMonth || (heldWith && r.draft.counterpartIds.length > 0) || oneDeed),
  );
}

/** Said done as a statement: 已完成, 已经做完, 谈完了; 完成了吗 is caught by ASKS, 完成了没 by ASKS_DONE. */
const ASKS_DONE = /(?:没有?|否)[\s。.]*$|是否|有没有|还差|还缺|几项/;
const SAID_DONE = /(?:已经?|都)(?:完成|做完|谈完|办完|签完|开完|结束|开展|召开|举办|组织|上报|报送|提交|交)|(?:完成|做完|谈完|办完|签完|开完|搞完|弄完|交)了?[。！!\s]*$/;
/** 签订了 · 签了 · 谈了: a signing or a talk said done. */
const PAIR_DONE = /(?:签订|签署|签|谈)了/;
/** Said of a duty's every deed (全部完成, 均已完成), not of one deed. */
const COVERAGE = /全部|均已|都已|各项|所有/;

/** A heading ending on 情况： whose first item starts with a day: 周一 · 星期三 · 11月23日 · 23日. */
const HEADING_OVER_DAYS = /^[^：:，,；;。]{0,24}情况[：:]\s*(?:周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])/;

/** A heading line ending on a colon over a numbered or bulleted item: 中心11月份工作情况：⏎1、… · …：⏎• … · …：⏎（一）… */
const HEADING_OVER_ITEMS = /^[^\n：:]{2,30}[：:]\s*\n\s*(?:\d{1,2}\s*[、.．)）]|[•·●▪\-]|[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是])/;

/** 近日 · 日前 · 前不久 opening a message: a time gone by, as a news item dates a deed. */
const LATELY = /^[\s,，]*(?:近日|日前|前不久|前段时间)(?!将|要|拟|计划|准备)/;
const MONTH_NAMED = /\d{1,2}月份?|[上本这]个?月/;
/** A day of its own (not a month or a period): 11月24日, 11.24, 今天, 上周二. */
// 本周一和吴静部长签了责任书，周涛部长还没签 (round 24b #35: answered as a completion query, 「没能识别「本周一」」).
const DAY_NAMED = /\d{1,2}月\d{1,2}[日号]|(?<![\d.])\d{1,2}[.\/]\d{1,2}(?![\d.])|今天|昨天|前天|(?:上|本|这)个?(?:周|星期|礼拜)[一二三四五六日天]/;
/** Deeds describesDeed does not list, said without 了: 检查, 主持…讲话, 谈心. */
const DONE_VERB = /检查|督查|暗访|主持|讲话|谈心|谈话|出席/;
/** 汇总一下…： · 统计了一下…情况： · 现将…汇总如下： · 汇总如下：: a collating lead, up to its colon, with something after it. */
const COLLATING_LEAD = /^\s*(?:[^：:\n。？?！!]{0,30}?(?:汇总|统计|梳理|整理)(?:如下|了?一下[^：:\n。？?！!]{0,30}?)|[^：:\n。？?！!，,]{0,20}?(?:情况)?(?:统计|汇总|小结)|(?:现|特)?将[^：:\n。？?！!]{0,30}?(?:汇总|统计|梳理|整理)如下)[：:]\s*(?=\S)/;
/** What makes a message ask, wherever it stands. */
const ASKS = /[?？吗]|怎么样|咋样|如何|多少|几次|哪些|哪个|谁|汇总|统计|查询|查看|查一下|看看|看一下/;
/**
 * One clause ending on 情况/进度 asks for them (「王建国11月20日谈话情况」), unless the 情况 is what was checked or
 * heard; after a clause of its own (「…召开科室会议，要求…梳理各项任务完成情况」) it is what the meeting was told.
 */
const ENDS_AS_QUERY = /^[^，,；;。]*(?<!检查|督查|了解|听取|调研|汇报|落实)(?:情况|进度)[。！!\s]*$/;

export const query = defineIntent<ParsedQuery>({
  name: 'query',
  match: (ctx) =>
    ctx.sender && !reportsDeeds(ctx) && !answersYearAsked(ctx) && !answersDayWithMonth(ctx)
      ? parseQuery(ctx.text, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, duties: ctx.deps.duties })
      : null,
  async handle(ctx, q) {
    const answer = answerQuestion(ctx.deps, ctx.sender!.id, ctx.text, q, ctx.now);
    if (answer.kind === 'text') await ctx.reply(answer.text);
    else await ctx.replyCard(answer.card);
  },
});
