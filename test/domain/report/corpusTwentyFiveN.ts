// Round 25's n25 (issue 10): untyped talks asked their kind once per message (the dialog: test/e2e/talksAskedOnce.test.ts,
// test/domain/report/talksAskedAsOne.test.ts), and a 分别 deed followed by a day–person clause (周一王磊周三何平), each
// person on their own day: it was read as 王磊 talking with 何平 on the day of the message.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FIVE_N_ROWS: CorpusRow[] = [
  // The brief's samples.
  ["王建国", "今天分别和王强、李娟谈了话", "? 11-30 >王强,李娟 ?missing_type"],
  ["刘芳", "上周分别找王磊和何平谈了话，周一王磊周三何平", "? 11-23 >王磊 ?missing_type | ? 11-25 >何平 ?missing_type"],
  ["王建国", "和孙丽、王强谈了话，还签了责任书", "? ? >孙丽,王强 ?missing_type,missing_date | 签责 ? >孙丽 ?missing_date | 签责 ? >王强 ?missing_date"],
  ["孙丽", "1. 11月2日 与王强谈话\n2. 11月3日 与李娟谈话\n3. 11月4日 与王强谈话", "? 11-02 >王强 ?missing_type | ? 11-03 >李娟 ?missing_type | ? 11-04 >王强 ?missing_type"],
  // A day–person clause after a 分别 deed: other names, orders, weeks, separators.
  ["陈志强", "上周分别找郑华和冯雪谈了话，周二郑华周四冯雪", "? 11-24 >郑华 ?missing_type | ? 11-26 >冯雪 ?missing_type"],
  ["赵敏", "上周分别和王磊、何平谈了话，王磊周一，何平周三", "? 11-23 >王磊 ?missing_type | ? 11-25 >何平 ?missing_type"],
  ["张伟", "上周分别找王建国、刘芳、赵敏谈了话，周一王建国周二刘芳周三赵敏", "? 11-23 >王建国 ?missing_type | ? 11-24 >刘芳 ?missing_type | ? 11-25 >赵敏 ?missing_type"],
  ["刘芳", "上周分别跟周涛和吴静聊了聊，周一周涛，周五吴静", "? 11-23 >周涛 ?missing_type | ? 11-27 >吴静 ?missing_type"],
  ["王建国", "分别找李明、孙丽谈了话，11月23日李明、11月25日孙丽", "? 11-23 >李明 ?missing_type | ? 11-25 >孙丽 ?missing_type"],
  ["孙丽", "上周分别和王强、李娟谈了心，周一王强周三李娟", "!谈心 11-23 >王强 | 谈心 11-25 >李娟"],
  ["刘芳", "上周分别找王磊和何平进行了廉政谈话，周一王磊周三何平", "!廉谈 11-23 >王磊 | 廉谈 11-25 >何平"],
  ["赵敏", "上周分别找王磊和何平谈了话，周一王磊周三何平，都是廉政谈话", "!廉谈 11-23 >王磊 | 廉谈 11-25 >何平"],
  ["陈志强", "上周分别与郑华和冯雪签订了责任书，周二郑华周四冯雪", "!签责 11-24 >郑华 | 签责 11-26 >冯雪"],
  ["赵敏", "上上周和王磊、何平分别谈了话，王磊是周二，何平是周四", "? 11-17 >王磊 ?missing_type | ? 11-19 >何平 ?missing_type"],
  // Clerks' tables and lists of untyped talks (asked once in the dialog).
  ["李明", "1、11月16日 与王芳谈话\n2、11月18日 与胡军谈话\n3、11月20日 与王芳谈话", "? 11-16 >王芳 ?missing_type | ? 11-18 >胡军 ?missing_type | ? 11-20 >王芳 ?missing_type"],
  ["何平", "11月9日与徐辉谈话；11月10日与孙杰谈话；11月12日与徐辉谈话", "? 11-09 >徐辉 ?missing_type | ? 11-10 >孙杰 ?missing_type | ? 11-12 >徐辉 ?missing_type"],
  ["周涛", "11月24日 与张颖谈话\n11月25日 与杨帆谈话", "? 11-24 >张颖 ?missing_type | ? 11-25 >杨帆 ?missing_type"],
  ["王磊", "前天分别和杨帆谈了谈，昨天又和何平谈了", "? 11-28 >杨帆 ?missing_type | ? 11-29 >何平 ?missing_type"],
  ["吴静", "今天上午分别找刘洋、孙杰谈了话", "? 11-30 >刘洋,孙杰 ?missing_type"],
  ["郑华", "上周五分别与陈静、赵磊谈了话", "? 11-27 >陈静,赵磊 ?missing_type"],
  ["冯雪", "11月26日分别和赵磊、陈静谈话", "? 11-26 >赵磊,陈静 ?missing_type"],
  // Near misses that keep today's reading.
  ["周涛", "昨天分别和张颖谈了话", "? 11-29 >张颖 ?missing_type"],
  ["刘芳", "周一王磊周三何平", "-"],
  ["刘芳", "上周分别找王磊和何平谈了话", "? ? >王磊,何平 ?missing_type,missing_date"],
  ["王建国", "今天分别和王强、李娟进行了廉政谈话", "廉谈 11-30 >王强 | 廉谈 11-30 >李娟"],
  ["王建国", "今天分别和李明、孙丽签订了责任书", "签责 11-30 >李明 | 签责 11-30 >孙丽"],
  ["陈志强", "上周二和冯雪谈了，周四又和郑华谈了，都是廉政谈话", "!廉谈 11-24 >冯雪 | 廉谈 11-26 >郑华"],
  ["刘芳", "上周一和王磊谈了话，上周三和何平谈了话", "? 11-23 >王磊 ?missing_type | ? 11-25 >何平 ?missing_type"],
  ["刘芳", "11月23日和王磊谈了心，11月25日和何平谈了心", "!谈心 11-23 >王磊 | 谈心 11-25 >何平"],
];
