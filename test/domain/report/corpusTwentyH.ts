// Shapes of issue 10 left by round 20u (h20): a 述责述廉 the sender says they gave while a leader commented or chaired;
// 两个部门负责人 after the departments a check went to.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_H_ROWS: CorpusRow[] = [
  // L21. 我(代表‹部门›)(向…)作了/交了 a paper: the sender's, never asked whose, and never the one who 点评/主持 the meeting
  // (was: 「这条述责述廉是谁的？」 with 王建国 first; 张伟书记作了点评 made the paper 张伟's).
  ["郑华", "上周五党组召开述责述廉会，本人代表教育就业部向党组作了述责述廉，张伟书记作了点评", "述廉 11-27 >"],
  ["王磊", "11月25日机关召开年度述责述廉大会，我代表宣文部作了述责述廉发言，刘芳副理事长主持", "述廉 11-25 >"],
  ["陈静", "11月27日在机关述责述廉会议上，我代表部门作了述责述廉报告，赵敏副书记作点评", "述廉 11-27 >"],
  ["冯雪", "昨天参加述责述廉会，王建国副理事长主持，我代表维权部交了述责述廉报告", "述廉 11-29 >"],
  ["何平", "11月24日下午中心开了述责述廉会，我向党组作了个人述责述廉，陈志强副理事长逐一点评", "!述廉 11-24 >"],
  // Control: the leader named giving the paper is still its doer, the sender only attended.
  ["李明", "11月26日张伟书记作了述责述廉报告，我参加了会议", "!述廉 11-26 张伟>"],
  // L20. 两个部门负责人 / 这两个部门的负责人 / 上述部门负责人 after the departments named: their heads, on the card
  // (was: 「张伟是和谁谈的？」, then a talk with the sender).
  ["胡军", "11月20日，张伟书记带领机关纪委黄志刚深入教育就业部、维权部检查作风纪律情况，并现场与两个部门负责人进行了提醒谈话。", "!作风 11-20 张伟> | 廉谈 11-20 张伟>郑华 | 廉谈 11-20 张伟>冯雪"],
  ["林晓", "11月26日黄志刚书记带队到宣文部、组联部检查考勤，并与这两个部门的负责人进行了提醒谈话", "!作风 11-26 黄志刚> | 廉谈 11-26 黄志刚>王磊 | 廉谈 11-26 黄志刚>周涛"],
  ["李娟", "上周四王建国副理事长到财务科、办公室调研，会后同上述部门负责人开展了廉政谈话", "!廉谈 11-26 王建国>孙丽 | 廉谈 11-26 王建国>李明"],
  ["周涛", "11月24日赵敏副书记到宣文部和康复部督查，随后与两个部门的负责人分别进行了廉政谈话", "!作风 11-24 赵敏> | 廉谈 11-24 赵敏>王磊 | 廉谈 11-24 赵敏>吴静"],
];
