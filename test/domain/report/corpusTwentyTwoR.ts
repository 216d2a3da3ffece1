// Round 22's everyday-mix faults (r22, issue 10): 我们+surname+title as the doer, lists run together, 分别 pairs, 廉政课.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_R_ROWS: CorpusRow[] = [
  // K1. 「我们/咱们(部) + surname + title」 is the sender's named head, the doer; the sender is the one talked to, also
  // with a whole month as the time (was: stored at once as the sender's talk with the head, the wrong way round).
  ["王强", "咱们孙科长11月24日找我谈了一次心", "!谈心 11-24 孙丽>王强"],
  ["刘洋", "我们吴部长10月份跟我们部每个人都谈了心", "谈心 ? 吴静>刘洋 ?missing_date"],
  ["杨帆", "我们部王部长上周四同我进行了廉政谈话", "!廉谈 11-26 王磊>杨帆"],
  ["徐辉", "我们何主任昨天跟我做了一次提醒谈话", "!廉谈 11-29 何平>徐辉"],
  ["赵磊", "我们冯部长11月跟我谈了心", "谈心 ? 冯雪>赵磊 ?missing_date"],
  ["张颖", "咱们部的周部长上周五和我谈心谈话了", "!谈心 11-27 周涛>张颖"],
];
