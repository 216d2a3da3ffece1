// Round 65, the merge's: a companion after the sender's own 我只是在场 (t68a F4, on main f8da23c5: 吴静「昨天下午刘副理事长来
// 我们部 跟刘洋谈了心 我只是在场 孙丽也一起」 put a second talk of 刘芳's with 孙丽 on the card). companionsApart read a
// companion's clause only right after the talk's clause; the sender's 我只是在场 between them is now passed over, so 孙丽 is
// said to have come along (on the card, for a tap: she may have been talked to too). 孙丽也一起谈了 is still a second talk.
// Left: 刘洋「昨天刘副理事长找我谈心 吴静部长只是在场 孙丽也一起」 (a third person only there) still gives two talks on a card.
// And (t68b F1, on main f0c45c99: stored at once) 赵敏「12月1号到康复中心跟何平 徐辉 分别谈了谈 都是廉政谈话 孙杰也在」
// made 孙杰 a third person talked to: spacedBystander took 「都是廉政谈话 孙杰」 for the bystanders' names and stopped; a
// spaced head holding 谈/签/聊 is now passed over, so the gap before 孙杰 opens the bystanders' clause.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_FIVE_M_ROWS: CorpusRow[] = [
  ["吴静", "昨天下午刘副理事长来我们部 跟刘洋谈了心 我只是在场 孙丽也一起", "!谈心 11-29 刘芳>刘洋"], // was !谈心 11-29 刘芳>刘洋 | 谈心 11-29 刘芳>孙丽
  ["吴静", "昨天下午刘副理事长来我们部，跟刘洋谈了心，我只是在场，孙丽也一起", "!谈心 11-29 刘芳>刘洋"], // was the same second talk
  ["吴静", "昨天刘芳副理事长和刘洋谈心 我只是陪同 孙丽也在", "!谈心 11-29 刘芳>刘洋"],
  ["吴静", "昨天刘副理事长跟刘洋谈了心，我只是旁听，孙丽也一起去的", "!谈心 11-29 刘芳>刘洋"],
  ["吴静", "昨天刘副理事长跟刘洋谈了心 我只是在场 孙丽也一起谈了", "!谈心 11-29 刘芳>刘洋 | 谈心 11-29 刘芳>孙丽"],
  ["赵敏", "今天和王磊谈心 我只是在场 李明也在", "谈心 11-30 >王磊 ?missing_actor"],
  ["赵敏", "11月27号到康复中心跟何平 徐辉 分别谈了谈 都是廉政谈话 孙杰也在", "廉谈 11-27 >何平 | 廉谈 11-27 >徐辉"], // was … | 廉谈 11-27 >孙杰
  ["赵敏", "11月27号跟何平 徐辉 分别谈了谈 都是廉政谈话 孙杰 李明也在", "廉谈 11-27 >何平 | 廉谈 11-27 >徐辉"],
  ["张伟", "昨天跟王建国 刘芳 分别谈了话 都是廉政谈话 黄志刚也在场", "廉谈 11-29 >王建国 | 廉谈 11-29 >刘芳"],
  ["赵敏", "11月27号和何平谈了 是廉政谈话 孙杰也一起谈了", "廉谈 11-27 >何平 | 廉谈 11-27 >孙杰"],
];
