// Kinds found by round 36's testers t36b and t36c in the dialogs a member trips over (issue 10; fixed by helper fjf).
// Read on Mon 2026-11-30 10:00 +08:00. The readings are guarded here; what the dialog then does is in
// test/e2e/dialogsThirtySevenF.test.ts, the offered names in nearNames.test.ts, the head counts in unaccountedCount.test.ts.
// 1. A name one character or one sound off a directory person (李名主任 for 李明) is still asked 「通讯录里找不到」, now with
//    the near person offered as 「是不是李明？」; nothing is recorded on the guess, and a name the directory knows stays.
// 2. 「参加人数：5」 a record took as its head count is no longer named as a number matching no record; a bare number no
//    record took still is.
// 3. The first messages of the dialogs: a repeat (可能重复 alone, or the other side's record) and a question on one item of
//    a numbered list, whose 第N条 correction is read as a correction.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_SEVEN_F_ROWS: CorpusRow[] = [
  // 1. Near names, with a title beside them or of the same sound: asked, never recorded as the near person.
  ["王建国", "上周五与李名主任开展了廉政谈话，提醒其严守财经纪律。", "廉谈 11-27 > ?unknown_counterpart"],
  ["王建国", "11月25日和孙莉科长进行了廉政谈话", "廉谈 11-25 > ?unknown_counterpart"],
  ["刘芳", "11月26日与吴晶部长开展廉政谈话，就康复部项目资金管理提出要求", "廉谈 11-26 > ?unknown_counterpart"],
  ["刘芳", "周三和周滔部长谈心谈话", "谈心 11-25 > ?unknown_counterpart"],
  ["陈志强", "11月20日与郑桦部长进行了廉政谈话", "廉谈 11-20 > ?unknown_counterpart"],
  ["陈志强", "11月24日与冯雪部长、赵蕾同志分别进行了谈心谈话", "谈心 11-24 >冯雪 | 谈心 11-24 > ?unknown_counterpart"],
  ["赵敏", "11月18日与何萍主任开展了廉政谈话", "廉谈 11-18 > ?unknown_counterpart"],
  ["赵敏", "上周四与王垒部长谈话，提醒其做好宣传经费管理", "廉谈 11-26 > ?unknown_counterpart"],
  ["孙丽", "11月27日和王墙进行了谈心谈话", "谈心 11-27 > ?unknown_counterpart"],
  ["周涛", "11月26日与张影进行了谈心谈话，了解思想动态", "谈心 11-26 > ?unknown_counterpart"],
  ["李明", "11月25日与胡君进行了谈心谈话", "谈心 11-25 > ?unknown_counterpart"],
  ["吴静", "上周五与刘阳进行了谈心谈话", "谈心 11-27 > ?unknown_counterpart"],
  ["张伟", "11月24日和赵民书记进行了廉政谈话", "廉谈 11-24 > ?unknown_counterpart"],
  // 1. Near-misses: a name before a title several hold stays asked among them; one far from everyone, or a two-character
  //    name one character off several (王刚: 王强 · 王芳 · 王磊), has none offered; a name the directory knows stays.
  ["张伟", "11月10日与王建过副理事长签订了党风廉政建设责任书", "签责 11-10 > ?ambiguous_counterpart"],
  ["王建国", "11月25日和王刚进行了廉政谈话", "廉谈 11-25 > ?unknown_counterpart"],
  ["王建国", "11月25日和赵丽进行了廉政谈话", "廉谈 11-25 > ?unknown_counterpart"],
  ["王建国", "11月25日和李明主任进行了廉政谈话", "廉谈 11-25 >李明"],
  ["孙丽", "11月27日和王强进行了谈心谈话", "谈心 11-27 >王强"],
  // 2. A labelled head count one record took, beside a record of no count: the count on its record, no number left over.
  ["冯雪", "维权部工作台帐补报：上周五组织部门同志学习违规吃喝典型案例通报；前天与赵磊同志开展廉政谈话；昨天组织开展信访案件办理流程廉洁风险自查，参加人数：5。", "!警示 11-27 > 《违规吃喝典型案例通报》 | 廉谈 11-28 >赵磊 | 自查 11-29 > #5"],
  ["孙丽", "11月12日组织观看警示教育片《贪毁人生》；11月13日开展财务报销自查，参加人数：6", "!警示 11-12 > 《贪毁人生》 | 自查 11-13 > #6"],
  ["何平", "11月20日组织中心职工学习《医疗机构工作人员廉洁从业九项准则》，参加人数：18；11月24日与徐辉开展廉政谈话", "!廉教 11-20 > 《医疗机构工作人员廉洁从业九项准则》 #18 | 廉谈 11-24 >徐辉"],
  ["吴静", "11月18日组织观看警示教育片；11月25日组织全体党员学习廉政知识，应到8人，实到7人", "!警示 11-18 > | 廉教 11-25 > #7"],
  ["郑华", "1. 11月10日 部门集中学习廉政知识 参加人数：5\n2. 11月17日 开展廉洁风险自查\n3. 11月24日 与陈静谈心谈话", "!廉教 11-10 > #5 | 自查 11-17 > | 谈心 11-24 >陈静"],
  ["王磊", "11月19日组织宣文部观看警示教育片《围猎》；11月26日部门自查，参加人数：4人", "!警示 11-19 > 《围猎》 | 自查 11-26 > #4"],
  ["冯雪", "11月26日维权部开展廉政教育，参加人数：5；11月27日组织观看警示片", "!廉教 11-26 > #5 | 警示 11-27 >"],
  ["李明", "11月20日组织办公室学习廉政知识 参加人数：5；11月25日办公室自查", "!廉教 11-20 > #5 | 自查 11-25 >"],
  ["孙丽", "11月12日组织科室观看警示片；11月13日开展自查，参加人数：3；11月20日报送信息2篇", "!警示 11-12 > | 自查 11-13 > #3 | 信息 11-20 > | 信息 11-20 >"],
  ["何平", "11月16日中心组织观看警示教育片《一念之差》；11月23日中心开展医德医风自查，参加人数：12", "!警示 11-16 > 《一念之差》 | 自查 11-23 > #12"],
  ["吴静", "11月11日组织部门观看警示片，11月18日组织学习《中国共产党纪律处分条例》，参加人数：8", "!警示 11-11 > | 廉教 11-18 > 《中国共产党纪律处分条例》 #8"],
  ["郑华", "11月3日组织学习违纪典型案例；11月10日部门集中学习廉政知识，参加人数 6", "!警示 11-03 > | 廉教 11-10 > #6"],
  ["孙丽", "11月13日开展财务报销自查，参加人数：6", "自查 11-13 > #6"],
  ["冯雪", "昨天组织开展信访案件办理流程廉洁风险自查，参加人数：5。", "自查 11-29 > #5"],
  // 2. Near-misses: a bare number no record took is still named, on a card (the 20 of a film with no count; the second 6
  //    of two rows when one record took none).
  ["孙丽", "11月12日组织观看警示教育片《贪毁人生》 20；11月13日开展财务报销自查，参加人数：6", "!警示 11-12 > 《贪毁人生》 | 自查 11-13 > #6"],
  ["周涛", "2026/11/12 警示教育 《贪欲之祸》 6\n2026/11/19 廉政教育 6", "!警示 11-12 > 《贪欲之祸》 | 廉教 11-19 >"],
  // 3. The first messages of the dialogs: a repeat of one's own or of the other side's record, a meeting a clerk relays,
  //    and a numbered list whose second item is asked whom.
  ["周涛", "前天与张颖进行了谈心谈话", "谈心 11-28 >张颖"],
  ["刘洋", "吴部长前天找我进行了廉政谈话", "!廉谈 11-28 吴静>刘洋"],
  ["李明", "11月27日王建国副理事长主持召开分管科室会议，办公室、财务科参加，共7人", "!分管会 11-27 王建国> #7"],
  ["王建国", "1. 11月20日和李明主任进行了廉政谈话\n2. 11月23日和孙丽进行了廉政谈话", "!廉谈 11-20 >李明 | 廉谈 11-23 >孙丽"],
  ["赵敏", "1. 10月9日与王磊进行廉政谈话\n2. 10月10日何平进行了廉政谈话\n3. 11月20日与杨帆谈心谈话", "廉谈 10-09 >王磊 | 廉谈 10-10 何平> ?missing_counterpart | 谈心 11-20 >杨帆"],
  ["赵敏", "1. 10月9日与王磊进行廉政谈话\n2. 10月10日进行了廉政谈话\n3. 11月20日与杨帆谈心谈话", "廉谈 10-09 >王磊 | 廉谈 10-10 > ?missing_counterpart | 谈心 11-20 >杨帆"],
];
