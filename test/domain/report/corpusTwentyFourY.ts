// Shapes of issue 10 found by round 24b (y24): a deed someone TOLD the sender of (X说…, X跟我讲…, 听说X…) is X's; it was
// stored at once as the sender's, reversed when 跟我 was in it (7 of 89 messages). And 孙科 / 王科 for a 科长 by surname.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_Y_ROWS: CorpusRow[] = [
  // B. The one who said it did it; the sender is among those talked to when 跟我/和我 says so. On a card (another's deed).
  ["张颖", "周部长说上周四跟我谈的算谈心谈话", "!谈心 11-26 周涛>张颖"],
  ["陈静", "郑部长说昨天下午和我谈的是廉政谈话", "!廉谈 11-29 郑华>陈静"],
  ["赵磊", "冯部长讲前天和我签了家庭助廉承诺书", "!签责 11-28 冯雪>赵磊"],
  ["胡军", "李主任说11月24日跟我谈心了", "!谈心 11-24 李明>胡军"],
  ["刘洋", "吴部长跟我说，今天上午和我签的是廉政承诺书", "!签责 11-30 吴静>刘洋"],
  ["杨帆", "王部长告诉我，上周一和我谈的那次算廉政谈话", "!廉谈 11-23 王磊>杨帆"],
  // Told of a third person's deed: the speaker's, never the sender's.
  ["李娟", "孙科长说她昨天和王强谈过心了", "!谈心 11-29 孙丽>王强"],
  ["孙丽", "王科长说他上周五和李娟谈了心", "!谈心 11-27 王强>李娟"],
  ["王芳", "张书记说他11月20日和刘芳副理事长进行了廉政谈话", "!廉谈 11-20 张伟>刘芳"],
  ["胡军", "李主任跟我说前天他和王芳谈了心", "!谈心 11-28 李明>王芳"],
  // The speaker only passed it on: the doer is named after 说 / 听说.
  ["李娟", "孙科长告诉我王强昨天和李娟谈过心了", "!谈心 11-29 王强>李娟"],
  ["王强", "听说孙科长昨天和李娟谈过心了", "!谈心 11-29 孙丽>李娟"],
  // What was said is no deed (an intention, a remark after the sender's own talk): nothing changes.
  ["孙丽", "今天和李娟谈心，李娟说以后会注意", "谈心 11-30 >李娟"],
  ["张伟", "今天和刘芳谈了廉政谈话，刘芳说分管部门的谈话下周完成", "廉谈 11-30 >刘芳"],
  // 孙科 / 王科: a 科长 (or 副科长) called by surname and 科.
  ["李娟", "昨天孙科找我谈了心", "!谈心 11-29 孙丽>李娟"],
  ["李娟", "孙科说她昨天和王强谈过心了", "!谈心 11-29 孙丽>王强"],
  // #20. A clause of only a day and a person after a talk or a signing is that deed again on its own day (was: the
  // first clause's day for both, on a card).
  ["刘芳", "上周五跟周涛廉政谈话，昨天跟吴静", "!廉谈 11-27 >周涛 | 廉谈 11-29 >吴静"],
  ["王建国", "上周二和孙丽谈了心，上周四和李明", "!谈心 11-24 >孙丽 | 谈心 11-26 >李明"],
  ["孙丽", "11月20日和王强谈心谈话，25号和李娟", "!谈心 11-20 >王强 | 谈心 11-25 >李娟"],
  ["张伟", "11月3日与王建国签订了党风廉政建设责任书，11月5日与刘芳", "!签责 11-03 >王建国 | 签责 11-05 >刘芳"],
  ["赵敏", "前天和何平谈了心，昨天又和徐辉", "!谈心 11-28 >何平 | 谈心 11-29 >徐辉"],
  // #36. Days given per person (王磊是周二) are in the week the message opened with (上上周), not the latest such weekday.
  ["赵敏", "上上周和王磊、何平分别进行了廉政谈话，王磊是周二，何平是周四", "!廉谈 11-17 >王磊 | 廉谈 11-19 >何平"],
  ["张伟", "上上个星期和刘芳、陈志强分别谈了心，刘芳是星期一，陈志强是星期三", "!谈心 11-16 >刘芳 | 谈心 11-18 >陈志强"],
  // 孙科也在: the companion named by short title is found as one (was: stored at once as a second person talked to).
  ["王强", "11月27日和李娟廉政谈话了，孙科也在", "!廉谈 11-27 >李娟"],
  // Round 24, E: a weekday list naming the week once (上周二、四) gives each 分别 item its own day (was: both on the first,
  // the talks stored at once so).
  ["孙丽", "上周二、四分别和王强、李娟谈了心", "谈心 11-24 >王强 | 谈心 11-26 >李娟"],
  ["张伟", "上周一、三分别与刘芳、陈志强进行了廉政谈话", "廉谈 11-23 >刘芳 | 廉谈 11-25 >陈志强"],
  ["黄志刚", "上周一、三、五分别到康复部、组联部和维权部查了考勤", "!作风 11-23 > | 作风 11-25 > | 作风 11-27 >"],
  // Round 24, A: 他/她 as the subject of a talk with nobody named before it is someone the sender did not name: asked,
  // never the sender (was: 「还有，18号她跟王强谈了心」 stored at once as the clerk's talk).
  ["李娟", "还有，18号她跟王强谈了心", "谈心 11-18 >王强 ?ambiguous_actor"],
  ["杨帆", "另外，他25号跟赵磊谈了心", "谈心 11-25 >赵磊 ?ambiguous_actor"],
  ["陈静", "她昨天和赵磊签了承诺书", "签责 11-29 >赵磊 ?ambiguous_actor"],
  // A 他 after someone named is that person's, as before.
  ["李娟", "孙科长上周五找王强谈了心，她说下周再找我谈", "!谈心 11-27 孙丽>王强"],
];
