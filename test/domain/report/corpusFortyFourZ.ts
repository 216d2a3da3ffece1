// Round 44, the coordinator's fixes (found by tester t46b on 4c9244cf, F1: wrong on a card). A 工作动态's closing sentence
// 「党组成员、副理事长刘芳陪同。」 — the leader's titles written before her name, joined by 、 — made her a third person the
// secretary talked to (one tap would have counted a 书记–班子成员 talk that never happened); 「刘芳副理事长陪同。」 and the
// same after a comma without the titles were read right. Now the parts of a named person's own title before the name are
// the name's, and a sentence of its own naming only who went along (陪同 · 一同参加) after a talk or signing goes whole,
// said on the card. Near-misses: a leader talked to, named with her titles, stays talked to. And (fqf's left-alone) a
// 分管科室会议 whose subject is a department, sent by one of its staff, was its head's on the card: now asked whose. Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_FOUR_Z_ROWS: CorpusRow[] = [
  ["王芳", "11月24日，张伟书记到组联部与全体干部进行了集体廉政谈话。党组成员、副理事长刘芳陪同。", "!廉谈 11-24 张伟>周涛 @组联部 | 廉谈 11-24 张伟>张颖 @组联部"],
  ["王芳", "11月24日上午，市残联党组书记、理事长张伟到康复部调研指导党风廉政建设工作，听取了吴静部长的工作汇报，并与康复部全体干部进行了集体廉政谈话。张伟强调，要把纪律和规矩挺在前面。党组成员、副理事长刘芳陪同。", "!廉谈 11-24 张伟>吴静 @康复部 | 廉谈 11-24 张伟>刘洋 @康复部"],
  ["胡军", "11月25日，党组书记、理事长张伟与李明进行了廉政谈话，党组成员、副理事长王建国陪同。", "!廉谈 11-25 张伟>李明 @办公室"],
  ["胡军", "11月25日，张伟书记与李明进行了廉政谈话。党组成员、副理事长王建国陪同。", "!廉谈 11-25 张伟>李明 @办公室"],
  ["杨帆", "11月20日，赵敏书记到宣文部与全体同志进行了集体廉政谈话。党组成员、机关党委书记赵敏主持。", "!廉谈 11-20 赵敏>王磊 @宣文部 | 廉谈 11-20 赵敏>杨帆 @宣文部"],
  ["杨帆", "11月20日，党组成员、机关党委书记赵敏与王磊部长进行了廉政谈话。机关纪委书记黄志刚一同参加。", "!廉谈 11-20 赵敏>王磊 @宣文部"],
  ["胡军", "11月26日，陈志强副理事长与郑华、冯雪签订了党风廉政建设责任书。党组成员、副理事长王建国陪同。", "!签责 11-26 陈志强>郑华 @教育就业部 | 签责 11-26 陈志强>冯雪 @维权部"],
  ["胡军", "11月26日，陈志强副理事长与郑华、冯雪签订了党风廉政建设责任书。", "!签责 11-26 陈志强>郑华 @教育就业部 | 签责 11-26 陈志强>冯雪 @维权部"],
  ["王芳", "11月24日，张伟书记与李明、孙丽进行了廉政谈话。", "!廉谈 11-24 张伟>李明 @办公室 | 廉谈 11-24 张伟>孙丽 @财务科"],
  ["王芳", "11月24日，张伟书记与党组成员、副理事长刘芳进行了廉政谈话。", "!廉谈 11-24 张伟>刘芳 @-"],
  ["王芳", "11月24日，张伟书记与党组成员、副理事长刘芳，党组成员、副理事长王建国分别进行了廉政谈话。", "!廉谈 11-24 张伟>刘芳 @- | 廉谈 11-24 张伟>王建国 @-"],
  ["吴静", "11月23日和刘洋谈了心。刘芳副理事长陪同。", "!谈心 11-23 >刘洋 @康复部"],
  // 2. A 分管科室会议 read as the department head's from a department subject (组联部召开了分管科室会议, from a 科员) is a
  //    分管领导's duty: asked whose, never the head's on a card (was: 周涛 with 「「组联部」不是周涛分管的科室」). A leader named keeps it.
  ["张颖", "昨天组联部召开了分管科室会议，领导出席", "分管会 11-29 > @- ?missing_actor"],
  ["杨帆", "11月20日宣文部召开了分管科室党风廉政建设工作会议", "分管会 11-20 > @- ?missing_actor"],
  ["刘洋", "上周三康复部召开分管科室党风廉政建设工作会议，部门全体参加", "分管会 11-25 > @- ?missing_actor"],
  ["胡军", "11月5日召开分管科室党风廉政建设工作会议，陈志强副理事长出席并讲话", "!分管会 11-05 陈志强> @教育就业部、维权部"],
  ["胡军", "11月5日王建国副理事长召开分管科室党风廉政建设工作会议，办公室、财务科负责人参加", "!分管会 11-05 王建国> @办公室、财务科"],
  ["张颖", "11月20日刘芳副理事长主持召开分管科室党风廉政建设工作会议，组联部、康复部负责人参加", "!分管会 11-20 刘芳> @组联部、康复部"],
  // 3. (t47a F2/F4, on the merge) a month span written 10-11月 is no day (the check had been dated 10-11); 「N位同志」 right
  //    after a list of N names only counts them (the sender's own talks had been asked whose, their days asked again); a
  //    count that does not match (周涛、吴静三位同志) reads as before. And a 分管科室会议 of a department its 分管领导 sends
  //    (财务科召开分管科室…会议 from 王建国) is his own, on a card (round 21's row had made it the head's, 孙丽's).
  ["黄志刚", "上周二带林晓到财务科开展了专项资金使用情况检查，查阅了10-11月的报销凭证，发现2处问题已要求整改", "!资金 11-24 > @财务科"],
  ["林晓", "上周二到财务科开展了专项资金检查，查阅了9-10月的报销凭证", "资金 11-24 > @财务科"],
  ["孙丽", "11-20和王强谈了心", "谈心 11-20 >王强 @财务科"],
  ["孙丽", "11.20和王强谈了心，11-24与李娟谈心", "!谈心 11-20 >王强 @财务科 | 谈心 11-24 >李娟 @财务科"],
  ["张伟", "11月中旬分别和王建国、刘芳、陈志强、赵敏四位同志谈了廉政谈话，具体是11月16日王建国、刘芳，11月18日陈志强、赵敏", "!廉谈 11-16 >王建国 @- | 廉谈 11-16 >刘芳 @- | 廉谈 11-18 >陈志强 @- | 廉谈 11-18 >赵敏 @-"],
  ["赵敏", "11月中旬分别和王磊、何平两位同志进行了廉政谈话，具体为11月16日王磊，11月18日何平", "!廉谈 11-16 >王磊 @宣文部 | 廉谈 11-18 >何平 @残疾人康复中心"],
  ["张伟", "11月16日分别和王建国、刘芳两位同志谈了廉政谈话", "廉谈 11-16 >王建国 @- | 廉谈 11-16 >刘芳 @-"],
  ["王建国", "11月20日与李明、孙丽两位部门负责人签订了党风廉政建设责任书", "签责 11-20 >李明 @办公室 | 签责 11-20 >孙丽 @财务科"],
  // (round 45, fre kind 5: 三位 after two names is said on a card, never dropped silently; was stored at once.)
  ["刘芳", "11月20日和周涛、吴静三位同志谈了心", "!谈心 11-20 >周涛 @组联部 | 谈心 11-20 >吴静 @康复部"],
  ["王建国", "11月24日，财务科召开分管科室党风廉政建设工作会议", "!分管会 11-24 > @财务科"],
  ["刘芳", "11月24日，财务科召开分管科室党风廉政建设工作会议", "分管会 11-24 > @- ?missing_actor"],
];
