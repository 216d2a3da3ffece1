// 上个月组织学习了 (round 37, t37b F8: 没看懂): a study said done in a span of time (a month, a week, lately) with nothing else
// told is still a deed, asked its type and its day — as 昨天组织学习了 (a day, no type) and 上个月组织部门学习了廉政准则 (a type,
// no day) already are.

/** A span of time with no day in it: 上个月 · 本周 · 近日 · 前几天 · 11月份 · 11月中旬 · 月初. */
const SPAN = /(?:上上|上|本|这)个?(?:周|星期|礼拜|月)(?![一二三四五六日天1-6\d])|近日|日前|前不久|前段时间|前些天|前几天|最近|近期|\d{1,2}月份?(?!\d)(?:上旬|中旬|下旬|初|中|底)?|月[初中底]|[上中下]旬/;

/** A study said done: 学习了 · 组织了学习 · 开展了学习 · 集中学习了 (a 了 after its verb or before its noun). */
const STUDY_DONE = /学习了|(?:组织|开展|进行)了[^,，;；。!?？]{0,8}?学习/;

/** Plans, questions and asks are no deed told: 将/要/准备/计划/打算 …, …吗/么/？, 请…. */
const NOT_TOLD = /将|要|准备|计划|打算|拟|安排|吗|么|[?？]|请|是否|有没有|没有/;

/**
 * Whether `text` (one clause, no day read from it) tells a study done in a span of time and nothing that makes it no
 * report: true for 上个月组织学习了 · 近日组织了学习 · 11月中旬部门集中学习了; false for 下个月组织学习 · 上个月组织学习了吗.
 */
export function studyToldInSpan(text: string): boolean {
  return SPAN.test(text) && STUDY_DONE.test(text) && !NOT_TOLD.test(text);
}
