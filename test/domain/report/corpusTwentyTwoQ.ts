// Round 22u's days in the wrong place (q22, issue 10): a day and the weekday written with it that disagree ask which is
// meant (was: the day stored at once); a 会后 deed after a meeting's ；-clause is on the meeting's day, and a sentence
// opening with a new day starts its own entry (was: the talks took the next sentence's day, or were dropped); 谈了廉政 before a signing is a talk too.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_Q_ROWS: CorpusRow[] = [
  // A3: day and weekday disagree (11-13 Fri, 11-18 Wed, 11-20 Fri, 11-05 Thu, 11-10 Tue).
  ["周涛", "本月13号星期四和张颖谈心谈话", "谈心 11-13 >张颖 ?weekday_conflict"],
  ["孙丽", "11月18日周二与王强进行了廉政谈话", "廉谈 11-18 >王强 ?weekday_conflict"],
  ["吴静", "11.20（星期三）组织康复部观看了警示教育片", "警示 11-20 > ?weekday_conflict"],
  ["赵敏", "十一月五日（星期三）到康复中心和何平签订了党风廉政建设责任书", "签责 11-05 >何平 ?weekday_conflict"],
  ["黄志刚", "11月10号 礼拜一 对财务科开展了作风纪律检查", "作风 11-10 > ?weekday_conflict"],
  // …and agreeing ones are read as before.
  ["冯雪", "11月17日（周二）和赵磊签订了责任书", "签责 11-17 >赵磊"],
  // D1: 会后… after a dated meeting is that day's; the next sentence's day is its own.
  ["陈志强", "本月分管部门工作：11月11日到维权部召开分管科室党风廉政建设会议，冯雪和部门同志参加；会后与冯雪进行了廉政谈话。11月25日，又到维权部和赵磊谈了一次心。", "!分管会 11-11 > | 廉谈 11-11 >冯雪 | 谈心 11-25 >赵磊"],
  ["刘芳", "11月12日到组联部召开分管科室廉政工作会议；会后分别和周涛、张颖谈了廉政。11月26日到康复部和吴静谈心谈话。", "!分管会 11-12 > | 廉谈 11-12 >周涛 | 廉谈 11-12 >张颖 | 谈心 11-26 >吴静"],
  ["王建国", "11月6日在财务科主持召开分管科室党风廉政建设工作会议；会后与孙丽签订了党风廉政建设责任书。", "!分管会 11-06 > | 签责 11-06 >孙丽"],
  ["赵敏", "11月18日到康复中心开分管科室廉政会议，何平、徐辉参加；会后和何平进行了谈心谈话。11月27日和孙杰廉政谈话。", "!分管会 11-18 > | 谈心 11-18 >何平 | 廉谈 11-27 >孙杰"],
  ["张伟", "11月10日主持召开党组党风廉政建设专题会议；会后同王建国、刘芳分别进行了廉政谈话。", "!专题 11-10 > | 廉谈 11-10 >王建国 | 廉谈 11-10 >刘芳"],
  // B1: 谈了廉政 before a signing clause is a talk with the same people (was: the signings only, the talks dropped).
  ["陈志强", "上周二分别和郑华、冯雪谈了廉政，还签了责任书", "!廉谈 11-24 >郑华 | 廉谈 11-24 >冯雪 | 签责 11-24 >郑华 | 签责 11-24 >冯雪"],
  ["刘芳", "11月20日和周涛谈了一次廉政，同时签订了党风廉政建设责任书", "!廉谈 11-20 >周涛 | 签责 11-20 >周涛"],
  ["王建国", "昨天分别与李明、孙丽谈廉政，并签了承诺书", "!廉谈 11-29 >李明 | 廉谈 11-29 >孙丽 | 签责 11-29 >李明 | 签责 11-29 >孙丽"],
  ["赵敏", "上周和何平谈了廉政，还签了责任书", "廉谈 ? >何平 ?missing_date | 签责 ? >何平 ?missing_date"],
];
