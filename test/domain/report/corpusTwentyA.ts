// Who-did-it faults of round 20 (a20, issue 10): a head named after their department as the subject of a talk with 我,
// 我 among several a third person talked to.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_A_ROWS: CorpusRow[] = [
  // 1. ‹部门›‹姓›‹职务› (or the full name) opening the clause, 我 the other party: the head did it, the sender was talked to
  // or signed with, on a card (was: stored at once as the sender's, the head as the counterpart).
  ["胡军", "办公室李主任11月26日对我进行了廉政提醒谈话", "!廉谈 11-26 李明>胡军"],
  ["徐辉", "康复中心何平主任上周四同我谈心谈话", "!谈心 11-26 何平>徐辉"],
  ["王强", "财务科孙丽科长今天上午找我签了廉洁承诺书", "!签责 11-30 孙丽>王强"],
  ["陈静", "教就部郑部长11月19日跟我谈了心", "!谈心 11-19 郑华>陈静"],
  ["张颖", "组织联络部周部长昨天与我开展了廉政谈话", "!廉谈 11-29 周涛>张颖"],
  ["刘洋", "康复部吴静部长上周一和我签订了家庭助廉承诺书", "!签责 11-23 吴静>刘洋"],
  // 2. 我 last, first, after 还有, or as 我们俩, among those another talked to or signed with (was: the sender dropped).
  ["胡军", "李主任上周五分别找王芳和我谈心谈话", "!谈心 11-27 李明>胡军 | 谈心 11-27 李明>王芳"],
  ["刘洋", "吴部长11月20日分别找了我和张颖进行廉政谈话", "!廉谈 11-20 吴静>刘洋 | 廉谈 11-20 吴静>张颖"],
  ["王强", "孙科长昨天分别和李娟还有我签订了廉洁承诺书", "!签责 11-29 孙丽>王强 | 签责 11-29 孙丽>李娟"],
  ["赵磊", "冯雪部长本周一跟我们俩谈了心，我和王芳", "!谈心 11-30 冯雪>赵磊 | 谈心 11-30 冯雪>王芳"],
  ["孙杰", "何主任11月24日同徐辉和我分别进行了廉政谈话", "!廉谈 11-24 何平>孙杰 | 廉谈 11-24 何平>徐辉"],
];
