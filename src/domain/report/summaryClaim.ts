// 「据统计，截至11月底，班子成员均已与分管部室负责人开展廉政谈话。」 (round 23 F5: answered as a completion query): a claim that a
// whole group did a duty's deeds, with no day of any of them — many deeds, none of which can be recorded as said.
import { activityTypeName } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';

/**
 * The unit's leadership as the ones who did it, or with whom: 班子成员 · 党组成员 · 各部室负责人 · 分管科室负责人. A department's
 * 全体人员都已签订 is its head's signings with a known few, asked their day as a report (not this claim).
 */
const GROUP = /班子成员|党组成员|(?:各|全体|所有|分管)[^,;。!?]{0,6}?(?:负责人|主任|科长|部长|一把手)|各(?:部室|科室|部门|单位)/;
/** Said of every one of them, before the deed: 均已 · 都已 · 已全部 · 全部已. */
const ALL_DONE = /(?:均已|都已|均已经|都已经|已全部|已经全部|全部已|全都已)[^,;。!?]{0,16}?(?:开展|进行|完成|签订|签署|签了|谈了|谈过|组织|召开|讲|报告|报送|提交|上报|交了|谈心|谈话|约谈)/;
/** 均/都 alone says it of all only in a statistic's words (据统计, 截至…, 目前): 上周都签了 is a report of one week. */
const ALL = /(?:均|都|全部)[^,;。!?]{0,16}?(?:开展|进行|完成|签订|签署|签了|谈了|谈过|组织|召开|讲|报告|报送|提交|上报|交了|谈心|谈话|约谈)/;
const STATISTIC = /据统计|统计|截至|截止|目前|至今|为止|迄今/;
/** A day or a span of deeds (截至11月底 is none): 11月5日 · 5号 · 周三 · 昨天 · 上周 · 本月. */
const DAY = /\d{1,2}月\d{1,2}[日号]|(?<![\d月])\d{1,2}[日号]|\d{1,2}[./]\d{1,2}(?!\d)|周[一二三四五六日天]|星期[一二三四五六日天]|今天|昨天|前天|[上本这]周|[上本这]个?月(?!底)|上旬|中旬|下旬/;
/** A question stays the query's: 班子成员都谈完了吗？ */
const ASKS = /[?？吗呢]|是否|有没有|哪些|哪几|多少|几[个位次项]/;

/**
 * The kind a summary claim speaks of (廉政谈话) when `text` says a group of people all did deeds of one kind, naming no
 * day: no record can be made of it, and the member is told each deed needs its own day. Undefined otherwise.
 */
export function summaryClaim(text: string): string | undefined {
  const t = normalizeText(text);
  const tally = cumulativeTally(t);
  if (tally !== undefined) return tally;
  if (ASKS.test(t) || DAY.test(t) || !GROUP.test(t) || !(ALL_DONE.test(t) || (ALL.test(t) && STATISTIC.test(t)))) return undefined;
  const codes = [...new Set(findKinds(t).map((k) => k.code))];
  return codes.length === 1 ? activityTypeName(codes[0]!) : undefined;
}

/**
 * A span counted from its start up to now (截至11月底 · 本年度 · 今年以来 · 累计 · 全年…共), whose count is no one deed. 以来 after a
 * day (11月20日以来) is still such a span. 全年 without 共 (全年组织廉政教育6次) is not: round 39 reads each kind of it, its day asked.
 */
const CUMULATIVE = /截至|截止|本年度|今年以来|年初以来|今年共|全年[^，。；\n]*共|累计|共计|合计|至今|迄今|目前为止|年内|以来/;
/**
 * One deed's head count (共计18人参加 · 合计参会人数26人 · 共有20名干部职工参加 · 参加人数共计18人): those who took part, which
 * a total word before it does not make a running figure.
 */
const ATTENDANCE = /(?:共计|合计|总计|一共|共有|共)?有?\s*(?:\d{1,4}|[一两二三四五六七八九十百]{1,4})\s*(?:人|名)(?:干部职工|干部|职工|党员|同志)?\s*(?:参加|参会|参与|参学|参训|出席|到会)|(?:参加|参会|参学|参训|出席|到会)(?:人数|人员)?\s*(?:共计|合计|总计|一共|共有|共)?(?:为|是|达)?\s*(?:\d{1,4}|[一两二三四五六七八九十百]{1,4})\s*(?:人|名)(?!次)/g;
/** A kind counted: 廉政谈话4次 · 谈心谈话6人次 · 警示教育两场 · 检查3轮 (a deed's words, then a count of times). */
const COUNTED = /(?:[一二三四五六七八九十两]+|\d+)\s*(?:次|人次|场|轮|篇|人)/;

/**
 * 王芳「截至11月底，王建国同志本年度共开展廉政谈话4次、谈心谈话6次，其中11月份谈心谈话2次」 (round 54, fjc; t56b F6: read as ONE
 * 廉政谈话 and ONE 谈心谈话, the day asked, and 「这是全年累计的次数」 not accepted): a count over a span up to now, of one kind or
 * more, naming no day of any deed, is a tally, not deeds: the kinds' names joined with 、 (廉政谈话、谈心谈话), or undefined.
 * A tally with its deeds' days (本年度共谈话4次：3月5日与李明…) is read as its items are; a question (几次) is the query's.
 */
function cumulativeTally(text: string): string | undefined {
  // 活动由何平主任主持，共计18人参加 (round 66, gfb; t68b F5: a pasted 工作动态 item with no day answered 「是累计数」 and
  // nothing recorded): how many took part in one deed is no tally of deeds, whatever total word stands before it.
  const t = text.includes('参') || text.includes('出席') || text.includes('到会') ? text.replace(ATTENDANCE, '') : text;
  if (ASKS.test(t) || DAY.test(t) || !CUMULATIVE.test(t) || !COUNTED.test(t)) return undefined;
  const codes = [...new Set(findKinds(t).map((k) => k.code))];
  return codes.length > 0 ? codes.map((c) => activityTypeName(c)).join('、') : undefined;
}

/**
 * Whether `text` is a cumulative tally (cumulativeTally: a count over a span up to now, no day of any deed) rather than a
 * group's claim to be done: the first is answered with the one 累计数 reply (totalsReply), as a lone running figure always was.
 */
export function isCumulativeTally(text: string): boolean {
  return cumulativeTally(normalizeText(text)) !== undefined;
}
