// Round 47, fsd: later deeds told with 又, listeners and organisers — whose deed and which type.
// t49a F4: 「今天上午和办公室李明谈心谈话，下午又找财务科王强谈了一次」 asked the type of the 王强 talk though 又…谈了一次 says one
// more of the same: 找 (and a department before the name, a title after it), 同样/接着 after the day, and 谈了一次/一下/谈/一次话
// after the bare verb were not read as the bare done clause that takes the noun of the talk before; now the same type, on
// the card. With its own type named (又…进行了廉政谈话 · 又…谈心) its own type wins, as before. And a talk told with 又 after a
// deed of another kind (上周一去康复部调研，周三又找吴静谈了一次) was written out as a second 调研 with 吴静 lost: a talk verb
// echoes only a talk; the talk is asked its type with 吴静 kept.
// 刘芳「周三到组联部参加了他们的专题会议，周五又去听了他们的党课」: the 党课 was recorded as 刘芳's own (the listener its lecturer).
// 他们的 in a later clause is the department visited before it; 听/聆听 a department's 党课 is sitting in on it (its head's, on the
// card, as 参加了X的党课 already was); a 党课 only heard with no one named is asked who gave it (it was the listener's on the card,
// two round-30 rows changed). A leader's attendance is no record of its own: duties.md has no duty for attending a 党课, and
// the 党课 counts for its lecturer. 「听取了组联部党风廉政建设工作汇报」: hearing a unit's report is no catalogue deed by itself
// (round 44 fqe decided so for 到…调研，听取了…汇报, and a guessed 分管科室会议 broke its rows and 督导/党委会 posts); the 分管科室会议
// is recorded when the meeting is said, the head's report when the head tells it (向党组报告, round 46 frc); the reply now names
// the 听取汇报 as what was not recorded (outsideCatalogue), where it said only 「做的事」.
// 徐辉「昨天中心警示教育我组织的，看了《围猎》，15个人参加」 (frg #45): on the card as 何平's (the head's); the sender says they
// organised it (我组织的 · 是我组织的 · 由我牵头 · 我负责组织的 · 由本人组织), so it is theirs, and a bare 中心 before the kind is
// the sender's own 中心 (it had no department). 我也参加了 · 我去了 · 我们组织的 stay the head's.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_SEVEN_D_ROWS: CorpusRow[] = [
  // t49a F4 and its kind: 又/同样/接着 + 找/跟/和/与 + (department) person (title) + 谈了(一次/一下/谈/一次话).
  ["王建国", "今天上午和办公室李明谈心谈话，下午又找财务科王强谈了一次", "!谈心 11-30 >李明 @办公室 | 谈心 11-30 >王强 @财务科"],
  ["王建国", "上周一和李明谈心谈话，周三又找王强谈了一次", "!谈心 11-23 >李明 @办公室 | 谈心 11-25 >王强 @财务科"],
  ["刘芳", "11月24日与组联部周涛部长进行了谈心谈话，11月26日又跟康复部吴静谈了", "!谈心 11-24 >周涛 @组联部 | 谈心 11-26 >吴静 @康复部"],
  ["陈志强", "上周二和郑华谈心，周四同样和冯雪也谈了", "!谈心 11-24 >郑华 @教育就业部 | 谈心 11-26 >冯雪 @维权部"],
  ["赵敏", "11月20日上午与何平主任廉政谈话，下午接着又与王磊部长谈了一次话", "!廉谈 11-20 >何平 @残疾人康复中心 | 廉谈 11-20 >王磊 @宣文部"],
  ["张伟", "上周五与王建国进行了廉政谈话，随后又找刘芳副理事长谈了谈", "!廉谈 11-27 >王建国 @- | 廉谈 11-27 >刘芳 @-"],
  ["何平", "今天上午和徐辉副主任谈心谈话，下午又找孙杰谈了一下", "!谈心 11-30 >徐辉 @残疾人康复中心 | 谈心 11-30 >孙杰 @残疾人康复中心"],
  ["孙丽", "上周四和李娟谈心谈话，周五又找王强副科长谈了一次", "!谈心 11-26 >李娟 @财务科 | 谈心 11-27 >王强 @财务科"],
  ["周涛", "11月23日和张颖进行谈心谈话，11月25日接着又和她谈了一次", "!谈心 11-23 >张颖 @组联部 | 谈心 11-25 >张颖 @组联部"],
  ["李明", "上午同王芳谈心，下午又找胡军谈了一次。", "!谈心 11-30 >王芳 @办公室 | 谈心 11-30 >胡军 @办公室"],
  ["王建国", "今天上午和李明谈心谈话，下午又找了王强谈了一次", "!谈心 11-30 >李明 @办公室 | 谈心 11-30 >王强 @财务科"],
  // Near-miss: 又约X谈了一次 was already read at once by another reader, and stays so.
  ["王建国", "今天上午和李明谈心谈话，下午又约王强谈了一次", "谈心 11-30 >李明 @办公室 | 谈心 11-30 >王强 @财务科"],
  ["王建国", "1.11月16日与孙丽科长进行廉政谈话\n2.11月18日又找李明主任谈了一次", "!廉谈 11-16 >孙丽 @财务科 | 廉谈 11-18 >李明 @办公室"],
  // Near-misses: the later talk names its own type (its own type wins); a talk after a deed of another kind is asked its
  // type, its person kept (it was a second 调研 before, 吴静 lost); another deed again (又开了一次) still that deed.
  ["王建国", "今天上午和办公室李明谈心谈话，下午又和孙丽进行了廉政谈话", "!谈心 11-30 >李明 @办公室 | 廉谈 11-30 >孙丽 @财务科"],
  ["王建国", "今天上午和李明进行了廉政谈话，下午又和孙丽谈心", "!廉谈 11-30 >李明 @办公室 | 谈心 11-30 >孙丽 @财务科"],
  ["刘芳", "上周一去康复部调研，周三又找吴静谈了一次", "调研 11-23 > @康复部 | ? 11-25 >吴静 ?missing_type"],
  ["刘芳", "上周一去康复部调研，周三又和吴静谈了话", "调研 11-23 > @康复部 | ? 11-25 >吴静 ?missing_type"],
  ["刘芳", "11月20日讲了廉政党课，11月24日又找周涛聊了聊", "党课 11-20 > | ? 11-24 >周涛 ?missing_type"],
  ["张伟", "11月3日我主持了专题会议，11月17日又开了一次", "!专题 11-03 > | 专题 11-17 >"],
  // 他们的 党课 after a visit, 听/聆听/旁听 a department's 党课: its head's (or the one named), on the card.
  ["刘芳", "上周三到组联部参加了他们的专题会议，周五又去听了他们的党课", "!分管会 11-25 > @组联部 | 党课 11-27 周涛> @组联部"],
  ["刘芳", "上周三到组联部参加了分管科室会议，周五又去听了他们的廉政党课", "!分管会 11-25 > @组联部 | 党课 11-27 周涛> @组联部"],
  ["赵敏", "上周一到宣文部调研，周三又去旁听了他们的党课", "!党课 11-25 王磊> @宣文部"],
  ["刘芳", "上周五去听了组联部的党课", "!党课 11-27 周涛> @组联部"],
  ["刘芳", "上周五听了组联部的廉政党课", "!党课 11-27 周涛> @组联部"],
  ["陈志强", "11月26日听了维权部的廉政党课", "!党课 11-26 冯雪> @维权部"],
  ["赵敏", "上周四聆听了宣文部的党课", "!党课 11-26 王磊> @宣文部"],
  ["刘芳", "上周五聆听了康复部吴静部长讲授的廉政党课", "!党课 11-27 吴静>"],
  ["刘芳", "上周五到组联部听了他们的党课", "!党课 11-27 周涛> @组联部"],
  ["张伟", "上周五听了廉政党课", "党课 11-27 > ?missing_actor"],
  ["周涛", "上周五听了一堂廉政党课", "党课 11-27 > ?missing_actor"],
  // Near-misses: 参加了X的党课, a clerk's own department's 党课, one's own lecture, 他们 as the subject of a later deed (left).
  ["陈志强", "上周五参加了教就部的廉政党课", "!党课 11-27 郑华> @教育就业部"],
  ["王强", "上周五听了科里的廉政党课", "!党课 11-27 孙丽> @财务科"],
  ["张伟", "上周五为机关全体党员讲了廉政党课", "党课 11-27 >"],
  ["王建国", "昨天参加了廉政教育", "!廉教 11-29 >"],
  // 听取…汇报 alone: no record (the reply names it); a meeting said, the 党组会, a head's own report: recorded as before.
  ["刘芳", "上周五听取了组联部党风廉政建设工作汇报", "-"],
  ["刘芳", "上周五听取了周涛部长关于组联部党风廉政建设工作的汇报", "-"],
  ["王建国", "11月25日听取了财务科落实全面从严治党主体责任情况汇报", "-"],
  ["张伟", "上周五听取了组联部全面从严治党工作汇报", "-"],
  ["刘芳", "上周五听取了组联部工作汇报", "-"],
  ["刘芳", "上周五召开分管科室会议，听取了组联部、康复部党风廉政建设工作汇报", "分管会 11-27 > @组联部、康复部"],
  ["张伟", "今天召开党组会，听取了各部门关于党风廉政建设工作情况的汇报", "专题 11-30 > @-"],
  ["周涛", "上周五向刘芳副理事长汇报了本部门党风廉政建设工作情况", "!报告 11-27 > @组联部"],
  // frg #45's kind: 我组织的 · 是我组织的 · 由我牵头 · 我负责组织的 · 由本人组织 after the deed: the sender's own.
  ["徐辉", "上周五中心警示教育我组织的，看了《围猎》，15个人参加", "警示 11-27 > 《围猎》 #15 @残疾人康复中心"],
  ["徐辉", "上周五中心警示教育是我组织的，看了《围猎》，15个人参加", "警示 11-27 > 《围猎》 #15 @残疾人康复中心"],
  ["徐辉", "11月27日中心开展警示教育，由我牵头，观看了《围猎》，15人参加", "警示 11-27 > 《围猎》 #15 @残疾人康复中心"],
  ["徐辉", "11月27日组织中心全体职工开展廉政教育，是我牵头的", "廉教 11-27 > @残疾人康复中心"],
  ["孙杰", "上周五中心警示教育我组织的，看了《围猎》，15个人参加", "警示 11-27 > 《围猎》 #15 @残疾人康复中心"],
  ["王强", "上周三科室集中学习了《中国共产党纪律处分条例》，由我负责组织，5人参加", "廉教 11-25 > 《中国共产党纪律处分条例》 #5 @财务科"],
  ["胡军", "11月26日办公室廉政教育我负责组织的，学习了《廉洁自律准则》", "廉教 11-26 > 《廉洁自律准则》 @办公室"],
  ["杨帆", "本周一宣文部警示教育是我组织的，观看了警示教育片《蜕变》，8人参加", "警示 11-30 > 《蜕变》 #8 @宣文部"],
  ["张颖", "上周五组联部组织观看警示教育片《围猎》，由我牵头，10人参加", "警示 11-27 > 《围猎》 #10 @组联部"],
  ["陈静", "11月24日部门廉政学习由本人组织，学习了《条例》", "廉教 11-24 > 《条例》 @教育就业部"],
  // Near-misses: 我 only took part (我也参加了 · 我去了 · 我参加了), 我们组织的, the head named as organiser: the head's, on the card.
  ["徐辉", "上周五中心警示教育，我也参加了，看了《围猎》，15个人参加", "!警示 11-27 何平> 《围猎》 #15 @残疾人康复中心"],
  ["孙杰", "上周二中心廉政教育，我也参加了，学习了《准则》", "!廉教 11-24 何平> 《准则》 @残疾人康复中心"],
  ["王强", "上周三科里廉政教育，孙科长组织的，我去了", "!廉教 11-25 孙丽> @财务科"],
  ["刘洋", "11月25日部门警示教育是我们组织的，看了《围猎》", "!警示 11-25 吴静> 《围猎》 @康复部"],
  ["李娟", "上周三科里廉政教育我参加了，学习了《条例》", "!廉教 11-25 孙丽> 《条例》 @财务科"],
  ["徐辉", "上周五中心警示教育何主任组织的，我也去了", "!警示 11-27 何平> @残疾人康复中心"],
  // 他们 / a department as the subject of a later deed with 又/也 (周五组联部又组织了… was stored at once as the leader's own):
  // the department's, its head's, on the card.
  ["刘芳", "上周五组联部又组织了警示教育", "!警示 11-27 周涛> @组联部"],
  ["刘芳", "上周三到组联部参加了他们的专题会议，周五他们又组织了警示教育", "!分管会 11-25 > @组联部 | 警示 11-27 周涛> @组联部"],
  ["陈志强", "上周一到维权部调研，周三他们又组织观看了警示教育片《围猎》", "!警示 11-25 冯雪> 《围猎》 @维权部"],
  ["赵敏", "11月23日到宣文部调研，11月25日他们开展了廉政教育，学习了《条例》", "!廉教 11-25 王磊> 《条例》 @宣文部"],
  ["孙杰", "上周五财务科也开展了廉政教育", "!廉教 11-27 孙丽> @财务科"],
  ["刘芳", "上周五组联部也召开了党风廉政建设工作会议", "? 11-27 周涛> @组联部 ?missing_type"],
  // Near-miss: the head's own department again is theirs.
  ["冯雪", "上周五维权部又组织了一次廉政教育", "廉教 11-27 > @维权部"],
];
