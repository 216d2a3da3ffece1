// Round 63, fixer gch (issue 10): who did it and who was only there, in one message and in answers (t66a, on m63).
// Findings: 何平「今天上午给中心全体职工上了廉政党课 赵书记也来听了 会后跟孙杰谈了谈心」 gave the 党课 AND the 谈心 to 赵敏: a
// leader who only came to listen is taken off every item of a message of more items, the 会后/课后/之后/随后 item keeping the
// sender (leaderAtLecture; was: a single-item reader only). 刘芳「…跟组联部周滔谈心谈话了 康复部吴晶也一起 徐慧不在」 dropped
// 吴晶 (吴静) and 徐慧 (徐辉) without a word: a unit before a companion's name is taken off before the name is read by its sound
// (companionsApart), and a name said away in a clause of its own is read by its sound too (absentFromGroup). 胡军's
// 「…共开展党风廉政教育活动4次，其中：12月1日…；12月3日陪同王建国副理事长到财务科开展廉政风险点检查；12月4日…」 typed the check
// 廉政教育 and said 「写明日期的有1次」: an item whose own words name kinds none of which is the heading's keeps its question
// (parseReport), and the count note names the days listed (subtotalOverItems). 冯雪「组织部门同志谈了一次心」 offered no
// buttons: 组织 before 部门同志 with a deed after it turns to them (parseCounterpartGroups).
// Dialog fixes (test/e2e/doerAndPresentSixtyThreeH.test.ts): 「不对 赵书记只是来听的 课是我讲的 谈心也是我谈的」 on the card;
// 「吴晶就是吴静 也跟她一起谈的」; 「谈心谈话 上周五下午谈的 还签了承诺书」 to 是哪类活动; 「部门就赵磊一个人 跟他谈的 陈副理事长
// 也在」 to 和谁.
// Near-misses: 「赵书记给中心讲了党课」 is 赵敏's; a 党课 with no one present keeps both items the sender's as before; a study
// under 组织部门同志 stays the department's study; 财务科吴晶 (no 吴晶-like person there) is left as before.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_THREE_H_ROWS: CorpusRow[] = [
  // F1: a leader who came to listen is no doer of any item.
  ["何平", "今天上午给中心全体职工上了廉政党课 赵书记也来听了 会后跟孙杰谈了谈心", "!党课 11-30 > @残疾人康复中心 | 谈心 11-30 >孙杰 @残疾人康复中心"], // was 党课 赵敏> | 谈心 赵敏>孙杰
  ["何平", "今天上午给中心全体职工上了廉政党课，赵书记也来听了，会后跟孙杰谈了谈心", "!党课 11-30 > @残疾人康复中心 | 谈心 11-30 >孙杰 @残疾人康复中心"],
  ["何平", "今天上午给中心全体职工上了廉政党课 赵书记也来了 课后和孙杰谈了心", "!党课 11-30 > @残疾人康复中心 | 谈心 11-30 >孙杰"],
  ["何平", "今天上午给中心职工讲了廉政党课 刘副理事长也来听了 之后跟徐辉谈心谈话", "!党课 11-30 > @残疾人康复中心 | 谈心 11-30 >徐辉"],
  ["何平", "今天给中心全体人员上了廉政党课 赵书记也在 随后与孙杰进行了谈心谈话", "!党课 11-30 > @残疾人康复中心 | 谈心 11-30 >孙杰"],
  ["何平", "今天给中心全体职工上了廉政党课 赵书记也来听了", "!党课 11-30 > @残疾人康复中心"],
  // Near-misses: a leader who did lecture keeps both; no one present.
  ["何平", "赵书记给中心讲了党课 会后跟孙杰谈了谈心", "!党课 ? 赵敏> ?missing_date | 谈心 ? 赵敏>孙杰 ?missing_date"],
  ["何平", "今天赵书记给中心全体职工讲了廉政党课", "!党课 11-30 赵敏> @残疾人康复中心"],
  ["何平", "今天上午给中心全体职工上了廉政党课，会后跟孙杰谈了谈心", "!党课 11-30 > @残疾人康复中心 | 谈心 11-30 >孙杰"],
  // F2: a companion with a unit before a misheard name; one misheard said away.
  ["刘芳", "昨天下午跟组联部周滔谈心谈话了 康复部吴晶也一起 徐慧不在", "谈心 11-29 > ?unknown_counterpart"],
  ["刘芳", "昨天下午跟组联部周涛谈心谈话了 康复部吴晶也一起 徐慧不在", "!谈心 11-29 >周涛 @组联部"], // was: 「康复部」 matched nothing, 吴晶 and 徐慧 dropped
  ["刘芳", "昨天下午跟组联部周涛谈心谈话了 康复部吴晶也一起", "!谈心 11-29 >周涛 @组联部"],
  ["刘芳", "昨天下午跟周涛谈心谈话了 吴晶也一起", "!谈心 11-29 >周涛"],
  ["刘芳", "昨天下午跟周涛谈心谈话了 徐慧不在", "!谈心 11-29 >周涛"], // was: 徐慧 dropped, stored at once
  ["刘芳", "昨天下午跟周涛谈心谈话了，徐慧出差了", "!谈心 11-29 >周涛"],
  ["刘芳", "昨天下午跟组联部周涛谈心谈话了 康复部吴静也一起", "!谈心 11-29 >周涛 @组联部"],
  ["刘芳", "昨天下午跟周涛谈心谈话了 徐辉不在", "!谈心 11-29 >周涛"],
  ["刘芳", "昨天下午跟周涛谈心谈话了 财务科吴晶也一起", "!谈心 11-29 >周涛"],
  // F3: a check under a counted 廉政教育 heading keeps its own kind; the count note is true.
  ["胡军", "本月办公室共开展党风廉政教育活动4次，其中：11月2日组织全体人员学习《中国共产党纪律处分条例》；11月23日陪同王建国副理事长到财务科开展廉政风险点检查；11月24日李明主任与王芳、胡军分别进行了谈心谈话。", "!廉教 11-02 李明> 《中国共产党纪律处分条例》 | ? 11-23 王建国> @财务科 +胡军 ?missing_type | 谈心 11-24 李明>王芳 | 谈心 11-24 李明>胡军"], // was 廉教 11-23 王建国>
  ["胡军", "本月办公室共开展党风廉政教育活动4次，其中：11月2日组织全体人员学习《中国共产党纪律处分条例》；11月23日陪同王建国副理事长到财务科开展作风纪律检查；11月24日李明主任与王芳、胡军分别进行了谈心谈话。", "!廉教 11-02 李明> 《中国共产党纪律处分条例》 | 作风 11-23 王建国> @财务科 +胡军 | 谈心 11-24 李明>王芳 | 谈心 11-24 李明>胡军"],
  ["胡军", "本月办公室共开展党风廉政教育活动2次，其中：11月2日组织全体人员学习《中国共产党纪律处分条例》；11月23日陪同王建国副理事长到财务科开展廉政风险点检查。", "!廉教 11-02 李明> 《中国共产党纪律处分条例》 | ? 11-23 王建国> @财务科 +胡军 ?missing_type"],
  ["胡军", "本月办公室共开展党风廉政教育活动3次，其中：11月2日组织全体人员学习《中国共产党纪律处分条例》；11月16日观看警示教育片《围猎》；11月24日组织学习《廉洁自律准则》。", "!廉教 11-02 李明> 《中国共产党纪律处分条例》 | 警示 11-16 李明> 《围猎》 | 廉教 11-24 李明> 《廉洁自律准则》"],
  ["胡军", "11月23日陪同王建国副理事长到财务科开展廉政风险点检查", "? 11-23 王建国> @财务科 +胡军 ?missing_type"],
  // B-F4: 组织部门同志 before a talk offers the department's people (asked 和谁).
  ["冯雪", "组织部门同志谈了一次心", "谈心 ? > ?missing_date,missing_counterpart"],
  ["冯雪", "上周三组织部门同志谈了谈心", "谈心 11-25 > ?missing_counterpart"],
  ["冯雪", "上周三跟部门同志谈了一次心", "谈心 11-25 > ?missing_counterpart"],
  ["冯雪", "今天组织部门同志学习了《廉洁自律准则》", "廉教 11-30 > 《廉洁自律准则》 @维权部"],
  ["冯雪", "上周三跟赵磊谈心 陈副理事长也在", "!谈心 11-25 >赵磊"],
  // B-F1's report and variants: a signing said beside the talk is with the same person.
  ["郑华", "跟陈静谈过话了", "? ? >陈静 ?missing_type,missing_date"],
  ["郑华", "上周五跟陈静谈心谈话 还签了承诺书", "!谈心 11-27 >陈静 | 签责 11-27 >陈静"],
  ["郑华", "上周五下午和陈静谈心谈话，并签订了廉政承诺书", "!谈心 11-27 >陈静 | 签责 11-27 >陈静"],
];
