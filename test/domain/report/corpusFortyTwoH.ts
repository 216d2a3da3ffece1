// Round 42, fixer foh (found by tester t42c on 40345c53; issue 10). Read on Mon 2026-11-30 10:00 +08:00, as every row.
// 1. Departments written as the subject before as many days and 分别/先后 (分管的教就部和维权部11月10日、17日分别召开了
//    党风廉政建设工作会议，我都参加并讲了话, t42c F14) went in at once as two meetings each at both departments: the days
//    and departments pair in order (11-10 教育就业部, 11-17 维权部), on a card, as 「D1、D2分别参加了甲、乙的…会议」 already
//    was; days and departments of different counts ask each day.
// 2. 听取了黄志刚同志关于机关纪委11月份监督检查工作的汇报 (t42c F20) was asked as a check held that day: a check inside a
//    report heard is the reporter's work, no check of the listener's (round 41's checkReported, extended to 听取…汇报).
// 3. 国庆节前给分管的宣文部和中心发了节前廉洁提醒 (t42c F19) became a 廉政教育 on the next clause's day: a reminder sent to
//    named departments or people is no record, as one sent to 全体职工 (round 29), named on the receipt.
// 4. …另外督促财务科完成了自查 (t42c F8) was the urging leader's 自查: a paper urged to completion is the urged one's, named
//    as not recorded; the rest of the line is read.
// 5. 11月27日到宣文部给全体党员讲了廉政党课《…》，王磊部长主持 (t42c F3) made the host 王磊 the lecturer: a lecture told with
//    no subject (到X…讲了党课) is the sender's; the one who 主持 is the host, no doer, named on the receipt.
// 6. The relay lead 「张书记交代补一条：」 (t42c F6): the deed relayed is X's, a title written again as its subject
//    (党组书记与班子成员…) X too, so X's group is expanded. (「X说他…」, F16, is left: a 说他 lead broke b29's reading.)
import type { CorpusRow } from './corpusRow.js';

export const FORTY_TWO_H_ROWS: CorpusRow[] = [
  // 1. Departments as the subject, then days, 分别/先后 召开: paired in order, on a card.
  ["陈志强", "分管的教就部和维权部11月10日、17日分别召开了党风廉政建设工作会议，我都参加并讲了话", "!分管会 11-10 > @教育就业部 | 分管会 11-17 > @维权部"],
  ["陈志强", "教就部和维权部11月10日、17日分别召开了党风廉政建设工作会议", "!分管会 11-10 > @教育就业部 | 分管会 11-17 > @维权部"],
  ["王建国", "办公室和财务科11月10日、17日分别召开了党风廉政建设工作会议，我都参加了", "!分管会 11-10 > @办公室 | 分管会 11-17 > @财务科"],
  ["王建国", "分管的办公室、财务科分别于11月10日、11月17日召开了党风廉政建设工作会议，本人到会讲话", "!分管会 11-10 > @办公室 | 分管会 11-17 > @财务科"],
  ["刘芳", "我分管的组联部与康复部11月3日、11月12日先后召开了党风廉政建设会议，我均参加并讲话", "!分管会 11-03 > @组联部 | 分管会 11-12 > @康复部"],
  ["赵敏", "宣文部和康复中心11月4日和11月18日分别召开了分管科室党风廉政建设工作会议", "!分管会 11-04 > @宣文部 | 分管会 11-18 > @残疾人康复中心"],
  ["陈志强", "教就部、维权部于11月10日、17日先后组织召开了党风廉政建设专题会议，我到会讲话", "!分管会 11-10 > @教育就业部 | 分管会 11-17 > @维权部"],
  ["王建国", "办公室和财务科上周一、周三分别召开了党风廉政建设工作会议，我都参加了", "!分管会 11-23 > @办公室 | 分管会 11-25 > @财务科"],
  // 1. Counts that differ, or months only: each meeting's day asked, never a meeting at both departments.
  ["陈志强", "分管的教就部和维权部11月10日、17日、24日分别召开了党风廉政建设工作会议，我都参加并讲了话", "分管会 ? > @教育就业部 ?missing_date | 分管会 ? > @维权部 ?missing_date"],
  ["刘芳", "组联部和康复部10月、11月分别召开了党风廉政建设工作会议，我都参加了", "分管会 ? > @组联部 ?missing_date | 分管会 ? > @康复部 ?missing_date"],
  // 1. Near-misses that keep their reading: days first then departments (round 37), one department, a check, one day.
  ["陈志强", "11月10日、17日分别参加了教就部、维权部的党风廉政建设工作会议并讲了话", "!分管会 11-10 > @教育就业部 | 分管会 11-17 > @维权部"],
  ["陈志强", "11月10日、17日分别主持召开了教就部、维权部党风廉政建设工作会议", "!分管会 11-10 > @教育就业部 | 分管会 11-17 > @维权部"],
  ["陈志强", "分管的教就部11月10日召开了党风廉政建设工作会议，我参加并讲了话", "分管会 11-10 > @教育就业部"],
  ["王建国", "办公室、财务科11月10日分别召开了党风廉政建设工作会议", "? 11-10 李明> @办公室 ?missing_type | ? 11-10 孙丽> @财务科 ?missing_type"],
  ["黄志刚", "11月10日、17日分别对财务科、办公室开展了专项检查", "? 11-10 > @财务科 ?missing_type | ? 11-17 > @办公室 ?missing_type"],
  // 2. A check inside a report heard (听取…关于…检查工作的汇报): no check of the listener's.
  ["张伟", "11月27日听取了黄志刚同志关于机关纪委11月份监督检查工作的汇报，提了三点要求", "-"],
  ["张伟", "11月27日听取了黄志刚关于作风纪律检查情况的汇报", "-"],
  ["张伟", "11月26日听取机关纪委专项资金检查情况汇报", "-"],
  ["王建国", "11月25日听了林晓关于财务科专项资金检查工作的汇报，要求抓好整改", "-"],
  // 2. Near-misses: a talk beside the report heard, a check held and reported on, a check held after hearing.
  ["张伟", "11月27日听取了黄志刚同志关于机关纪委11月份监督检查工作的汇报，并与他进行了廉政谈话", "!廉谈 11-27 >黄志刚"],
  ["黄志刚", "11月25日带队对财务科开展专项检查，并将检查情况向党组作了汇报", "? 11-25 > @财务科 ?missing_type"],
  ["张伟", "听取汇报后，11月26日带队对财务科开展了专项资金检查", "资金 11-26 > @财务科"],
  ["王建国", "11月25日听取了孙丽关于财务科自查情况的汇报", "-"],
  // 3. A reminder sent to named departments: no record, the talks beside it kept.
  ["赵敏", "国庆节前给分管的宣文部和中心发了节前廉洁提醒，并于9月28日分别与王磊、何平进行了提醒谈话", "廉谈 09-28 >王磊 | 廉谈 09-28 >何平"],
  ["王建国", "中秋节前给办公室、财务科发了廉洁提醒短信，9月20日和孙丽进行了提醒谈话", "廉谈 09-20 >孙丽"],
  ["刘芳", "元旦前向组联部和康复部发送了节前廉政提醒", "-"],
  ["陈志强", "春节前给教就部、维权部都发了节前廉洁提醒，11月20日还组织分管科室学习了《廉洁自律准则》", "廉教 11-20 > 《廉洁自律准则》"],
  // 3. Near-misses: a 提醒谈话, an education held, a reminder sent to all beside a study.
  ["赵敏", "9月28日与王磊进行了节前廉政提醒谈话", "廉谈 09-28 >王磊"],
  ["陈志强", "9月28日给维权部全体同志开展了节前廉洁提醒教育", "!廉教 09-28 > @维权部"],
  // 4. A self-check urged on a department: not the urging leader's.
  ["王建国", "11月25日到财务科检查了专项资金使用情况，另外督促财务科完成了自查", "!资金 11-25 > @财务科"],
  ["王建国", "11月25日督促财务科完成了廉政风险点自查", "-"],
  ["刘芳", "11月20日与周涛进行了廉政谈话，同时督促康复部完成了自查自纠", "!廉谈 11-20 >周涛"],
  ["王建国", "11月25日到财务科检查了专项资金使用情况，并要求财务科做好自查", "!资金 11-25 > @财务科"],
  // 4. Near-misses: the head's own 自查, an education guided, others urged to hand in papers.
  ["孙丽", "11月25日完成了财务科廉政风险点自查", "自查 11-25 > @财务科"],
  ["王建国", "11月25日指导财务科开展了警示教育", "警示 11-25 > @财务科"],
  ["黄志刚", "11月20日督促各部室报送述责述廉材料", "-"],
  // 5. A subjectless lecture with a host who 主持: the sender's lecture.
  ["赵敏", "11月27日到宣文部给全体党员讲了廉政党课《守住底线》，王磊部长主持，参加15人，会后和杨帆谈了心", "!党课 11-27 > 《守住底线》 #15 @宣文部 | 谈心 11-27 >杨帆"],
  ["赵敏", "11月27日到宣文部给全体党员讲了廉政党课《守住底线》，王磊部长主持，参加15人", "党课 11-27 > 《守住底线》 #15 @宣文部"],
  ["赵敏", "11月27日到宣文部讲了廉政党课《守住底线》，王磊主持", "党课 11-27 > 《守住底线》 @宣文部"],
  ["陈志强", "11月20日为维权部全体党员上了廉政党课，冯雪主持", "党课 11-20 > @维权部"],
  ["刘芳", "11月18日应邀到康复中心为全体职工讲授了廉政党课，何平主持，参加20人", "党课 11-18 > #20 @残疾人康复中心"],
  ["王建国", "11月20日到财务科给科室同志上了一堂廉政党课，孙丽科长主持", "党课 11-20 > @财务科"],
  // 5. Near-misses: the lecturer named, the host who also lectured.
  ["何平", "11月18日刘芳到康复中心讲授了廉政党课，何平主持，参加20人", "!党课 11-18 刘芳> #20 @残疾人康复中心"],
  ["赵敏", "11月27日宣文部开展廉政党课，王磊部长主持并讲授", "!党课 11-27 王磊> @宣文部"],
  ["王磊", "11月27日宣文部组织全体党员听廉政党课，赵敏讲授，王磊主持", "!党课 11-27 赵敏> @宣文部"],
  // 6. 交代补一条: the deed X's, X's group expanded.
  ["王芳", "张书记交代补一条：年初1月6号党组书记与班子成员逐一签订了党风廉政建设责任书", "!签责 01-06 张伟>王建国 | 签责 01-06 张伟>刘芳 | 签责 01-06 张伟>陈志强 | 签责 01-06 张伟>赵敏"],
  ["王芳", "张书记交代补一条：1月6号张书记与班子成员逐一签订了党风廉政建设责任书", "!签责 01-06 张伟>王建国 | 签责 01-06 张伟>刘芳 | 签责 01-06 张伟>陈志强 | 签责 01-06 张伟>赵敏"],
  ["王芳", "王理事长交代补一条：11月20日王理事长与孙丽进行了廉政谈话", "!廉谈 11-20 王建国>孙丽"],
  // 6. Near-miss: the round-29 lead.
  ["王芳", "书记交代：11月18日和王建国签了责任书", "!签责 11-18 张伟>王建国"],
];
