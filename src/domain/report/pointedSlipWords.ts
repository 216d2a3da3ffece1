// 「刚才报的那条报错了，实际是和刘洋谈的，不是张颖」 (周涛; t72b FB1: 没看懂, while 「不是张颖，是刘洋」 was read) and 「刚才那个会报错了，
// 实际是上周二开的」 (孙杰; t72b FB2: 「没有找到…「会报错了」的记录」, the 会 read into the naming words) — round 69, gin: a record
// pointed at (那条 · 那个会 · 那次会 · 那个党课 · 那场学习; 会 a noun, the meeting), owned wrong (报错了 · 写错了 · 搞错了 · 弄错了 ·
// 记错了 · 有误 · 不对), then the right person (实际是和X谈的，不是Y) or day (实际是上周二开的). Each is put in the words the
// stored-record readers already read (「刚才那条不是Y，是X」 · 「刚才那条日期改成上周二」), so correctLatest's one 请确认修改 flow
// answers it; nothing here decides which record is meant or whether the person or day is right. Pure.

/** The pointer: 刚才(报的)那条 · 刚刚那个会 · 那次党课 · 上午报的那场学习; group 1 the kind noun, when said. */
const POINTER =
  '((?:刚才|刚刚|之前|上午|下午|早上|昨天)?(?:我)?(?:报|发|上报|填|录)?(?:的)?(?:那|这)(?:一)?(?:条|个|次|场|回|份)(?:记录)?' +
  '(会议?|专题会议?|党组会议?|党课|廉政党课|集中学习|学习|谈话|谈心(?:谈话)?|廉政谈话|检查|警示教育|承诺书|责任书)?(?:记录)?)';
/** Owned wrong: the deed's or the writing's verb before 错了, or 有误/不对. */
const WRONG = '(?:(?:报|写|搞|弄|记|填|录|输)错了?|有误|不对|错了)';
/** The right value's opening. */
const SHOULD = '(?:实际上?是?|其实是?|应该是|应是|应为|是)';
/** The deed's verb after the day or person (开的 · 讲的 · 谈的 · 签的), set aside. */
const DEED_END = '(?:召开|举行|进行|组织|开|讲|谈|签|搞|办|学|看)(?:的)?';

const SHAPE = new RegExp(`^${POINTER}[,;:\\s]*${WRONG}[,;:\\s]*(?:了)?[,;:\\s]*${SHOULD}[:\\s]*(.+?)[。.!！~\\s]*$`);

/** 和刘洋谈的，不是张颖 · 跟李娟签的 不是王强 · 刘洋，不是张颖 (group 1 the right one, group 2 the one written). */
const PERSON_SWAP = /^(?:和|跟|与|同)?([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:谈|签)?(?:的)?[,;\s]*不是(?:和|跟|与|同)?([\u4e00-\u9fa5]{2,4}?)(?:同志)?$/;
/** 不是张颖，是和刘洋谈的 (the one written said first). */
const PERSON_SWAP_FIRST = /^不是(?:和|跟|与|同)?([\u4e00-\u9fa5]{2,4}?)[,;\s]*(?:是|而是)(?:和|跟|与|同)?([\u4e00-\u9fa5]{2,4}?)(?:谈|签)?(?:的)?$/;
/** 上周二开的 · 12月1日开的 · 11.26讲的 · 前天 (group 1 the day words; the caller's readers decide whether it is a day). */
const DAY = new RegExp(`^([0-9一二三四五六七八九十上本这前昨今天周星期礼拜月日号.年/-]{1,12}?)\\s*(?:上午|下午|晚上)?\\s*${DEED_END}?$`);
/** Day words need one of these to be a day at all (keeps names and titles out). */
const DAYISH = /[0-9]|[上本这]周|星期|礼拜|前天|昨天|月|号|日/;

/**
 * `text` (simplified, normalised) put as the stored-record correction it means — 「刚才那条不是Y，是X」 for a person, 「刚才那条
 * 日期改成D」 for a day, with the pointer's kind noun kept (刚才那个会议… · 刚才那个党课…) so a kind that fits no record is still
 * said — or undefined when it is not this shape (no pointer, nothing owned wrong, or no person or day after it). 「刚才那个会
 * 开得很好」 (no slip) and 「刚才那个会报错了」 (no value) are undefined.
 */
export function pointedSlipWords(text: string): string | undefined {
  const m = SHAPE.exec(text.trim());
  if (!m) return undefined;
  const pointer = m[1]!.replace(/那(?:一)?(?:个|次|场|回|份)会$/, '那个会议');
  const value = m[3]!.trim();
  const swap = PERSON_SWAP.exec(value);
  if (swap) return `${pointer}不是${swap[2]}，是${swap[1]}`;
  const first = PERSON_SWAP_FIRST.exec(value);
  if (first) return `${pointer}不是${first[1]}，是${first[2]}`;
  const day = DAY.exec(value);
  if (day && DAYISH.test(day[1]!)) return `${pointer}日期改成${day[1]}`;
  return undefined;
}
