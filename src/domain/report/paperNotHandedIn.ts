// 维权部的自查报告还没交 · 述责述廉报告还没有报送 · 调研报告尚未提交: a paper said not handed in (or not written) yet.

/**
 * 还没(有) / 尚未 / 还未 / 暂未 before a paper's verb (交/报/报送/上报/提交/写/撰写/起草), a few characters apart at most.
 * Read as a clause of its own (split at , ; 。), it is no deed: the clause is left out and named as not done, the
 * message's other clauses are read (round 34a, F2: 「11月21日和冯雪谈了心，维权部的自查报告还没交」 was told 「没有进行」 and
 * the talk was lost; F3: 「另外，维权部的自查报告还没报」 became a 自查总结 on the day of the sentence before).
 * 还没报告 (not a paper's verb: 报告 is the noun or 向…报告, a deed) is read too: not yet reported is not done either.
 */
export const PAPER_NOT_HANDED_IN = /(?:还没有?|尚未|还未|暂未)[^,;。!?]{0,4}?(?:交|报(?!名)|提交|上报|报送|写|撰写|起草)/;

/** Whether `clause` says a paper is not handed in (or written) yet. */
export function saysPaperNotHandedIn(clause: string): boolean {
  return PAPER_NOT_HANDED_IN.test(clause);
}
