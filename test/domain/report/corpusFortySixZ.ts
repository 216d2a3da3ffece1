// Round 46, the coordinator (left alone by round 45's fixers): a leader's talk written under their name and a colon,
// 「陈志强副理事长：11月4日与郑华部长进行廉政谈话」, was the leader's but its day was read over and dropped (the day asked);
// and one line of two leaders' talks, 「赵敏书记：11月10日王磊、何平已谈；刘芳副理事长：11月12日周涛已谈」, became one talk
// of 赵敏's with 刘芳 and 周涛 too (a heading is read at a line's start only). And 「王建国副理事长：11月4日与李明签订了
// 责任书」 from 王芳, a clerk of 李明's (also with a comma after the name): read as spoken to 王建国 and as the sender's own
// signing, turned round onto her by her head, 李明>王芳 on the card; the one named is now the subject when the sender
// wrote no 我. Found by the testers on the round's merge (t49a F3): 「…进行了廉政谈话，周五又到维权部参加了他们的专题会议」
// put two more talks with those people on 11-27 on the card, the meeting named as unmatched: 他们的 after a visit to a
// department is that department's. And t49a F1 / t49b F1: the reports below, answered with the duty list (要求 read as
// a question), are reports again (test/domain/query/reportsUntouched.test.ts checks every corpus row for that).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_SIX_Z_ROWS: CorpusRow[] = [
  ["陈静", "陈志强副理事长：11月4日与郑华部长进行廉政谈话", "!廉谈 11-04 陈志强>郑华 @教育就业部"],
  ["陈静", "陈志强：11月4日和郑华进行了廉政谈话", "!廉谈 11-04 陈志强>郑华 @教育就业部"],
  ["王芳", "王建国副理事长：11月20日与李明主任进行了廉政谈话。", "!廉谈 11-20 王建国>李明 @办公室"],
  ["林晓", "赵敏书记：11月10日与王磊部长进行了谈心谈话", "!谈心 11-10 赵敏>王磊 @宣文部"],
  ["杨帆", "刘芳副理事长：11月18日和周涛谈心谈话", "!谈心 11-18 刘芳>周涛 @组联部"],
  ["林晓", "赵敏书记：11月10日王磊、何平已谈；刘芳副理事长：11月12日周涛已谈，吴静未谈（出差）", "? 11-10 赵敏>王磊,何平 ?missing_type | ? 11-12 刘芳>周涛 ?missing_type"],
  // Near-misses: two items under one leader, two leaders with 与, a name and a colon over one item written to them.
  ["王芳", "王建国副理事长：11月4日与李明主任进行廉政谈话，11月6日与孙丽科长进行廉政谈话", "!廉谈 11-04 王建国>李明 @办公室 | 廉谈 11-06 王建国>孙丽 @财务科"],
  ["林晓", "赵敏书记：11月10日与王磊、何平进行了廉政谈话；刘芳副理事长：11月12日与周涛进行了廉政谈话", "!廉谈 11-10 赵敏>王磊 @宣文部 | 廉谈 11-10 赵敏>何平 @残疾人康复中心 | 廉谈 11-12 刘芳>周涛 @组联部"],
  ["林晓", "陈志强副理事长郑华、冯雪均已谈完，时间是11月13日", "? 11-13 陈志强>郑华,冯雪 ?missing_type"],
  ["王芳", "王建国副理事长：11月4日与李明签订了党风廉政建设责任书", "!签责 11-04 王建国>李明 @办公室"],
  ["王芳", "王建国，11月4日与李明主任签订了责任书", "!签责 11-04 王建国>李明 @办公室"],
  ["陈静", "陈志强：11月4日与郑华签订了责任书", "!签责 11-04 陈志强>郑华 @教育就业部"],
  ["杨帆", "王磊：11月20日与赵敏书记签订了责任书", "!签责 11-20 赵敏>王磊"],
  // Near-misses: 我 written (the sender's own), a name over one talk (asked whose, as before).
  ["王强", "孙科长，我今天和李娟谈心谈话了", "谈心 11-30 >李娟 @财务科"],
  ["王芳", "李明：11月4日与王强签订了责任书", "签责 11-04 >王强 @财务科 ?missing_actor"],
  ["李娟", "孙丽：11月4日与王强进行了谈心谈话", "谈心 11-04 >王强 @财务科 ?missing_actor"],
  ["陈志强", "11月23日分别和教就部郑华、维权部冯雪进行了廉政谈话，11月27日又到维权部参加了他们的专题会议", "!廉谈 11-23 >郑华 @教育就业部 | 廉谈 11-23 >冯雪 @维权部 | 分管会 11-27 > @维权部"],
  ["陈志强", "上周一和郑华进行了廉政谈话，周五又到维权部参加了他们的专题会议", "!廉谈 11-23 >郑华 @教育就业部 | 分管会 11-27 > @维权部"],
  ["陈志强", "上周五到维权部参加了他们的廉政专题会议", "分管会 11-27 > @维权部"],
  ["冯雪", "上周五维权部开了廉政专题会，陈志强副理事长参加并提了廉政要求", "!分管会 11-27 陈志强> @维权部"],
  ["郑华", "本周一我部召开分管科室会议，陈志强副理事长参加并就年底就业补贴资金发放廉政风险防控提出要求，部门全体6人参加。", "分管会 11-30 > #6 ?missing_actor"],
  // t49b F6: a check of a fund named at length (残疾人康复救助专项资金) is a 专项资金检查, not asked its type.
  ["刘芳", "11月30日上午，我到康复部检查了残疾人康复救助专项资金使用情况，抽查台账20余份，未发现问题。下午与组联部周涛部长谈心谈话。", "!资金 11-30 > @康复部 | 谈心 11-30 >周涛 @组联部"],
  ["刘芳", "11月30日上午，我到康复部检查了残疾人康复救助专项资金使用情况", "资金 11-30 > @康复部"],
];
