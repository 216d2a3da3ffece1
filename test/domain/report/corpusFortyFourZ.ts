// Round 44, the coordinator's fixes (found by tester t46b on 4c9244cf, F1: wrong on a card). A 工作动态's closing sentence
// 「党组成员、副理事长刘芳陪同。」 — the leader's titles written before her name, joined by 、 — made her a third person the
// secretary talked to (one tap would have counted a 书记–班子成员 talk that never happened); 「刘芳副理事长陪同。」 and the
// same after a comma without the titles were read right. Now the parts of a named person's own title before the name are
// the name's, and a sentence of its own naming only who went along (陪同 · 一同参加) after a talk or signing goes whole,
// said on the card. Near-misses: a leader talked to, named with her titles, stays talked to. Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_FOUR_Z_ROWS: CorpusRow[] = [
  ["王芳", "11月24日，张伟书记到组联部与全体干部进行了集体廉政谈话。党组成员、副理事长刘芳陪同。", "!廉谈 11-24 张伟>周涛 @组联部 | 廉谈 11-24 张伟>张颖 @组联部"],
  ["王芳", "11月24日上午，市残联党组书记、理事长张伟到康复部调研指导党风廉政建设工作，听取了吴静部长的工作汇报，并与康复部全体干部进行了集体廉政谈话。张伟强调，要把纪律和规矩挺在前面。党组成员、副理事长刘芳陪同。", "!廉谈 11-24 张伟>吴静 @康复部 | 廉谈 11-24 张伟>刘洋 @康复部"],
  ["胡军", "11月25日，党组书记、理事长张伟与李明进行了廉政谈话，党组成员、副理事长王建国陪同。", "!廉谈 11-25 张伟>李明 @办公室"],
  ["胡军", "11月25日，张伟书记与李明进行了廉政谈话。党组成员、副理事长王建国陪同。", "!廉谈 11-25 张伟>李明 @办公室"],
  ["杨帆", "11月20日，赵敏书记到宣文部与全体同志进行了集体廉政谈话。党组成员、机关党委书记赵敏主持。", "!廉谈 11-20 赵敏>王磊 @宣文部 | 廉谈 11-20 赵敏>杨帆 @宣文部"],
  ["杨帆", "11月20日，党组成员、机关党委书记赵敏与王磊部长进行了廉政谈话。机关纪委书记黄志刚一同参加。", "!廉谈 11-20 赵敏>王磊 @宣文部"],
  ["胡军", "11月26日，陈志强副理事长与郑华、冯雪签订了党风廉政建设责任书。党组成员、副理事长王建国陪同。", "!签责 11-26 陈志强>郑华 @教育就业部 | 签责 11-26 陈志强>冯雪 @维权部"],
  ["胡军", "11月26日，陈志强副理事长与郑华、冯雪签订了党风廉政建设责任书。", "!签责 11-26 陈志强>郑华 @教育就业部 | 签责 11-26 陈志强>冯雪 @维权部"],
  ["王芳", "11月24日，张伟书记与李明、孙丽进行了廉政谈话。", "!廉谈 11-24 张伟>李明 @办公室 | 廉谈 11-24 张伟>孙丽 @财务科"],
  ["王芳", "11月24日，张伟书记与党组成员、副理事长刘芳进行了廉政谈话。", "!廉谈 11-24 张伟>刘芳 @-"],
  ["王芳", "11月24日，张伟书记与党组成员、副理事长刘芳，党组成员、副理事长王建国分别进行了廉政谈话。", "!廉谈 11-24 张伟>刘芳 @- | 廉谈 11-24 张伟>王建国 @-"],
  ["吴静", "11月23日和刘洋谈了心。刘芳副理事长陪同。", "!谈心 11-23 >刘洋 @康复部"],
];
