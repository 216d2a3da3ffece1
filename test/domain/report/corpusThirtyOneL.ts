// Round 31g (the acceptance tester, issue 10: F5 and F6 of /work/rounds/round-31g-report.md), fixed on branch k3. Read on
// Mon 2026-11-30 10:00 +08:00. Fixed: a clause with no subject of its own that opens on 和/与 X 一起 (11月25日和黄书记一起对
// 康复中心进行了作风纪律检查: stored at once as the sender's) leaves the sender unsaid and reads as 我和X一起 — the
// higher-ranking one's, for 确认; a list item naming the sender by full name as a party (签订廉政承诺书（冯雪与赵磊）
// under a 台账补报 heading: asked whose, the answer 冯雪 not taken) is the sender's, turned round onto the superior as a
// one-line 冯雪与赵磊签订… is, for 确认.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_L_ROWS: CorpusRow[] = [
  // F5: 和/与 X 一起 opening a subjectless clause is the sender and X; the higher-ranking one did it, for 确认.
  ["林晓", "11月25日和黄书记一起对康复中心进行了作风纪律检查", "!作风 11-25 黄志刚>"],
  ["林晓", "上周一对办公室、财务科开展了作风纪律检查，上周三与机关纪委黄志刚书记一起对康复中心进行了明查暗访", "!作风 11-23 > | 作风 11-25 黄志刚>"],
  ["孙丽", "11月26日和陈副理事长一同到财务科检查了值班情况", "!作风 11-26 陈志强>"],
  // Near-misses: one who ranks below the sender went along (the sender's, at once); no 一起 (whose is asked, as before);
  // 我和X一起 and X和Y一起 as before; a companion to a talk, and a list of those talked to, as before.
  ["林晓", "11月25日和赵磊一起对康复中心进行了作风纪律检查", "作风 11-25 >"],
  ["林晓", "11月25日和黄书记对康复中心进行了作风纪律检查", "作风 11-25 > ?missing_actor"],
  ["林晓", "11月25日我和黄书记一起对康复中心进行了作风纪律检查", "!作风 11-25 黄志刚>"],
  ["胡军", "上周二张书记和王建国副理事长一起到办公室检查了值班情况", "!作风 11-24 张伟>"],
  ["王强", "11月25日和孙丽一起找李娟谈了谈心", "!谈心 11-25 >李娟"],
  ["林晓", "11月25日和冯雪、郑华一起谈了心", "谈心 11-25 >冯雪 | 谈心 11-25 >郑华"],
  // The same kind in a talk: a 书记 who heads nothing came along with a member, who may not have held it: for 确认.
  ["林晓", "11月24日和黄书记一起与孙丽进行了廉政谈话", "!廉谈 11-24 >孙丽"],
  ["林晓", "11月24日我和黄书记一起与孙丽进行了廉政谈话", "!廉谈 11-24 >孙丽"],
  // Near-miss: a colleague of the same rank came along: at once, as before.
  ["王强", "11月24日和李娟一起找孙丽谈了心", "谈心 11-24 >孙丽"],

  // F6: the sender named by full name in a list item is a party: the superior signed with them, for 确认.
  ["赵磊", "维权部11月份台账补报：\n11月5日 签订廉政承诺书（冯雪与赵磊）\n11月13日 部务会学习《廉洁自律准则》", "!签责 11-05 冯雪>赵磊 | 廉教 11-13 冯雪> 《廉洁自律准则》"],
  ["赵磊", "11月5日 签订廉政承诺书（冯雪与赵磊）\n11月20日 冯雪部长与李明进行廉政谈话", "!签责 11-05 冯雪>赵磊 | 廉谈 11-20 冯雪>李明"],
  // Near-misses: another's deeds with no 我 and no sender's name (asked whose, as before); the sender's name as the one
  // signed with in a full sentence; a clerk reporting a leader's meeting and talks.
  ["赵磊", "11月5日 签订廉政承诺书（冯雪）\n11月13日 部务会学习《廉洁自律准则》", "!签责 11-05 >冯雪 ?missing_actor | 廉教 11-13 冯雪> 《廉洁自律准则》"],
  ["赵磊", "11月5日 冯雪与赵磊签订廉政承诺书\n11月13日 部务会学习《廉洁自律准则》", "!签责 11-05 冯雪>赵磊 | 廉教 11-13 冯雪> 《廉洁自律准则》"],
  ["胡军", "王建国副理事长11月9日主持召开分管部门党风廉政建设会议。11月10日分别与李明、孙丽进行了廉政谈话", "!分管会 11-09 王建国> | 廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽"],
];
