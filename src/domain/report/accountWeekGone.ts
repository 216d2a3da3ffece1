// 本周小结：1.张伟书记周一主持召开党组会议；2.王建国副理事长周三和孙丽谈心谈话；3.周二 组织观看警示片 sent on Monday 11-30
// (round 52, fwc, issue 10: 周二/周三 read as 12-01/12-02, still to come, so every item was a plan and the whole account was
// dropped without a word). A 小结/总结/周报 tells what was done: a weekday of 「本周」 that has not come yet is no plan there —
// the account was written of the week just ended (over the weekend, sent on Monday), so its bare weekdays are last week's,
// shown on the card with a word.

/** An account of work done: 小结 · 总结 · 周报 · 工作情况 · 完成情况 · 工作动态 · 汇报 (not 安排/计划, which keep their plans). */
const ACCOUNT = /小结|总结|周报|工作情况|完成情况|动态|汇报|回顾|台[账帐]/;
const PLAN = /安排|计划|打算|要做|准备/;
const WEEKDAY = '一二三四五六日天';
/** A bare weekday (周三 · 星期五 · 礼拜二), not one of a week named (上周三 · 本周三 · 下周三). */
const BARE_WEEKDAY = /(?<![上本这下个])(?:周|星期|礼拜)([一二三四五六日天])/g;

/**
 * Whether `heading` (a line naming 本周/这周 over entries) heads an account of work done whose `entries` (the texts under it,
 * or after its colon) name a bare weekday after `today` (YYYY-MM-DD)'s: then 「本周」 is the week just ended.
 */
export function accountWeekGone(heading: string, entries: readonly string[], today: string): boolean {
  if (!/(?:本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天])/.test(heading) || !ACCOUNT.test(heading) || PLAN.test(heading)) return false;
  const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7; // 1 = Monday … 7 = Sunday
  return entries.some((e) => [...e.matchAll(BARE_WEEKDAY)].some((m) => Math.min(WEEKDAY.indexOf(m[1]!) + 1, 7) > todayWeekday));
}

/** The card's word on such an account. */
export const ACCOUNT_WEEK_GONE_REMARK = '「本周」小结里的星期几还没到，已按上周（刚过去的一周）记录，请核对日期';
