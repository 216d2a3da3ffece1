// Who-did-it faults of round 20 (a20, issue 10): a head named after their department as the subject of a talk with 我,
// 我 among several a third person talked to, days given per person after the names, a head's paper handed in.
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
  // 3. Days given per person after the names, as weekdays or day words (X是周一，Y是昨天 · X在上周三): each their own
  // (was: everyone on the first day).
  ["陈志强", "这几天分别和分管的两位部长谈了心，冯雪是上周五，郑华是昨天", "!谈心 11-27 >冯雪 | 谈心 11-29 >郑华"],
  ["刘芳", "分别与周涛、吴静进行了廉政谈话，周涛在上周三，吴静在上周五", "!廉谈 11-25 >周涛 | 廉谈 11-27 >吴静"],
  ["赵敏", "上周分别和王磊、何平签了责任书，王磊是星期二，何平是星期四", "!签责 11-24 >王磊 | 签责 11-26 >何平"],
  ["王建国", "和李明、孙丽分别谈心谈话，和李明是11月20日，和孙丽是前天", "!谈心 11-20 >李明 | 谈心 11-28 >孙丽"],
  ["张伟", "与刘芳、陈志强分别开展了提醒谈话，陈志强是今天，刘芳是上周四", "!廉谈 11-26 >刘芳 | 廉谈 11-30 >陈志强"],
  // 7. A head named as the one who handed in a paper (报送/上报/提交 an 信息): theirs, on the card (was: asked whose).
  ["杨帆", "宣文部王部长11月24日报送了廉政信息一篇", "!信息 11-24 王磊>"],
  ["孙杰", "康复中心何主任11月20日报送廉政信息1篇", "!信息 11-20 何平>"],
  ["张颖", "周涛部长昨天上报了一篇廉政信息", "!信息 11-29 周涛>"],
  ["李娟", "孙科长上周四向纪委提交了廉政信息一条", "!信息 11-26 孙丽>"],
];
