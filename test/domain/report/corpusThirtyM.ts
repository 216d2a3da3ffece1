// Found by the merge of round 30 (issue 10): a member who spoke at a study (徐辉同志结合工作谈了感受) became its doer on a card,
// 结合工 read as where and 作 as the deed 作(了)…; 作 names no doer when what follows is what someone felt or learnt.
// And f3's leftover: a line after another's visit (赵敏…到康复中心调研⏎11月21日，与孙杰…) that names no doer was stored at
// once as the sender's; it may go on with the visitor, so it is shown for 确认.
// And t30's F5: 6月和11月分别与分管科室负责人… kept one talk a head (two dropped without a word): months said once over 分别/各
// are the deed once a month, and talks counted 两次 with a group are two a person, each day asked.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_M_ROWS: CorpusRow[] = [
  ["何平", "11月24日组织学习《准则》，孙杰同志结合岗位谈了心得", "廉教 11-24 > 《准则》"],
  ["吴静", "11月26日组织康复部观看警示教育片《底线》，刘洋结合本职工作谈了感想", "警示 11-26 > 《底线》"],
  ["郑华", "11月20日部门集中学习《条例》，陈静同志围绕岗位风险谈了认识，全体6人参加", "廉教 11-20 > 《条例》 #6"],
  // Near-miss: a lecture made (作…党课) still names its doer.
  ["孙杰", "11月24日张伟书记结合自身工作作廉政党课", "!党课 11-24 张伟>"],
  // A line after another's visit that names no doer: on a card, the sender's own until 确认 says otherwise.
  ["何平", "赵敏副理事长11月20日到康复中心调研\n11月21日，与孙杰开展了廉政谈话", "!廉谈 11-21 >孙杰"],
  ["周涛", "刘芳副理事长11月18日到组联部走访慰问\n11月19日组织观看警示教育片《迷途》，参加9人", "!警示 11-19 > 《迷途》 #9"],
  // Near-misses: 我 on the later line is the sender's at once; within one line (；) the visitor goes on.
  ["何平", "赵敏副理事长11月20日到康复中心调研\n11月21日，我与孙杰开展了廉政谈话", "廉谈 11-21 >孙杰"],
  ["何平", "赵敏副理事长11月20日到康复中心调研；11月21日，与孙杰开展了廉政谈话", "!廉谈 11-21 赵敏>孙杰"],
  // Months over 分别/各, and a count of rounds with a group: every talk, each day asked.
  ["王建国", "6月和11月分别与分管科室负责人进行了廉政谈话", "!廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date | 廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date"],
  ["王建国", "两次与分管科室负责人进行了廉政谈话", "!廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date | 廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date"],
  ["王建国", "6月和11月分别与李明、孙丽进行了廉政谈话", "!廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date | 廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date"],
  ["刘芳", "今年6月和11月各开展了一次廉政教育", "廉教 ? > ?missing_date"],
  // Near-misses: copies of a 责任书 are one a person; two kinds a month are left to the readers that ask about them.
  ["王建国", "与分管科室负责人签订了责任书2份", "!签责 ? >李明 ?missing_date | 签责 ? >孙丽 ?missing_date"],
  ["王建国", "6月和11月分别开展了廉政教育和作风检查", "!廉教 ? > ?missing_date"],
];
