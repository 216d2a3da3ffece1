// 王芳「…黄志刚约谈了康复中心主任何平，就近期检查中发现的考勤问题提出整改要求。」 (round 64, gdd: a second record, a
// 作风纪律检查 of 黄志刚's on the talk's day): a clause that takes up what an earlier check found (就/针对/对/根据…检查中发现的
// 问题) tells what the deed was about, not a check done then. Written without the check's words, so no reader takes a
// check from it; the findings (考勤问题) stay.

/** 就 · 针对 · 对 · 根据 · 结合, a time word maybe, then 检查/督查/巡查/抽查(中|时)发现的. Group 1: the words kept before it. */
const CHECK_FINDINGS = /((?:^|[,;。:\s])(?:就|针对|对|根据|结合)(?:近期|此前|前期|上次|日前|之前)?(?:的)?)(?:检查|督查|巡查|抽查)(?:中|时|过程中)发现的/g;

/**
 * `text` (normalised: ASCII stops) with each 「就…检查中发现的」 opening a clause written 「就…发现的」. Unchanged when
 * there is none (the cheap gate: 发现的).
 */
export function withCheckFindingsReferred(text: string): string {
  if (!text.includes('发现的')) return text;
  return text.replace(CHECK_FINDINGS, '$1发现的');
}
