// Round 44, fixer F (testers t46a/t46b on 4c9244cf; issue 10): answers and corrections the dialog misread. The fixes are in
// the dialog (test/e2e/dialogFortyFourF.test.ts drives each over HTTP); these rows pin how the messages themselves read, so a
// later reader change cannot move them under the dialog's feet. Read on Mon 2026-11-30 10:00 +08:00.
//  t46b F4  「11月20日自查的，11月25日报送的」 to the 自查's 是哪一天 was read as a new report and the four waiting records were
//           abandoned: the lists that ask a day, and the answers read alone (still reports when sent with nothing waiting).
//  t46a F6  「刚才那条补充一下，谈话时间是前天不是昨天」 was 「没有…找到「昨天」「前天」」: read alone it is no report (the
//           correction reader takes it first); a report that restates its day or kind with 不是 stays a report.
//  t46b F5  「1-3条活动人改成李明」 on a card was 「这条消息没有记录」: no report read alone.
//  t46a F1  a 分管科室会议 whose leader is asked: the department is dropped at first (the reporter 分管s none) and placed again
//           once the leader is answered (the dialog's meetingPlacedForDoer); the doer asked, never guessed.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_FOUR_F_ROWS: CorpusRow[] = [
  // 1. t46b F4: the lists whose one item asks its day (the others wait, complete) …
  ["孙丽", "财务科11月党风廉政建设工作：\n一是11月5日组织科室人员学习违规吃喝问题典型案例通报；\n二是11月18日我与王强、李娟分别进行了谈心谈话；\n三是开展了专项资金自查，形成自查报告报送机关纪委。", "警示 11-05 > 《违规吃喝问题典型案例通报》 @财务科 | 谈心 11-18 >王强 @财务科 | 谈心 11-18 >李娟 @财务科 | 自查 ? > @财务科 ?missing_date"],
  ["孙丽", "财务科11月工作：\n一是组织科室人员学习违规吃喝问题典型案例通报；\n二是11月18日我与王强进行了谈心谈话。", "警示 ? > 《违规吃喝问题典型案例通报》 @财务科 ?missing_date | 谈心 11-18 >王强 @财务科"],
  ["吴静", "康复部近期工作：\n1.与刘洋进行了谈心谈话；\n2.11月20日组织部门学习《中国共产党纪律处分条例》，参加5人。", "谈心 ? >刘洋 @康复部 ?missing_date | 廉教 11-20 > 《中国共产党纪律处分条例》 #5 @康复部"],
  //    … and the answers, sent with nothing waiting: reports of their own, as before.
  ["孙丽", "11月20日自查的，11月25日报送的", "!自查 11-20 > @财务科"],
  ["孙丽", "自查是20号做的", "自查 11-20 > @财务科"],
  ["孙丽", "11月22日财务科开展了专项资金自查", "!自查 11-22 > @财务科"],
  ["吴静", "11月18号和刘洋谈的心", "谈心 11-18 >刘洋 @康复部"],
  // 2. t46a F6: a field named before 是X不是Y is a correction, no report; a report restating its day or kind stays one.
  ["郑华", "刚才那条补充一下，谈话时间是前天不是昨天", "-"],
  ["郑华", "谈话时间是前天不是昨天", "-"],
  ["郑华", "刚才那条是前天不是昨天", "-"],
  ["郑华", "日期不是昨天，是前天", "-"],
  ["郑华", "昨天和陈静进行了谈心谈话，不是廉政谈话", "谈心 11-29 >陈静 @教育就业部"],
  ["郑华", "前天和陈静进行了谈心谈话，不是昨天", "!谈心 11-28 >陈静 @教育就业部"],
  // 3. t46b F5: a range of a card's items is no report.
  ["王芳", "1-3条活动人改成李明", "-"],
  ["王芳", "第1、2、3条活动人改成李明", "-"],
  ["王芳", "前三条活动人改成李明", "-"],
  ["张伟", "日期都改成12月3日", "-"],
  ["张伟", "昨天下午分别找王建国、刘芳、陈志强、赵敏四位同志进行了廉政谈话，每人约半小时。", "!廉谈 11-29 >王建国 @- | 廉谈 11-29 >刘芳 @- | 廉谈 11-29 >陈志强 @- | 廉谈 11-29 >赵敏 @-"],
  // 4. t46a F1: whose 分管科室会议 asked (the department placed once answered); near-misses: the leader named by surname
  //    and a title only one person fits is read at once, at the department.
  ["周涛", "今天上午组联部开了分管科室会议，刘理事长参加并提了廉政要求，部门4个人都参加了", "分管会 11-30 > #4 @- ?missing_actor"],
  ["周涛", "今天上午组联部和宣文部开了分管科室会议，刘理事长参加，8人参加", "分管会 11-30 > #8 @- ?missing_actor"],
  ["郑华", "上周五教就部开了分管科室廉政会议，理事长参加了，部门3人参加", "分管会 11-27 > #3 @- ?missing_actor"],
  ["吴静", "昨天康复部召开分管科室党风廉政建设会议，刘理事长出席，全部门5人参加", "!分管会 11-29 刘芳> #5 @康复部"],
  ["冯雪", "11月20日维权部开了分管科室会议，陈理事长讲话，4人参加", "!分管会 11-20 陈志强> #4 @维权部"],
];
