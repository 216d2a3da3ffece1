// Doer and department faults of round 18 (x18, issue 10): department headings on one line, deeds said not done in a list,
// deeds tacked on with 顺便, a leader's meeting 到中心, per-department items after a shared verb, the 纪委书记's own check.
import type { CorpusRow } from './corpusRow.js';

export const EIGHTEEN_X_ROWS: CorpusRow[] = [
  // A. 「‹部门›…学习：」 opening a line sent by a clerk heads the items after it: they are the department's, its head's, on
  // the card (was: only 「…工作：」/「…情况：」 headings were set apart; the others' items stored at once as the clerk's own).
  ["张颖", "组联部11月学习：11月10日集中学习《廉洁自律准则》", "!廉教 11-10 周涛> 《廉洁自律准则》"],
  ["王强", "财务科本月两次学习：11月4日学习《廉洁自律准则》，11月18日组织观看警示教育片《蜕变》", "!廉教 11-04 孙丽> 《廉洁自律准则》 | 警示 11-18 孙丽> 《蜕变》"],
  ["陈静", "教育就业部十一月份学习：11月12日学习《中国共产党纪律处分条例》第三章", "!廉教 11-12 郑华> 《中国共产党纪律处分条例》"],
  ["刘洋", "康复部本月学习：11月16日观看警示片《围猎》", "!警示 11-16 吴静> 《围猎》"],
  // 和 between two titles joins what was studied; it names no one talked with (was: the item kept as the clerk's own).
  ["赵磊", "维权部本月学习情况：11月9日学习《廉洁自律准则》和《纪律处分条例》", "!廉教 11-09 冯雪> 《廉洁自律准则、纪律处分条例》"],
  // A heading naming its kind too (两次廉政教育：) gives the untyped item that kind, and the department its doer.
  ["刘洋", "康复部11月两次廉政教育：11月5日学习《廉洁自律准则》，11月19日观看《一念之差》", "!廉教 11-05 吴静> 《廉洁自律准则》 | 廉教 11-19 吴静> 《一念之差》"],
  // The head sending the same heading: his own, as before.
  ["周涛", "组联部11月学习：11月10日集中学习《廉洁自律准则》", "廉教 11-10 > 《廉洁自律准则》"],
];
