// Round 31g (the acceptance tester, issue 10: F7 and the extra probes of /work/rounds/round-31g-report.md), fixed on
// branch l2. Read on Mon 2026-11-30 10:00 +08:00. Fixed: one talk the member classifies (…谈了一次话，主要是提醒他廉洁
// 过节，算谈心谈话吧: a 廉政谈话 from 提醒 and a 谈心谈话 with nobody) is one talk of that kind, and a reminder to the one
// just talked to is that talk's content; a head count given as the total of several dated activities (共有58人次) is
// not put on each; a department written loosely (中心康复科室, 宣文科室) is resolved when one fits, else named on the
// card, never dropped; a check clause of no named kind beside a talk or a teaching is asked its type as it is alone,
// not named as a leftover word.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_B_ROWS: CorpusRow[] = [
  // X3: the member's own classification types the one talk; what it was about is no second talk.
  ["冯雪", "11月28日和赵磊谈了一次话，主要是提醒他廉洁过节，算谈心谈话吧", "!谈心 11-28 >赵磊"],
  ["陈志强", "11月26日和冯雪聊了聊，主要是提醒她年底注意廉洁自律，记为谈心谈话", "谈心 11-26 >冯雪"],
  ["周涛", "11月25日找张颖谈了一次话，按谈心谈话记吧", "!谈心 11-25 >张颖"],
  ["郑华", "11月24日和陈静进行了谈心谈话，主要是提醒她节日期间廉洁自律", "谈心 11-24 >陈静"],
  ["郑华", "11月24日和陈静谈心谈话，提醒陈静注意廉洁过节", "谈心 11-24 >陈静"],
  // Near-misses: with no classification the reminder still types the untyped talk (for a tap); two talks on two days
  // stay two; a reminder to someone else after the talk is that person's talk, on a card, as before.
  ["郑华", "11月24日和陈静谈心谈话，提醒王强注意廉洁过节", "!谈心 11-24 >陈静 | 廉谈 11-24 >王强"],
  ["冯雪", "11月28日和赵磊谈了一次话，主要是提醒他廉洁过节", "!廉谈 11-28 >赵磊"],
  ["郑华", "11月24日和陈静进行了谈心谈话，11月26日和陈静又进行了一次廉政谈话", "!谈心 11-24 >陈静 | 廉谈 11-26 >陈静"],
  // A total over several dated activities is no count of each: kept as a note, on a card.
  ["赵敏", "11月6日、11月20日组织了两次廉政教育，共有61人次参加", "!廉教 11-06 > | 廉教 11-20 >"],
  ["王磊", "11月10日和11月24日组织部里观看了警示教育片，合计12人次", "!警示 11-10 > | 警示 11-24 >"],
  ["李明", "11月9日、11月23日分别组织办公室学习党纪法规，共计16人次参加", "!廉教 11-09 > | 廉教 11-23 >"],
  // A closing total after activities told in clauses of their own, on two days, is none's (it went to the last one).
  ["赵敏", "11月5日组织廉政教育，11月19日组织警示教育，共有57人次参加", "!廉教 11-05 > | 警示 11-19 >"],
  ["吴静", "11月12日组织康复部学习《中国共产党纪律处分条例》，11月26日组织观看警示教育片《围猎》，合计12人次。", "!廉教 11-12 > 《中国共产党纪律处分条例》 | 警示 11-26 > 《围猎》"],
  // Near-misses: a closing count of one sitting (one day) is each item's, as before; a count in each clause is that
  // clause's own.
  ["王磊", "11月20日上午讲授廉政党课，会后组织观看警示教育片《迷途》，共35人参加", "!党课 11-20 > #35 | 警示 11-20 > 《迷途》 #35"],
  ["赵敏", "11月5日组织廉政教育，参加30人；11月19日组织警示教育，共27人参加", "!廉教 11-05 > #30 | 警示 11-19 > #27"],
  // Near-misses: one activity's 共N人, and counts said per activity (每次, 各, 分别有), keep their count.
  ["赵敏", "11月6日组织了廉政教育，共有31人参加", "廉教 11-06 > #31"],
  ["王磊", "11月10日、11月24日组织观看警示教育片，每次6人参加", "警示 11-10 > #6 | 警示 11-24 > #6"],
  ["郑华", "11月9日、11月23日组织部里开展廉政教育，各五人参加", "廉教 11-09 > #5 | 廉教 11-23 > #5"],
  ["王磊", "11月10日、11月24日组织观看警示教育片，分别有6人参加", "警示 11-10 > #6 | 警示 11-24 > #6"],
  // A19: a department written loosely; one that fits none is named on the card (no department stored silently); one
  // that fits two (康复部 or 残疾人康复中心) is asked which since round 33c (the card named both, 确认 stored neither).
  ["何平", "11月12日对中心康复科室开展作风纪律检查", "作风 11-12 > ?ambiguous_department"],
  ["黄志刚", "11月26日到信访科室开展了作风纪律检查", "!作风 11-26 >"],
  ["黄志刚", "11月26日对宣文科室开展了作风纪律检查", "!作风 11-26 >"],
  ["林晓", "11月19日到组联科室开展了作风纪律检查", "!作风 11-19 >"],
  // Near-misses: a department's own name is taken at once; 各科室 is every department, as before.
  ["黄志刚", "11月26日对财务科开展了作风纪律检查", "作风 11-26 >"],
  ["黄志刚", "11月26日对各科室开展了作风纪律检查", "!作风 11-26 >"],
  // A21: a check clause of no named kind beside a talk or a teaching is asked its type, as it is alone.
  ["王建国", "11月27日上午与李明进行了廉政谈话，下午到财务科检查了财务报销制度执行情况", "!廉谈 11-27 >李明 | ? 11-27 > ?missing_type"],
  ["王建国", "11月27日与分管科室负责人开展集体廉政谈话，下午到办公室检查了公务接待登记情况，发现问题两处，已督促整改。", "!廉谈 11-27 >李明 | 廉谈 11-27 >孙丽 | 作风 11-27 >"],
  ["刘芳", "11月20日给康复部讲了一堂廉政党课，随后到组联部检查了干部考勤落实情况", "!党课 11-20 > | 作风 11-20 >"],
  // Near-misses: a check of a kind read stays typed; a check of oneself or of the study just held is no deed apart
  // (named on the card as before); the clause alone is asked its type, as before.
  ["王建国", "11月27日上午与李明进行了廉政谈话，下午到财务科检查了考勤", "!廉谈 11-27 >李明 | 作风 11-27 >"],
  ["王建国", "11月27日和李明谈心，对照检查了自身不足", "!谈心 11-27 >李明"],
  ["王磊", "11月27日组织观看警示教育片《围猎》，会后检查了大家的学习笔记", "!警示 11-27 > 《围猎》"],
  ["王建国", "11月27日下午到财务科检查了财务报销制度执行情况", "? 11-27 > ?missing_type"],
];
