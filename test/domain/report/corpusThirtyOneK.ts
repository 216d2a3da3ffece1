// Round 31g (the acceptance tester, issue 10: F4 and F3 of /work/rounds/round-31g-report.md), fixed on branch k2. Read
// on Mon 2026-11-30 10:00 +08:00. Fixed: a list of head counts after 分别 (参加人数分别为32人和29人) is one count per
// activity, in the order told (both days were stored at once with the first count); counts that do not match the
// activities one to one are shown on a card, never spread by guess; a bare 书记 right before a directory name is that
// person's title (中心党支部书记何平为…讲授 read 书记 as 张伟, lost 何平 and gave the lecture to a leader who only 到场指导).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_K_ROWS: CorpusRow[] = [
  // F4: the counts after 分别 go to the activities one each, in order.
  ["赵敏", "本月组织机关全体党员开展廉政教育2次（11月6日、11月20日），参加人数分别为31人和27人", "廉教 11-06 > #31 | 廉教 11-20 > #27"],
  ["赵敏", "11月份机关党委工作：组织机关全体党员开展廉政教育2次（11月6日、11月20日），参加人数分别为31人和27人；11月13日与宣文部王磊、康复中心何平签订了党风廉政建设责任书。", "!廉教 11-06 > #31 | 廉教 11-20 > #27 | 签责 11-13 >王磊 | 签责 11-13 >何平"],
  ["郑华", "11月10日、11月24日分别组织部门人员学习廉政法规，参会人员分别是5人、4人", "廉教 11-10 > #5 | 廉教 11-24 > #4"],
  ["王磊", "11月12日组织观看警示教育片，11月26日组织廉政教育，分别有6人和5人参加", "!警示 11-12 > #6 | 廉教 11-26 > #5"],
  // Near-misses: two counts for one activity are not guessed between (a card); one count on one activity, and talks said
  // 分别 with people, keep their reading.
  ["赵敏", "11月6日组织机关党员开展廉政教育，参加人数分别为31人和27人", "!廉教 11-06 > #31"],
  ["赵敏", "11月6日组织机关全体党员开展廉政教育，参加31人", "廉教 11-06 > #31"],
  ["何平", "11月18日和11月25日分别与徐辉、孙杰进行了廉政谈话", "廉谈 11-18 >徐辉 | 廉谈 11-25 >孙杰"],
  // F3: a unit's 党支部书记 named before the lecturer's name is the lecturer's title; the leader who came to guide is not the doer.
  ["徐辉", "11月27日，中心党支部书记何平为中心全体党员干部讲授廉政党课《筑牢拒腐防变思想防线》，中心15名职工参加。赵敏书记到场指导。", "!党课 11-27 何平> 《筑牢拒腐防变思想防线》 #15"],
  ["孙杰", "11月26日，中心党支部书记何平讲了一堂廉政党课，赵敏书记到会指导", "!党课 11-26 何平>"],
  ["徐辉", "11月27日，书记何平为中心全体职工讲授廉政党课", "!党课 11-27 何平>"],
  ["徐辉", "11月24日和中心党支部书记何平进行了谈心谈话", "!谈心 11-24 何平>徐辉"],
  // Near-misses: the title before the one who holds it, the name before its title, and a 党支部书记 not named (asked).
  ["胡军", "11月20日，党组书记张伟为全体党员讲授廉政党课", "!党课 11-20 张伟>"],
  ["胡军", "11月20日，张伟书记为全体党员讲授廉政党课，赵敏书记到场指导", "!党课 11-20 张伟>"],
  ["徐辉", "11月27日，何平主任为中心全体党员干部讲授廉政党课，赵敏书记到场指导。", "!党课 11-27 何平>"],
  ["胡军", "11月20日，副理事长王建国与刘芳进行了廉政谈话", "!廉谈 11-20 王建国>刘芳"],
  ["胡军", "11月25日，中心党支部书记讲授了廉政党课", "党课 11-25 > ?ambiguous_actor"],
];
