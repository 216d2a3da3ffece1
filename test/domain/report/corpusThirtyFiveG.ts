// Round 35a (tester t35a; fixed by helper ee3, issue 10). Read on Mon 2026-11-30 10:00 +08:00 (the tester's days restated).
// Kinds: a later clause setting a deed for a time not over (…两位同志的谈话安排在12月上旬) was no plan and lent the lecture before it
// its head count and people, the secretary asked who lectured (F4); a day restated in brackets (上周五（11月27日）) broke the
// subject after it, the chair asked (F5); 还将/将 带队… with nothing done was asked its day, an answer would store a plan (F6).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FIVE_G_ROWS: CorpusRow[] = [
  // 1. A deed set (安排在/定于/初定于/放在) for a time not over: a plan, named; it lends no count, people or doer to the deed before.
  ["张伟", "11月12日为机关党员讲授廉政党课，题目是以案为鉴 守住底线；陈志强、赵敏两位同志的谈话安排在12月上旬。", "!党课 11-12 > 《以案为鉴 守住底线》"],
  ["张伟", "本人11月份落实主体责任情况：11月3日与王建国同志廉政谈话；11月5日与刘芳同志廉政谈话；11月12日为机关党员讲授廉政党课，题目是以案为鉴 守住底线；陈志强、赵敏两位同志的谈话安排在12月上旬。", "!廉谈 11-03 >王建国 | 廉谈 11-05 >刘芳 | 党课 11-12 > 《以案为鉴 守住底线》"],
  ["刘芳", "11月20日召开分管科室会议；周涛、吴静两位部长的廉政谈话安排在12月中旬。", "分管会 11-20 >"],
  ["王建国", "11月16日组织财务科学习《廉洁自律准则》，参加5人；与孙丽、王强的廉政谈话初定于12月8日。", "廉教 11-16 > 《廉洁自律准则》 #5"],
  ["张伟", "11月12日讲授廉政党课，陈志强、赵敏两位同志的廉政谈话定于下周进行。", "党课 11-12 >"],
  ["赵敏", "11月18日到宣文部讲了一次廉政党课，与王磊、何平两位同志的谈心谈话放在月底。", "党课 11-18 >"],
  ["张伟", "与陈志强、赵敏两位同志的谈话安排在12月上旬。", "-"],
  // Near-misses: people said to attend are the count; talks held on a day of their own are talks; a meeting arranging talks is a meeting.
  ["张伟", "11月12日讲授廉政党课；赵敏、陈志强两位同志参加。", "党课 11-12 > #2"],
  ["张伟", "11月12日讲授廉政党课，11月20日与陈志强、赵敏两位同志进行了廉政谈话。", "!党课 11-12 > | 廉谈 11-20 >陈志强 | 廉谈 11-20 >赵敏"],
  // 2. A day restated in brackets is one day: the subject after it reads on (a chair, a talker, a checker, a lecturer, an organiser).
  ["李明", "上周五（11月27日）张书记主持召开党风廉政建设分析研判会。", "!研判 11-27 张伟>"],
  ["胡军", "上周三（11月25日）李主任与王芳进行了谈心谈话。", "!谈心 11-25 李明>王芳"],
  ["林晓", "上周二(11月24日)黄书记带队对财务科开展作风纪律检查。", "!作风 11-24 黄志刚>"],
  ["孙杰", "11月26日（周四）何主任为中心党员讲授廉政党课。", "!党课 11-26 何平>"],
  ["王芳", "上周五（27日）李主任组织办公室观看警示教育片。", "!警示 11-27 李明>"],
  // Two days that disagree are asked between, never one kept silently.
  ["李明", "上周四（11月27日）张书记主持召开党风廉政建设分析研判会。", "!研判 11-27 张伟> ?weekday_conflict"],
  ["李明", "11月27日（周四）张书记主持召开党风廉政建设分析研判会。", "!研判 11-27 张伟> ?weekday_conflict"],
  // Near-misses: brackets that hold no day stay as they are.
  ["李明", "11月27日召开党组（扩大）会议，张书记主持，专题研究党风廉政建设工作。", "!专题 11-27 张伟>"],
  ["李明", "11月27日张书记主持召开党风廉政建设分析研判会（第3次）。", "!研判 11-27 张伟>"],
  // 3. 还将/将 带队 · 还要带队 + a deed, nothing said done: a plan, never asked its day; beside deeds done it is named.
  ["陈志强", "12月还将带队对分管部门开展一次作风检查。", "-"],
  ["陈志强", "本月还将带队到维权部开展一次作风检查。", "-"],
  ["陈志强", "近期工作：11月10日和郑华、11月17日和冯雪分别进行了廉政谈话；11月24日召开分管部门党风廉政建设工作会议，应到15人实到13人；12月还将带队对分管部门开展一次作风检查。", "!廉谈 11-10 >郑华 | 廉谈 11-17 >冯雪 | 分管会 11-24 > #13"],
  ["陈志强", "11月24日带队对教育就业部开展了作风检查，12月还要带队到维权部检查。", "作风 11-24 >"],
  ["郑华", "11月20日组织部门学习《廉洁自律准则》，也将组织观看警示教育片。", "廉教 11-20 > 《廉洁自律准则》"],
  // Near-misses: 拟 stays a plan; 已带队 is done; 还将…发给了 tells a deed done.
  ["陈志强", "12月份拟对分管部门开展作风检查", "-"],
  ["陈志强", "11月24日已带队对分管部门开展作风检查。", "作风 11-24 >"],
  ["王建国", "11月16日与孙丽进行了廉政谈话，还将学习材料发给了她。", "廉谈 11-16 >孙丽"],
];
