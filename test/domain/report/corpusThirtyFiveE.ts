// Found by the acceptance tester of round 35a (t35a, issue 10), fixed by helper ee1:
// F1 「本周一組聯部召開部務會，傳達學習市紀委通報的3起違反中央八項規定精神典型問題，參加7人。」 was stored at once as a 廉政教育
// titled 《市纪委通报的3起违反中央八项规定精神》: cases studied (学习/传达…通报的…典型问题 · 典型案例 · 违纪违法案件 · N起…问题)
// are a 警示教育 (duties.md: 典型案例通报学习) however long the words qualifying them, on a card, and no title is cut from the
// clause; ending in 典型案例 it gave two records with a duplicated title (the 规定 of the qualifier read as a study of rules).
// A 廉政教育 written keeps its type with the cases as its content (y2's writtenOverGuess); a rule studied beside the cases
// (和…) is still two records; cases a deed draws on (结合…) are its material.
// F7 「上个月组织部里学了两次廉政知识」 · 「11月3日部里学了廉政知识」 were 没看懂: the spoken 学了/学过 before 廉政知识 · 党规党纪 ·
// 廉洁自律知识 is 学习, a 廉政教育; 学了一下午 is how long, not today's afternoon.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FIVE_E_ROWS: CorpusRow[] = [
  // F1: the tester's message (traditional and simplified), and its 典型案例 ending: one 警示教育, no title.
  ["周涛", "本周一組聯部召開部務會，傳達學習市紀委通報的3起違反中央八項規定精神典型問題，參加7人。", "!警示 11-30 > #7 @组联部"],
  ["周涛", "本周一组联部召开部务会，传达学习市纪委通报的3起违反中央八项规定精神典型问题，参加7人。", "!警示 11-30 > #7 @组联部"],
  ["周涛", "11月27日组织学习市纪委通报的违反中央八项规定精神典型案例", "!警示 11-27 >"],
  // Variants: other qualifiers, 违纪违法案件, 以案说纪 before the study, cases counted without a notice named.
  ["王磊", "11月24日宣文部集中学习了省纪委通报的4起违规收送礼品礼金典型问题，全部门8人参加", "!警示 11-24 > #8 @宣文部"],
  ["郑华", "11月26日组织部门传达学习市纪委通报的2起违纪违法案件，6人参加", "!警示 11-26 > #6"],
  ["冯雪", "11月20日维权部开展以案说纪，学习市纪委通报的3起侵害群众利益典型案例，5人参加", "警示 11-20 > #5"],
  ["孙丽", "11月18日组织财务科学习了5起违反财经纪律典型问题，参加4人", "!警示 11-18 > #4"],
  ["何平", "11月19日中心学习了市纪委通报的近期查处的违反中央八项规定精神典型案例，共15人参加", "!警示 11-19 > #15"],
  // Near-misses: a short qualifier, a notice named whole (its name the title), a rule studied (its title, at once),
  // a written 廉政教育 over the cases, a rule and cases studied together (two records), cases drawn on by a 自查.
  ["周涛", "11月23日传达学习省纪委通报的5起典型问题", "!警示 11-23 >"],
  ["周涛", "11月23日学习了违反中央八项规定精神典型问题的通报", "!警示 11-23 > 《违反中央八项规定精神典型问题的通报》"],
  ["王磊", "11月21日组织学习市纪委违纪违法案件通报", "!警示 11-21 > 《市纪委违纪违法案件通报》"],
  ["周涛", "11月19日组织组联部学习《廉洁自律准则》，参加6人", "廉教 11-19 > 《廉洁自律准则》 #6"],
  ["周涛", "11月25日组织部门学习中央八项规定精神，参加6人", "廉教 11-25 > 《中央八项规定精神》 #6"],
  ["郑华", "11月20日开展廉政教育，学习市纪委通报的3起典型问题，7人参加", "廉教 11-20 > #7"],
  ["吴静", "11月17日组织部门学习了《中国共产党纪律处分条例》和市纪委通报的典型案例，5人参加", "!廉教 11-17 > 《中国共产党纪律处分条例》 #5 | 警示 11-17 > #5"],
  ["孙丽", "11月16日结合市纪委通报的2起典型问题开展财务自查", "!自查 11-16 >"],
  // F7: 学了/学过 + 廉政知识 · 党规党纪 · 廉洁自律知识, the count of times asked its days, 一下午 no time of day.
  ["吴静", "上个月组织部里学了两次廉政知识", "廉教 ? > @康复部 ?missing_date"],
  ["吴静", "11月3日部里学了廉政知识", "廉教 11-03 > @康复部"],
  ["吴静", "11月10日部里学了党规党纪，6人参加", "廉教 11-10 > #6 @康复部"],
  ["冯雪", "11月12日科室学过廉洁自律知识，4人参加", "廉教 11-12 > #4"],
  ["吴静", "11月11日部里学了一下午廉政知识", "廉教 11-11 >"],
  ["吴静", "11月份部里学了两次党纪法规，分别是11月3日和11月17日", "廉教 11-03 > | 廉教 11-17 >"],
  // Near-misses: documents after 学了 keep their titles; 学了 with no object or another subject is no report; 周一下午 is a day.
  ["郑华", "11月18日部门学了廉洁自律准则", "廉教 11-18 > 《廉洁自律准则》"],
  ["孙丽", "11月9日科里学了纪律处分条例，参加3人", "廉教 11-09 > 《纪律处分条例》 #3"],
  ["吴静", "11月11日部里学了一下午", "-"],
  ["吴静", "11月11日部里学了业务知识", "-"],
  ["吴静", "周一下午部里学了廉政知识", "廉教 11-30 >"],
];
