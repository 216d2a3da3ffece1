// …，刘芳、赵敏两位本周内谈完 (round 20u, L11: recorded as talks held): a deed set for within a period still running is
// a plan, whoever it names.

/**
 * A clause that sets a deed for within a period (本周内谈完, 月底前签完, 年底前完成, 近期安排) and says nothing of it done
 * (no 了 or 过 after the verb).
 */
export const DUE_WITHIN = /(?:(?:本|这)(?:周|星期|礼拜|月|季度)(?:内|之内|以内)|(?:本周|这周|周末|月底|月末|年底|年前|节前|下周|下个?月)(?:前|之前|以前)|近期|近日内|择期|尽快|抓紧)[^,;。]{0,6}?(?:谈完|谈|签完|签|完成|开展|组织|安排|补上|补谈)(?![了过完])(?![^,;。]*了)/;

/** True when `clause` sets its deed for within a period still to run out (本周内谈完), so it is not yet done. */
export function dueWithin(clause: string): boolean {
  return DUE_WITHIN.test(clause);
}
