// Short-report leftovers of issue 10 (h24, rounds 22/22u/23): an untyped talk with several people beside a signing,
// names run together before 我都谈完了, a leader's reminder the member counts as a talk.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_H_ROWS: CorpusRow[] = [
  // Kind 3. 和A、B谈了话，还签了责任书 (round 22u B1's kin: the talks lost, only the signings stored at once): the talk of
  // no type is kept with everyone in it and its type asked once; the signings are with the same people. Asked, not
  // guessed as 廉政谈话: a 谈心 beside a signing is as likely, and 「和李明谈了话，还签了…」 (one person) asks it too.
  ["王建国", "前天和李明、孙丽谈了话，还签了责任书", "? 11-28 >李明,孙丽 ?missing_type | 签责 11-28 >李明 | 签责 11-28 >孙丽"],
  ["刘芳", "上周四跟周涛、吴静分别谈了话，并签订了党风廉政建设责任书", "? 11-26 >周涛,吴静 ?missing_type | 签责 11-26 >周涛 | 签责 11-26 >吴静"],
  ["赵敏", "今天上午同王磊和何平谈了话，顺便把承诺书也签了", "? 11-30 >王磊,何平 ?missing_type | 签责 11-30 >王磊 | 签责 11-30 >何平"],
  ["张伟", "11月20日与刘芳、陈志强谈话，同时签了责任书", "? 11-20 >刘芳,陈志强 ?missing_type | 签责 11-20 >刘芳 | 签责 11-20 >陈志强"],
  ["陈志强", "和冯雪、郑华都谈了话，还签了承诺书", "? ? >冯雪,郑华 ?missing_type,missing_date | 签责 ? >冯雪 ?missing_date | 签责 ? >郑华 ?missing_date"],
  // Kind 1. Names run together (or joined by 和/、) before 我都谈完了 are the people talked to, each a talk of the sender's
  // (was: 李明和孙丽我都谈过了 made 李明 the doer; 王磊何平我今天… asked who 何平 was). No day: asked once for all (the
  // dialog, test/e2e/shortReportLeftovers); 今天/刚/上周五 beside 我 is the day.
  ["刘芳", "吴静周涛我都谈完了 廉政的", "廉谈 ? >吴静 ?missing_date | 廉谈 ? >周涛 ?missing_date"],
  ["王建国", "李明和孙丽我都谈过了，谈心", "谈心 ? >李明 ?missing_date | 谈心 ? >孙丽 ?missing_date"],
  ["赵敏", "王磊、何平我今天都约谈了", "廉谈 11-30 >王磊 | 廉谈 11-30 >何平"],
  ["张伟", "王建国刘芳陈志强我刚都谈完了，廉政谈话", "廉谈 11-30 >王建国 | 廉谈 11-30 >刘芳 | 廉谈 11-30 >陈志强"],
  ["孙丽", "李娟王强两个我上周五都谈了心", "谈心 11-27 >李娟 | 谈心 11-27 >王强"],
  ["陈志强", "冯雪郑华我都签了责任书", "签责 ? >冯雪 ?missing_date | 签责 ? >郑华 ?missing_date"],
  // Kind 2. A leader's reminder (提醒我们/提醒了我和X) the member counts as a talk (…算是一次廉政谈话吧) is that leader's
  // talk with the sender and those named with them, on a card (was: 没看懂, 提醒我们 read as a request to be reminded).
  // 我们 alone names no one else: whom is asked.
  ["王强", "孙科长周一把我和李娟叫去，提醒我们报销票据要规范，算是一次廉政谈话吧", "!廉谈 11-30 孙丽>王强 | 廉谈 11-30 孙丽>李娟"],
  ["陈静", "郑部长昨天提醒我节前不能打擦边球，算是一次廉政谈话吧", "!廉谈 11-29 郑华>陈静"],
  ["赵磊", "冯部长上周三提醒了我和张颖不能收受礼品，这个应该算一次提醒谈话", "!廉谈 11-25 冯雪>赵磊 | 廉谈 11-25 冯雪>张颖"],
  ["杨帆", "王部长11月27日把我叫到办公室，提醒我年底不要参加违规吃请，算是谈心谈话了", "!谈心 11-27 王磊>杨帆"],
  ["刘洋", "吴部长今天开会提醒我们不能收病人家属的红包，这个应该算一次廉政谈话吧", "廉谈 11-30 吴静> ?missing_counterpart"],
  // Kind 5 (own probe). A talk of no kind going on from a signing (签了责任书，还谈了话 / 顺便谈了谈) is with those signed
  // with, its kind asked (was: stored at once as the signing alone, the talk dropped without a word).
  ["王建国", "今天跟孙丽签了党风廉政建设责任书，顺便谈了谈", "签责 11-30 >孙丽 | ? 11-30 >孙丽 ?missing_type"],
  ["陈志强", "昨天与冯雪签订了责任书，还谈了话", "签责 11-29 >冯雪 | ? 11-29 >冯雪 ?missing_type"],
  ["赵敏", "上周五和何平签了承诺书，又聊了几句", "签责 11-27 >何平 | ? 11-27 >何平 ?missing_type"],
  ["刘芳", "11月26日跟周涛、吴静签了责任书，随后谈了谈", "签责 11-26 >周涛 | 签责 11-26 >吴静 | ? 11-26 >周涛,吴静 ?missing_type"],
  ["张伟", "前天和赵敏签署了责任书，之后简单交流了一下", "签责 11-28 >赵敏 | ? 11-28 >赵敏 ?missing_type"],
  // A clause of only a day and people after a talk or signing (…，昨天跟李娟) is that deed again on its own day (was: the
  // second person on the first day, on the card, the second day said to be unaccounted).
  ["孙丽", "今天跟王强谈心谈话，昨天跟李娟", "!谈心 11-30 >王强 | 谈心 11-29 >李娟"],
  ["陈志强", "上周一和冯雪廉政谈话，上周三和郑华", "!廉谈 11-23 >冯雪 | 廉谈 11-25 >郑华"],
  ["王建国", "上周二和李明签了责任书，周四和孙丽", "!签责 11-24 >李明 | 签责 11-26 >孙丽"],
  ["刘芳", "11月20日同周涛谈了心，11月24日同吴静", "!谈心 11-20 >周涛 | 谈心 11-24 >吴静"],
  // A talk or signing with someone on a day still to come, said without 了/过 (明天找孙杰谈), is a plan, named on the
  // receipt (was: asked its type and told the day has not come).
  ["吴静", "今天和刘洋谈心谈话，明天找孙杰谈", "谈心 11-30 >刘洋"],
  ["郑华", "昨天跟陈静签了承诺书，下周再跟冯雪签", "签责 11-29 >陈静"],
  ["周涛", "今天上午和张颖廉政谈话了，后天和王磊谈", "廉谈 11-30 >张颖"],
  // Own probe, second pass: 分别签了责任书，也都谈了话 is the same talk after a signing (was: stored at once as the signings
  // alone); a space before the elided day-and-person clause splits it as a comma does; 具体哪天忘了 is no question.
  ["张伟", "昨天跟王建国、刘芳两位副理事长分别签了责任书，也都谈了话", "签责 11-29 >王建国 | 签责 11-29 >刘芳 | ? 11-29 >王建国,刘芳 ?missing_type"],
  ["陈志强", "今天和郑华、冯雪签了承诺书，跟他们都谈了谈", "签责 11-30 >郑华 | 签责 11-30 >冯雪 | ? 11-30 >郑华,冯雪 ?missing_type"],
  ["张伟", "昨天跟赵敏廉政谈话 前天跟陈志强", "!廉谈 11-29 >赵敏 | 廉谈 11-28 >陈志强"],
  ["刘芳", "上周和周涛吴静都谈了心，具体哪天忘了", "谈心 ? >周涛 ?missing_date | 谈心 ? >吴静 ?missing_date"],
  ["吴静", "和刘洋谈心谈话了，日期记不清了", "谈心 ? >刘洋 ?missing_date"],
  // A clause opening with someone by name and its own day (孙丽那边明天签 · 李娟那边周一也谈了), after the sender's own deed
  // with someone, is the sender's deed with that person on that day (was: put on the first clause's day, on the card;
  // a signing still to come among the signings done).
  ["王建国", "今天和李明签了责任书，孙丽那边明天签", "签责 11-30 >李明"],
  ["孙丽", "前天跟王强谈心了，李娟那边周一也谈了", "!谈心 11-28 >王强 | 谈心 11-30 >李娟"],
  ["陈志强", "上周二和冯雪廉政谈话了，郑华那里上周四谈的", "!廉谈 11-24 >冯雪 | 廉谈 11-26 >郑华"],
];
