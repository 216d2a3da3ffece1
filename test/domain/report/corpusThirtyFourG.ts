// Found by the acceptance tester of round 34b (t34b, issue 10), fixed by helper z1:
// §1a 周涛(部长)「今天和张伟书记进行了廉政谈话」 was stored at once as 周涛>张伟 (also 吴静 with 张书记, 李娟(科员) with her
// 分管领导 王建国, 杨帆 with 赵敏书记): only the DIRECT superior turned the talk round. Anyone above the sender in the chain of
// responsibility (the 书记 above everyone below the 班子成员, a 分管领导 above the heads and staff of the departments they
// supervise, a head above their staff) holds the talk or signing with the sender, on a 确认 card that says so.
// Near-misses keep today's reading: someone outside the chain (a leader and a head he does not supervise, 纪检 officers), a
// talk the sender sought (主动找/约), peers, and the superior's own report.
// §3c 周涛「上个月和张颖谈了两次心」 was asked its type while 「谈了一次心」 was read: a count of times inside 谈…心 (两次 ·
// 三次 · 2次) is a 谈心谈话 of that many talks, as 进行了两次谈心谈话 is; each talk's day asked.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_G_ROWS: CorpusRow[] = [
  // §1a: a superior above the direct one, by full name, surname + post, with or without 我, 找我/跟我 forms.
  ["周涛", "11月26日和张伟书记进行了廉政谈话", "!廉谈 11-26 张伟>周涛"],
  ["吴静", "昨天和张书记谈了一次心", "!谈心 11-29 张伟>吴静"],
  ["李娟", "11月24日和王建国副理事长进行了廉政谈话", "!廉谈 11-24 王建国>李娟"],
  ["杨帆", "今天上午和赵敏书记进行了谈心谈话", "!谈心 11-30 赵敏>杨帆"],
  ["刘洋", "11月20日与刘芳副理事长开展了谈心谈话", "!谈心 11-20 刘芳>刘洋"],
  ["孙杰", "我和张伟书记11月25日进行了廉政谈话", "!廉谈 11-25 张伟>孙杰"],
  ["徐辉", "11月18日同赵敏书记签订了党风廉政建设责任书", "!签责 11-18 赵敏>徐辉"],
  ["陈静", "张伟书记11月23日找我进行了廉政谈话", "!廉谈 11-23 张伟>陈静"],
  ["赵磊", "11月19日陈志强副理事长跟我谈了心", "!谈心 11-19 陈志强>赵磊"],
  ["郑华", "和张伟书记进行了廉政谈话", "!廉谈 ? 张伟>郑华 ?missing_date"],
  ["王强", "11月27日和孙丽科长、王建国副理事长进行了廉政谈话", "!廉谈 11-27 孙丽>王强 | 廉谈 11-27 王建国>王强"],
  // Near-misses: the direct superior as before.
  ["王磊", "11月26日和赵敏书记进行了廉政谈话", "!廉谈 11-26 赵敏>王磊"],
  // Outside the chain: a leader who does not supervise the head's department, a 纪检 officer either way.
  ["周涛", "11月26日和王建国副理事长进行了廉政谈话", "廉谈 11-26 >王建国"],
  ["何平", "11月20日与陈志强副理事长进行了廉政谈话", "廉谈 11-20 >陈志强"],
  ["黄志刚", "11月26日和张伟书记进行了廉政谈话", "廉谈 11-26 >张伟"],
  ["林晓", "11月25日和王建国副理事长进行了谈心谈话", "谈心 11-25 >王建国"],
  // A talk the sender sought stays theirs, even with the 书记.
  ["周涛", "11月26日我主动找张伟书记谈心", "谈心 11-26 >张伟"],
  ["吴静", "今天约张书记谈了谈心", "谈心 11-30 >张伟"],
  // Peers, and the superior's own report (skip-level too), at once.
  ["李明", "11月24日和孙丽科长进行了谈心谈话", "谈心 11-24 >孙丽"],
  ["王建国", "11月24日和李娟进行了廉政谈话", "廉谈 11-24 >李娟"],
  ["张伟", "11月26日和周涛进行了廉政谈话", "廉谈 11-26 >周涛"],
  // §3c: a count of times inside 谈…心, one talk per time, as 进行了两次谈心谈话 reads.
  ["周涛", "本月和张颖谈了两次心", "!谈心 ? >张颖 ?missing_date | 谈心 ? >张颖 ?missing_date"],
  ["王强", "本月和李娟谈了三次心", "!谈心 ? >李娟 ?missing_date | 谈心 ? >李娟 ?missing_date | 谈心 ? >李娟 ?missing_date"],
  ["郑华", "这个月跟陈静谈了2次心", "!谈心 ? >陈静 ?missing_date | 谈心 ? >陈静 ?missing_date"],
  ["吴静", "11月和刘洋谈过两次心，一次是11月5日，一次是11月19日", "!谈心 11-05 >刘洋 | 谈心 11-19 >刘洋"],
  // Near-misses: one time, the spelled-out type with a count, 心得 no 谈心.
  ["孙丽", "11月20日和王强谈了一次心", "谈心 11-20 >王强"],
  ["周涛", "本月和张颖进行了两次谈心谈话", "!谈心 ? >张颖 ?missing_date | 谈心 ? >张颖 ?missing_date"],
  ["何平", "11月20日和徐辉谈了心得体会", "? 11-20 >徐辉 ?missing_type"],
];
