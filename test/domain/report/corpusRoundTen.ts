// Kinds read wrong on the tester's round-10 unseen messages (issue 10, faults F1–F8), each written fresh in several variants.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_TEN_ROWS: CorpusRow[] = [
  // F1. Someone who 作廉政提醒 (to everyone, no one introduced by 对/与/和/跟/找) gave a 廉政教育; the subject of a talk's clause
  // who 作…谈话 is its doer, never the sender's counterpart (round 10: a 廉政谈话 of the sender's with 赵敏).
  ["李娟", "今天上午，机关党委组织召开节前廉政教育会，机关党委书记赵敏同志作廉政提醒，要求全体党员干部廉洁过节。机关全体党员参加。", "!廉教 11-30 赵敏>"],
  ["李娟", "今天赵敏书记给大家作了廉政提醒", "!廉教 11-30 赵敏>"],
  ["胡军", "【工作动态】11月25日，机关党委书记赵敏同志在康复部作廉政提醒，强调要守住底线。", "!廉教 11-25 赵敏>"],
  ["王磊", "11月20日，宣文部召开全体干部会议，赵敏同志作了廉政提醒，参加9人", "廉教 11-20 > #9 ?missing_actor"],
  ["李娟", "11月20日赵敏书记给财务科全体人员作了廉政警示谈话", "!廉谈 11-20 赵敏>孙丽 | 廉谈 11-20 赵敏>王强"],
  ["李娟", "11月20日赵敏书记对我作了廉政提醒", "!廉谈 11-20 赵敏>李娟"],
  // F3. 两位部长 / 他们 / 二人 / 上述同志 after a clause that named that many people are those people; otherwise asked whom,
  // never a 责任书 with no one (round 10: the pledge-sign duty could not count it).
  ["张颖", "陈志强副理事长11月9号和郑华部长、冯雪部长进行了廉政谈话；11月16号又与两位部长签订了责任书", "!廉谈 11-09 陈志强>郑华 | 廉谈 11-09 陈志强>冯雪 | 签责 11-16 陈志强>郑华 | 签责 11-16 陈志强>冯雪"],
  ["刘芳", "11月10日与周涛、吴静进行了廉政谈话，11月17日又与二人签订了党风廉政建设责任书", "!廉谈 11-10 >周涛 | 廉谈 11-10 >吴静 | 签责 11-17 >周涛 | 签责 11-17 >吴静"],
  ["赵敏", "11月3日分别和王磊、何平谈心谈话。11月18日和他们签了责任书", "!谈心 11-03 >王磊 | 谈心 11-03 >何平 | 签责 11-18 >王磊 | 签责 11-18 >何平"],
  ["王建国", "11月5日与李明、孙丽廉政谈话，11月12日又和两人谈了心", "!廉谈 11-05 >李明 | 廉谈 11-05 >孙丽 | 谈心 11-12 >李明 | 谈心 11-12 >孙丽"],
  ["刘芳", "11月10日与周涛进行了廉政谈话，11月17日又与两位部长签订了责任书", "廉谈 11-10 >周涛 | 签责 11-17 > ?missing_counterpart"],
  ["刘芳", "11月17日与两位部长签订了责任书", "签责 11-17 > ?missing_counterpart"],
  // F4. 类型（人，日） items: each day in its own brackets, never the item's before (round 10: every day shifted one item down).
  ["孙丽", "本月完成：廉政谈话（王强，11.5）、谈心谈话（李娟，11.12）、自查总结（11.26）", "!廉谈 11-05 >王强 | 谈心 11-12 >李娟 | 自查 11-26 >"],
  ["孙丽", "廉政谈话（王强，11.5）、谈心谈话（李娟，11.12）", "!廉谈 11-05 >王强 | 谈心 11-12 >李娟"],
  ["周涛", "11月份：谈心谈话（11月4日，张颖）、廉政谈话（11月18日，张颖）", "!谈心 11-04 >张颖 | 廉谈 11-18 >张颖"],
  ["何平", "本季度：廉政教育（10.15）、警示教育（11.11）、签订责任书（徐辉，11.20）", "!廉教 10-15 > | 警示 11-11 > | 签责 11-20 >徐辉"],
  ["孙丽", "廉政谈话（11月5日 王强）；谈心谈话（11月12日，李娟）", "!廉谈 11-05 >王强 | 谈心 11-12 >李娟"],
  // F2. A 专题会议 that 分析研判 the situation meets both duties: two records, never the meeting dropped (round 10); a meeting
  // named after its analysis (形势分析研判会, 分析研判专题会) is the analysis alone.
  ["胡军", "11月19日，党组召开全面从严治党专题会议，张伟主持会议。会议分析研判了当前党风廉政建设形势。", "!专题 11-19 张伟> | 研判 11-19 张伟>"],
  ["张伟", "11月19日主持召开党风廉政建设专题会议，分析研判机关政治生态", "!专题 11-19 > | 研判 11-19 >"],
  ["王芳", "【工作动态】11月26日，市残联党组召开专题会议研究全面从严治党工作，张伟书记主持，会上对机关政治生态进行了分析研判。", "!专题 11-26 张伟> | 研判 11-26 张伟>"],
  ["张伟", "11月12日召开政治生态分析研判专题会", "研判 11-12 >"],
];
