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
];
