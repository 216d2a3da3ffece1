// Round 50, fixer C (fxc), t52a F5, F6, F7: corrections typed on a card or after recording are never read as a new message.
// The dialog's half (a 专题会议 card's 「议题改成…明年…」 read as a plan; 「刚才那条人数改成7人 陈志强副理事长也来了」 没看懂; the
// stale 「谈话人为何平」 note) is in test/e2e/correctionTailsFiftyC.test.ts. Here the parser's half:
// - 「…签订了党风廉政建设责任书 冯雪也来了」 · 「…谈心谈话，孙丽也到了」 (the remark of F6 told inside a report) were a second
//   signing with 冯雪 recorded at once, or 孙丽 made the talk's doer: who came (也来了 · 后来也到了 · 中途也来了 · 也过来了 ·
//   也到场了) is one who was there, as 也在场 already was; the talk or signing stays with its one counterpart, the note says why.
// - 「第2条谈话人是我 不是何平」 with no card waiting was a new talk of 何平's (type and day asked); a record's field said right
//   or owned wrong (第N条/刚才那条 + field · 日期错了 · 对象是X，不是Y) is a correction, never a report.
// - Near-misses kept: reports with an apology or reason beside them (不好意思…忘了报了 · 因为…), 又和王强谈了一次 (a new talk),
//   a meeting whose agenda holds 明年, and a report opening 「日期是11月25日，…」.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_C_ROWS: CorpusRow[] = [
  // Who came, told after a talk or signing (was: a second counterpart, or the talk's doer).
  ["陈志强", "上周三和郑华签订了党风廉政建设责任书 冯雪也来了", "签责 11-25 >郑华 @教育就业部"],
  ["陈志强", "上周三和郑华签订了党风廉政建设责任书，冯雪也来了", "签责 11-25 >郑华 @教育就业部"],
  ["王建国", "上周三和李明谈心谈话，孙丽也到了", "谈心 11-25 >李明 @办公室"],
  ["王建国", "上周三和李明谈心谈话 孙丽后来也到了", "谈心 11-25 >李明 @办公室"],
  ["陈志强", "上周三和郑华进行了廉政谈话 冯雪也来了", "廉谈 11-25 >郑华 @教育就业部"],
  ["刘芳", "11月24日和周涛进行廉政谈话 吴静也过来了", "廉谈 11-24 >周涛 @组联部"],
  ["赵敏", "11月20日找杨帆谈心 王磊部长中途也来了", "谈心 11-20 >杨帆 @宣文部"],
  ["王建国", "上周四和孙丽签了责任书，李明也到场了", "签责 11-26 >孙丽 @财务科"],
  ["王建国", "上周三和李明谈心 后来又和孙丽谈了", "谈心 11-25 >李明 @办公室 | 谈心 ? >孙丽 @财务科 ?missing_date"],
  ["陈志强", "上周三和郑华签订了党风廉政建设责任书 冯雪也在场", "签责 11-25 >郑华 @教育就业部"],
  // Reports as the testers wrote them (days moved to ≤ 11-30) and near-misses: apologies, reasons, 又…一次, 明年 in an agenda.
  ["张伟", "11月26日下午主持召开党组会议 专题研究全面从严治党工作 班子成员全部参加 会上对明年党风廉政建设工作作了部署", "!专题 11-26 > @-"],
  ["郑华", "教就部上周五下午组织全体党员观看了警示教育片《围猎》 参加6人 会后大家谈了体会", "警示 11-27 > 《围猎》 #6 @教育就业部"],
  ["孙丽", "今天又和王强谈了一次心", "谈心 11-30 >王强 @财务科"],
  ["孙丽", "今天上午又和王强进行了一次廉政谈话 他上次说的问题已经整改了", "廉谈 11-30 >王强 @财务科"],
  ["张伟", "11月27日主持召开专题会议 研究部署明年党风廉政建设工作 参加9人", "专题 11-27 > #9 @-"],
  ["何平", "上周五中心召开专题会议 议题是部署明年医疗器械采购廉政风险防控 参会8人", "专题 11-27 > #8 @残疾人康复中心"],
  ["刘芳", "上周三组联部开了分管科室会议 议题是研究明年廉政风险防控 我参加了 5人", "分管会 11-25 > #5 @组联部"],
  ["孙丽", "不好意思 昨天和李娟谈心谈话忘了报了", "谈心 11-29 >李娟 @财务科"],
  ["吴静", "昨天和刘洋谈了心 之前漏报了 不好意思", "谈心 11-29 >刘洋 @康复部"],
  ["王建国", "上周二和李明谈心谈话 因为他最近工作压力大", "谈心 11-24 >李明 @办公室"],
  ["王建国", "上周四和孙丽谈心谈话 不好意思晚报了", "谈心 11-26 >孙丽 @财务科"],
  ["黄志刚", "11月25日对财务科开展作风纪律检查 王强也在场 未发现问题", "作风 11-25 > @财务科"],
  // Corrections sent with nothing waiting: never a report (第2条谈话人是我 不是何平 was a new talk of 何平's).
  ["周涛", "人数改成7人", "-"],
  ["周涛", "议题改成研究明年工作", "-"],
  ["冯雪", "刚才那条人数改成7人 陈志强副理事长也来了", "-"],
  ["郑华", "第2条谈话人是我 不是何平", "-"],
  ["孙丽", "不是王强 是王磊", "-"],
  ["徐辉", "谈话人是我，不是何平", "-"],
  ["孙丽", "刚才那条对象是李娟", "-"],
  ["孙丽", "日期错了 是25号", "-"],
  ["孙丽", "对象错了 应该是李娟", "-"],
  ["孙丽", "第1条日期是11月24日", "-"],
  // Near-misses: a report may open with a field said (日期是… · 对象是…).
  ["王建国", "日期是11月25日，和李明进行了谈心谈话", "谈心 11-25 >李明 @办公室"],
  ["王建国", "对象是李明，11月25日谈心谈话", "谈心 11-25 >李明 @办公室"],
];
