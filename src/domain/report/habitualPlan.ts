// 「11月20日与王强进行了廉政谈话；之后每月组织一次学习。」 (v3: the second clause dropped without a word): a standing practice
// from now on (每月/每周/定期/今后 + a deed, said neither done nor of a past period) is a plan, named in the reply as one.

/** 每月 · 每周五 · 每季度 · 定期 · 经常性 · 常态化 · 今后/以后/往后, then a deed within a few characters. */
const HABIT = /(?:每个?(?:月|周|星期|礼拜|季度|半年|年)[一二三四五六日天]?|定期|经常性?|常态化|今后|以后|往后)[^,;。]{0,10}?(?:组织|开展|召开|进行|举办|学习|谈|签|检查|督查|抽查|讲)/;
/** 了 · 过 · 已 · 共 · 累计 · a month or period named (本月每周开展一次检查，共4次): a summary of what was done, not a plan. */
const DONE_OR_PAST = /了|过|已|共|累计|本月|上个?月|本周|上周|本季度|今年|本年|以来|\d{1,2}月/;

/**
 * Whether `clause` (one clause of a line, no day of its own expected) tells a standing practice to come (之后每月组织一次学习 ·
 * 今后定期开展廉政教育 · 每周五组织学习): true only when it names a habit word and a deed, and nothing of a deed done or of a
 * past period.
 */
export function namesHabitToCome(clause: string): boolean {
  return HABIT.test(clause) && !DONE_OR_PAST.test(clause);
}
