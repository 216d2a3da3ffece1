// 「12月份计划到财务科调研，同时对专项资金使用情况进行检查」 (g24, issue 10): a plan alone gets the plan reply; the query read
// its 情况 and department as a completion question (「没有完全听懂」), and 12月工作计划 lists the same (round 22u #37).
import { claimsDone } from '../../domain/report/parseGate.js';
import { readsAsPlan } from '../../domain/report/readsAsPlan.js';
import { summaryClaim } from '../../domain/report/summaryClaim.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { keepPlan } from '../planWaiting.js';
import { reportIn } from './report.js';

/** A question stays the query's: 下周要检查哪些部门？ */
const ASKS = /[?？吗]|哪些|哪几|哪个|多少|几次|几项|是否|有没有|怎么样|如何|情况怎样/;

/** 12月工作计划： · 下周工作安排： · 下步打算：: a heading over what is still to be done. */
const PLAN_HEADING = /^[^：:\n。，,]{0,12}(?:工作计划|计划安排|工作安排|工作打算|下步打算|下一步计划|下一步安排)[：:]/;

/** The words the fallback says of a plan too: the bot records what is done. */
export const PLAN_REPLY = '看起来这是计划安排。清风只记录已经完成的活动，完成后再发给我即可，例如「今天组织观看了警示教育片」。';

export const planAhead = defineIntent<true>({
  name: 'planAhead',
  // 截至11月底…本年度共开展廉政谈话4次 (round 54, fjc): a tally up to a month's end is summaryClaimReply's, never a plan.
  match: (ctx) => (ctx.sender && !ASKS.test(ctx.text) && summaryClaim(ctx.text) === undefined && (readsAsPlan(ctx.text, ctx.now) || (PLAN_HEADING.test(ctx.text) && !claimsDone(ctx.text))) && (reportIn(ctx) ?? []).length === 0 ? true : null),
  async handle(ctx) {
    // Kept so that 「已经开了」 after the reply records the deed (planHeldAnswer, round 59).
    await keepPlan(ctx);
    await ctx.reply([PLAN_REPLY, ...stillWaiting(ctx.dialog)].join('\n'));
  },
});
