// Round 35a's F2 and F3 (tester t35a; fixed by helper ee2, issue 10). Read on Mon 2026-11-30 10:00 +08:00 (the tester's
// days restated before it). Kinds: a department doing a deed together with no 组织/开展 (部门集中学习廉政知识 · 部里开会学习… ·
// 中心集中学习…) from one of its members was the member's own, at once, under a 台账 heading too (F2); a department standing as
// the subject of a check (办公室对财务科考勤进行了检查 · 办公室到财务科检查… · 科里对…进行了检查) was the sender's own check at
// once, the checking department itself taken as a place checked (F3). Rows may assert the department (` @部门`).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FIVE_F_ROWS: CorpusRow[] = [
  // F2. A department's deed done together (集中/开会 before the type's words) is its head's, on the card.
  ["赵磊", "11月13日部门集中学习廉政知识，参加4人", "!廉教 11-13 冯雪> #4 @维权部"],
  ["李娟", "11月19日科室集中学习廉政知识，全科5人参加", "!廉教 11-19 孙丽> #5 @财务科"],
  ["刘洋", "11月17日部里开会学习了廉政知识", "!廉教 11-17 吴静> @康复部"],
  ["杨帆", "11月12日宣文部集中学习党纪知识", "!廉教 11-12 王磊> @宣文部"],
  ["孙杰", "11月26日中心集中学习廉政法规，18人参加", "!廉教 11-26 何平> #18 @残疾人康复中心"],
  ["张颖", "11月18日全部门集中学习廉政知识", "!廉教 11-18 周涛>"],
  // Under the clerk's 台账 heading the line is the head's as well, beside the head's talk with the clerk and the paper.
  ["赵磊", "维权部11月份党风廉政工作台账\n11月13日 部门集中学习廉政知识，参加4人", "!廉教 11-13 冯雪> #4"],
  ["赵磊", "维权部11月工作台账：\n11月6日 冯部长与我谈心谈话\n11月13日 部门集中学习廉政知识，参加4人\n11月20日 报送廉政信息1篇", "!谈心 11-06 冯雪>赵磊 | 廉教 11-13 冯雪> #4 | 信息 11-20 冯雪>"],
  // Near-misses: the head's own (at once), the clerk who attended (the head's, as 参加了部门… already was), 组织 said.
  ["冯雪", "11月13日部门集中学习廉政知识，参加4人", "廉教 11-13 > #4 @维权部"],
  ["孙丽", "11月19日科室集中学习廉政知识", "廉教 11-19 > @财务科"],
  ["赵磊", "11月13日我参加了部门集中学习廉政知识", "!廉教 11-13 冯雪>"],
  // Its type not said, attending the department's study is still the head's (asked the type); the head's own stays hers.
  ["赵磊", "11月13日我参加了部门集中学习", "!? 11-13 冯雪> ?missing_type"],
  ["冯雪", "11月13日参加了部门集中学习", "? 11-13 > ?missing_type"],
  ["赵磊", "11月13日部门组织学习廉政知识", "!廉教 11-13 冯雪>"],
  ["赵磊", "11月13日部门集中学习了《廉洁自律准则》", "!廉教 11-13 冯雪> 《廉洁自律准则》"],
  // F3. A department as the subject of a check made it: its head's, on the card; it is no place checked.
  ["胡军", "11月27日，办公室对财务科考勤进行了检查", "!作风 11-27 李明> @财务科"],
  ["胡军", "11月27日，办公室对各部室考勤和值班情况进行了检查，发现1人迟到", "!作风 11-27 李明> @财务科、组联部、康复部、教育就业部、宣文部、维权部、残疾人康复中心"],
  ["李明", "11月27日办公室对各部室考勤进行了检查", "!作风 11-27 > @财务科、组联部、康复部、教育就业部、宣文部、维权部、残疾人康复中心"],
  ["王芳", "11月24日办公室到财务科检查了公务用车使用情况", "!作风 11-24 李明> @财务科"],
  ["李娟", "11月26日财务科对康复中心专项资金使用情况进行了检查", "!资金 11-26 孙丽> @残疾人康复中心"],
  ["李娟", "11月26日科里对康复中心专项资金使用情况进行了检查", "!资金 11-26 孙丽> @残疾人康复中心"],
  // Near-misses: the head's own check (at once), a department after 对 or first before the check's words is the place, a
  // named doer, a body (机关纪委 asked whose; 纪检组 from its own officer), a companion department (会同/和).
  ["李明", "11月27日，办公室对财务科考勤进行了检查", "作风 11-27 > @财务科"],
  ["胡军", "11月27日对财务科考勤进行了检查", "作风 11-27 > @财务科"],
  ["胡军", "11月27日，财务科考勤检查", "作风 11-27 > @财务科"],
  ["胡军", "11月27日，对办公室和财务科的考勤进行了检查", "作风 11-27 > @办公室、财务科"],
  ["胡军", "11月27日，李明主任对财务科考勤进行了检查", "!作风 11-27 李明> @财务科"],
  ["胡军", "11月27日，机关纪委对财务科考勤进行了检查", "作风 11-27 > @财务科 ?missing_actor"],
  ["林晓", "11月27日纪检组对办公室考勤进行了检查", "作风 11-27 > @办公室"],
  ["林晓", "11月24日和办公室对财务科考勤进行了检查", "作风 11-24 > @财务科"],
];
