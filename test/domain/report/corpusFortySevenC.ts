// Round 47, fixer C (testers t49a/t49b on the round-46 merge, /work/rounds/r46/t49*-findings.md): unnamed groups with a
// count, attendance wording. t49b F5: 何平 「…完成与中心各岗位人员签订廉洁从业承诺书12份」 asked 和谁签订 and the answer
// 「中心各岗位人员，共12人」 was not taken, so the signing could not be recorded at all; the same signing worded 中心全体职工…12份
// became the head's pairs with the 2 staff the demo roster holds, the 12 noted and not recorded. 各岗位人员 is now the unit's
// people, and a head's (or the unit's) signing with its own staff whose count is more than the roster's is the unit's one
// record with the count (a 承诺书 between a head and their staff counts toward no duty's pairs, duties.md); a leader's
// signings stay pairs (the duty's). t49b F7: 应到35人实到32人 left 全体 on the card (「全体参加（32人）」); 应参加35人，实际
// 参加32人 · 应参会人数8人，实际参会人数7人 were read as 35 and 8 (those expected). t49a O1's two messages (one meeting, read
// as a 分管科室会议 and as a 专题会议) read as before: the duplicate question is the bot's (test/e2e/dialogFortySevenC).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_SEVEN_C_ROWS: CorpusRow[] = [
  // t49b F5: a unit's staff signing in bulk, its count more than the roster holds: the unit's, with the count.
  ["何平", "康复中心11月工作小结\n一、11月5日中心召开党风廉政建设专题会议，研究部署康复服务项目资金监管工作。\n二、11月17日中心主任何平与副主任徐辉、医师孙杰开展集体廉政谈话。\n三、11月下旬完成与中心各岗位人员签订廉洁从业承诺书12份。", "专题 11-05 > @残疾人康复中心 | 廉谈 11-17 >徐辉 @残疾人康复中心 | 廉谈 11-17 >孙杰 @残疾人康复中心 | 签责 ? > #12 @残疾人康复中心 ?missing_date"],
  ["何平", "11月27日与中心各岗位人员签订廉洁从业承诺书12份。", "签责 11-27 > #12 @残疾人康复中心"],
  ["何平", "本月26日，中心全体职工签订廉洁从业承诺书，共12人", "签责 11-26 > #12 @残疾人康复中心"],
  ["何平", "11月20日组织中心全体干部职工签订《廉洁从业承诺书》12份", "签责 11-20 > #12 @残疾人康复中心"],
  ["何平", "11月27日完成签订廉洁从业承诺书12份", "签责 11-27 > #12 @残疾人康复中心"],
  ["吴静", "上周五组织康复部全体干部签订廉政承诺书，共12人", "签责 11-27 > #12 @康复部"],
  ["吴静", "11月25日与康复部各岗位人员签订廉洁承诺书8份", "签责 11-25 > #8 @康复部"],
  ["孙丽", "11月18日，财务科全体干部职工签订廉洁从业承诺书，共签订6份", "签责 11-18 > #6 @财务科"],
  ["周涛", "组联部于11月24日组织全体工作人员签订廉洁自律承诺书10份", "签责 11-24 > #10 @组联部"],
  ["李明", "上周三和办公室各个岗位的同志签了廉洁承诺书，一共15份", "签责 11-25 > #15 @办公室"],
  ["冯雪", "为筑牢廉洁防线，11月19日，维权部组织各岗位工作人员签订廉洁从业承诺书，共签订承诺书7份，进一步压实了岗位廉政责任。", "!签责 11-19 > #7 @维权部"],
  // A member of the centre tells it: the head's (shown for a tap, as before).
  ["徐辉", "11月27日中心全体职工签订廉洁从业承诺书，共12人", "!签责 11-27 何平> #12 @残疾人康复中心"],
  // Near-misses: no count (the roster's people, as 中心全体职工 was); a count the pairs cover; a leader's signings (the
  // duty's pairs, the count noted as before); a clerk's count with no one (noted as before); two people named; a unit
  // named before 与 and a bare 各岗位人员 (asked whom, as before).
  ["何平", "11月27日与中心各岗位人员签订廉洁从业承诺书", "!签责 11-27 >徐辉 @残疾人康复中心 | 签责 11-27 >孙杰 @残疾人康复中心"],
  ["孙丽", "11月27日与财务科全体人员签订廉洁承诺书3份", "!签责 11-27 >王强 @财务科 | 签责 11-27 >李娟 @财务科"],
  ["刘芳", "11月27日与分管科室全体人员签订责任书12份", "!签责 11-27 >周涛 @组联部 | 签责 11-27 >吴静 @康复部 | 签责 11-27 >张颖 @组联部 | 签责 11-27 >刘洋 @康复部"],
  ["张颖", "11月27日签订廉洁承诺书，共5份", "!签责 11-27 > @-"],
  ["何平", "11月27日与徐辉、孙杰签订了廉洁从业承诺书，共2份", "签责 11-27 >徐辉 @残疾人康复中心 | 签责 11-27 >孙杰 @残疾人康复中心"],
  ["王磊", "11月10日宣文部与各岗位人员签订了廉政承诺书9份", "签责 11-10 > @- ?missing_counterpart"],
  ["赵敏", "11月19日组织全体党员签订廉洁承诺书，共36人", "签责 11-19 > #36 @-"],

  // t49b F7: those present are the count, never those expected (应参加 · 应参会人数 · 应出席 as 应到 was).
  ["胡军", "昨天下午机关党委组织全体干部职工集中观看了警示教育专题片《持续发力 纵深推进》，赵敏书记主持，应到35人实到32人。", "!警示 11-29 赵敏> 《持续发力 纵深推进》 #32 @-"],
  ["赵敏", "11月26日组织机关全体党员学习《中国共产党纪律处分条例》，应参加30人，实际参加27人", "廉教 11-26 > 《中国共产党纪律处分条例》 #27 @-"],
  ["王磊", "11月20日宣文部全体党员观看警示教育片《警醒》，应参会3人，实际参会2人", "警示 11-20 > 《警醒》 #2 @宣文部"],
  ["李明", "11月24日办公室组织全体干部学习廉洁自律准则，应到6人，实到5人，1人请假", "廉教 11-24 > 《廉洁自律准则》 #5 @办公室"],
  ["郑华", "11月18日教就部召开党风廉政建设专题会议，应参会人数8人，实际参会人数7人", "专题 11-18 > #7 @教育就业部"],
  ["林晓", "11月23日，机关纪委组织全体党员干部开展廉政教育，应参加人数40人，实际参加38人，2人因公请假。", "廉教 11-23 > #38 @- ?missing_actor"],
  ["赵敏", "11月16日给机关全体党员讲廉政党课，请假3人，实到29人", "党课 11-16 > #29 @-"],
  ["何平", "11月12日中心组织全体职工观看警示教育片《蜕变》，应出席12人，实际出席10人", "警示 11-12 > 《蜕变》 #10 @残疾人康复中心"],
  // Near-misses: all who were expected came; a count with no one expected.
  ["孙丽", "11月25日组织全科人员观看警示教育片，应出席3人，实际出席3人", "警示 11-25 > #3 @财务科"],
  ["吴静", "11月23日康复部开展廉政教育，应到12人实到12人", "廉教 11-23 > #12 @康复部"],
  ["郑华", "11月20日教就部组织全体党员参观了市廉政教育基地，15人参加", "!廉教 11-20 > #15 @教育就业部"],

  // t49a O1: the one meeting told by its leader and by its head reads as before (the bot asks whether it is the same).
  ["陈志强", "上周五到维权部参加了他们的廉政专题会议", "分管会 11-27 > @维权部"],
  ["冯雪", "上周五维权部召开了党风廉政建设专题会议", "专题 11-27 > @维权部"],
];
