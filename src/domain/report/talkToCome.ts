// 今天跟周涛谈了廉政，明天找吴静谈 (h24 probe: 明天 asked as a day not yet come, the talk asked its type): a talk or signing
// with someone on a day still to come, said without 了/过, is a plan, named as such and never asked about.

/** A day to come at the head of the clause. */
const AHEAD = /明天|后天|下周|下星期|下礼拜|下个?月|月底前|年底前/;
/** 找吴静谈 · 和吴静谈谈 · 跟孙丽签: the deed with someone, in the clause. */
const WITH_SOMEONE = /(?:找|和|跟|与|同)[^,;。，；\s]{1,8}?(?:谈|聊|签)/;
/** 了 · 过 · 完: the clause tells a deed done. */
const DONE = /了|过|完|已/;

/** Whether clause `c` is a talk or signing with someone still to come (明天找吴静谈). */
export function talkToCome(c: string): boolean {
  return AHEAD.test(c) && WITH_SOMEONE.test(c) && !DONE.test(c);
}
