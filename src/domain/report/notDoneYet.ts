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

// 何平「原定12月3日的警示教育因故取消了，改到下周」 · 「下周的廉政党课推迟了」 · 「谈话延期到下月」 (round 54, fjc; t56a B5: 「抱歉，没看懂」):
// an activity called off or put off is no deed done (no record), and no plan to be told to report later either.

/** Called off or put off: 取消 · 推迟 · 延期 · 延后 · 改期 · 顺延 · 暂停 · 往后推 · 不搞了 · 没开成. */
const CALLED_OFF = /取消|推迟|延期|延后|改期|顺延|暂停|暂缓|往后推|推后|不搞了|不开了|不讲了|不谈了|没开成|没搞成|没谈成|没讲成|没去成|泡汤/;
/** A question about it (推迟了吗 · 哪天补): the query's or the help's, not this. */
const CALLED_OFF_ASKS = /[?？吗呢么嘛]|谁|哪|多少|几[个位次人号]|是否|有没有|怎么办|要不要|能不能|可以吗/;
/** Moved to a day already come (推迟到上周四 · 延期到11月26日 · 改到昨天), or a deed said held (…谈的): then held, not called off. */
const MOVED_TO_PAST = /(?:到|至|在)(?:今天|昨天|前天|上周|上星期|本周|这周|上个?月|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|周[一二三四五六日天])|的\s*$/;
/** What was called off: an activity's words (any kind's, or the plain 会/活动/学习 of one). */
const ACTIVITY = /谈话|谈心|约谈|党课|会议?|教育|警示|检查|督查|学习|活动|培训|讲座|签订|责任书|承诺书|调研|观看|参观/;
/** What a clause after it may say: when instead (改到下周 · 另行通知 · 时间待定), or why (因故 · 领导出差). */
const INSTEAD = /改到|改在|改为|改成|挪到|推到|延到|顺延|另行通知|再通知|待定|再定|再安排|另行安排|下周|下月|下次|以后|之后|出差|开会|有事|临时|原因|因故|冲突|来不及/;
/** A deed done in a clause (推迟到今天上午进行了 · 改为组织学习了…): the message then reports it, read as today. */
const DONE_IN_CLAUSE = /(?:进行|举行|开展|组织|召开|观看|学习|讲授|签订|谈)(?:了|过)|已(?:经)?(?:开展|进行|完成|召开|组织)|完成了/;

/**
 * Whether `text` (one message) only says an activity was called off or put off: a short message (≤ 60 characters) with no
 * question, at least one clause calling off an activity (原定…的警示教育取消了 · 廉政党课推迟了 · 谈话延期到下月), every other
 * clause saying when instead or why, and no deed done in any. Such a message records nothing and is told so.
 */
export function saysCalledOff(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || CALLED_OFF_ASKS.test(t) || /撤销|撤回|删除|删掉|刚才那条|上一条|第[一二三四五六七八九十\d]+条/.test(t)) return false;
  // Clauses parted by punctuation or, in voice input, by spaces (今天的廉政学习 延期了 具体时间另行通知).
  const clauses = t.split(/[,，;；。.!！\n]|\s+/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length === 0 || clauses.some((c) => DONE_IN_CLAUSE.test(c))) return false;
  // The activity may stand alone before the clause that calls it off (今天的廉政学习 延期了).
  const calledOff = (c: string, i: number) => CALLED_OFF.test(c) && (ACTIVITY.test(c) || (i > 0 && ACTIVITY.test(clauses[i - 1]!)));
  // Only a bare 「…的活动」 (今天的廉政学习): a clause with someone (和周涛谈心谈话) or no 的 tells a deed done beside it.
  const subjectOf = (c: string, i: number) => ACTIVITY.test(c) && /的/.test(c) && !/[和与跟同对给为]/.test(c) && i + 1 < clauses.length && CALLED_OFF.test(clauses[i + 1]!);
  // 推迟到上周四谈的 · 推迟到11月26日 (rounds 52 fwaa/fwc: the deed held on the later day): a day come already is no calling off.
  if (MOVED_TO_PAST.test(t)) return false;
  return clauses.some(calledOff) && clauses.every((c, i) => CALLED_OFF.test(c) || INSTEAD.test(c) || subjectOf(c, i));
}
