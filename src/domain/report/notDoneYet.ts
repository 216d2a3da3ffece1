// 赵敏还没谈 · 王强的谈话还没搞 · 孙丽那边还未签责任书: a statement that something is not done yet, which is no report and no plan.

/** 还没(有) / 尚未 / 还未 / 暂未 before the deed, a few characters (那边, 跟他) apart at most. */
const NOT_DONE = /(?:还没有?|尚未|还未|暂未|都没有?)[^,;。!?\s]{0,3}?(?:谈|聊|搞|签|开|做|讲|组织|开展|进行|落实|学习)/;
/** What makes such a sentence a question (赵敏还没谈吗 · 谁还没谈 · 还没谈的有哪些) rather than a statement. */
const ASKS = /[?？吗呢么嘛]|吧\s*$|谁|哪|多少|几[个位次人]|是否|有没有|查|看看|统计|汇总|名单/;

/**
 * Whether `text` (one message) only says that something is not done yet: one short clause, no question, a 还没/尚未/还未
 * before a deed. Such a message is no report (nothing recorded) and no plan (round 14: called 计划安排, or answered as a
 * completion query with no word that nothing was recorded).
 */
export function saysNotDoneYet(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && !/[,，;；\n]/.test(t) && NOT_DONE.test(t) && !ASKS.test(t);
}
