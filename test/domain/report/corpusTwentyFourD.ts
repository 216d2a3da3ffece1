// Round 22u C3 and d24's leftovers (issue 10): a name the directory does not know, as the subject of a talk with the
// sender (X找我… · X把我和Y叫到… · X和我进行了…), is whoever held it, asked, with the sender among those talked to (was:
// X asked as someone the sender talked to, or dropped with the sender); a report given in place of the latest record
// keeps its title and head-count. NOW is Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_D_ROWS: CorpusRow[] = [
  // Who held it asked first; the sender and the others named are those talked to.
  ["冯雪", "陈理上周五到部里找我和赵磊分别谈了话", "? 11-27 >冯雪,赵磊 ?ambiguous_actor,missing_type"],
  ["李娟", "孙理今天上午把我和王强叫到办公室谈了话", "? 11-30 >李娟,王强 ?ambiguous_actor,missing_type"],
  ["张颖", "昨天周部找我谈心", "谈心 11-29 >张颖 ?ambiguous_actor"],
  ["刘洋", "11月20日吴主约我进行了廉政谈话", "廉谈 11-20 >刘洋 ?ambiguous_actor"],
  ["陈静", "郑部上周四和我进行了谈心谈话", "谈心 11-26 >陈静 ?ambiguous_actor"],
  // A name several people could be (小王 · 小李): who held it asked among them, the sender talked to.
  ["李娟", "小王上周二找我谈心", "谈心 11-24 >李娟 ?ambiguous_actor"],
  ["胡军", "小李昨天找我进行了廉政谈话", "廉谈 11-29 >胡军 ?ambiguous_actor"],
  // A name the directory knows is read as before (control).
  ["赵磊", "冯雪部长上周三找我进行了谈心谈话", "!谈心 11-25 冯雪>赵磊"],
  // The report that replaces the latest record (刚才那条撤销，应该是…) keeps its title and head-count.
  ["李明", "前天组织观看了警示教育片《贪毁人生》，参加23人", "警示 11-28 > 《贪毁人生》 #23"],
  ["王磊", "上周五宣文部集中学习了《中国共产党纪律处分条例》，参加8人", "廉教 11-27 > 《中国共产党纪律处分条例》 #8"],
];
