// Round 44, fixer C (fqc): deeds dropped or not read beside others, and needless questions (fixers' left-alones, tester
// t45a F7). Read on Mon 2026-11-30 10:00 +08:00, as every row.
//  1. 「11月20日召开专题会议，随后进行了廉洁提醒」 stored the meeting alone: 廉洁提醒 (the catalogue's 廉政提醒 spelled with 廉洁)
//     was no type word, so the reminder vanished; 「召开科室会议，会后进行了廉洁提醒」 was no report at all. 「召开部门会议，会后
//     (与各部室主要负责人)进行了谈话」 from a head was no report either (a sitting of no type read with the talk; a group the
//     directory cannot list for a head no one talked to). 「会后对李明、孙丽进行了廉洁提醒」 was noted as said in passing;
//     「会后对王磊红脸出汗」 dropped beside the meeting, 「召开科室会议，会后对全科人员敲了警钟」 no report.
//  2. 「11月20日查看了经费支出票据」 · 「翻阅了账本」 were no report (查看/翻阅 no check verb); 单据, 费用报销 and a ledger of money
//     were no books. Now a check of funds guessed, on the card, as 查看了报销凭证 already was (a 台账 still asked its kind).
//  3. 「赵敏书记主持会议，随后与王磊签订了责任书」 (no day) made the signing the sender's: the chair opening the sentence goes on.
//  4. t45a F7: 「维权部11月份廉政工作：…3.11月24日参加机关警示教育大会」 from its head asked 「这条警示教育是谁的？」 among the
//     leaders; in the head's own account it is the department's attendance, as 部门全体参加了机关警示教育大会 is.
//     Round 51 (fzc, policy): both are now no record, the line named as not recorded (corpusFiftyOneC); the rows changed so.
//  5. Left-alones: a heading naming two leaders (王建国、刘芳两位领导本周廉政工作：) left its items the sender's (a 谈心 with 周涛
//     recorded at once as the clerk's); 「班子成员本周廉政工作：11月23日与李明进行了廉政谈话」 turned into 李明's talk with the
//     sender. Each subjectless item is now asked whose among the heading's people.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_FOUR_C_ROWS: CorpusRow[] = [
  // 1. A reminder or untyped talk after a meeting (was: dropped, or no report). Near-misses: a reminder said in passing
  //    (顺便提醒了…注意, 会后进行了廉洁提醒 after a study: noted, as before), a 提醒会 (a meeting), a talk only planned, a sitting alone.
  ["李娟", "11月20日召开专题会议，随后进行了廉洁提醒", "专题 11-20 > @- ?missing_actor | 廉谈 11-20 > @- ?missing_counterpart"],
  ["孙丽", "11月20日召开科室会议，会后进行了廉洁提醒", "廉谈 11-20 > @- ?missing_counterpart"],
  ["王磊", "11月18日主持召开部门会议，会后对杨帆进行了廉洁提醒", "!廉谈 11-18 >杨帆 @宣文部"],
  ["刘芳", "11月20日与周涛、吴静签订了责任书，随后进行了廉洁提醒", "!签责 11-20 >周涛 @组联部 | 签责 11-20 >吴静 @康复部 | 廉谈 11-20 >周涛 @组联部 | 廉谈 11-20 >吴静 @康复部"],
  ["赵敏", "11月24日和王磊签了责任书，随后对他进行了廉洁提醒", "!签责 11-24 >王磊 @宣文部 | 廉谈 11-24 >王磊 @宣文部"],
  ["吴静", "11月20日组织观看警示教育片《蜕变》，观后对刘洋进行了廉洁提醒", "!警示 11-20 > 《蜕变》 | 廉谈 11-20 >刘洋 @康复部"],
  ["何平", "上周三对徐辉进行了廉洁提醒", "廉谈 11-25 >徐辉 @残疾人康复中心"],
  ["王建国", "11月20日召开分管科室会议，会后对李明、孙丽进行了廉洁提醒", "!分管会 11-20 > @办公室、财务科 | 廉谈 11-20 >李明 @办公室 | 廉谈 11-20 >孙丽 @财务科"],
  ["王建国", "11月20日召开分管科室会议，会后对李明、孙丽进行了廉政提醒", "!分管会 11-20 > @办公室、财务科 | 廉谈 11-20 >李明 @办公室 | 廉谈 11-20 >孙丽 @财务科"],
  ["孙丽", "11月20日组织科室学习《条例》，会后对王强进行了廉政提醒", "!廉教 11-20 > 《条例》 @财务科 | 廉谈 11-20 >王强 @财务科"],
  ["李明", "11月20日召开部门会议，会后与各部室主要负责人进行了谈话", "? 11-20 > @- ?missing_type,missing_counterpart"],
  ["李明", "11月20日召开部门会议，会后进行了谈话", "? 11-20 > @- ?missing_type,missing_counterpart"],
  ["周涛", "11月20日召开部务会，会后进行了集体谈话", "? 11-20 > @- ?missing_type,missing_counterpart"],
  ["郑华", "上周五开了个科室例会，会后开展了集体谈话，共3人参加", "? 11-27 > @- ?missing_type,missing_counterpart"],
  ["冯雪", "11月19日召开维权部会议，随后进行了谈话", "? 11-19 > @- ?missing_type,missing_counterpart"],
  ["吴静", "昨天召开科室会议，散会后进行了集体谈话", "? 11-29 > @- ?missing_type,missing_counterpart"],
  ["李明", "11月20日与各科室负责人进行了谈话", "? 11-20 > @- ?missing_type,missing_counterpart"],
  ["孙丽", "11月20日召开科室会议，会后与王强进行了谈话", "? 11-20 >王强 @- ?missing_type"],
  ["王建国", "11月20日召开分管科室会议，会后进行了集体谈话", "分管会 11-20 > @办公室、财务科 | ? 11-20 > @- ?missing_type,missing_counterpart"],
  ["孙丽", "11月20日召开科室会议，会后对全科人员敲了警钟", "!廉教 11-20 > @财务科"],
  ["孙丽", "11月20日召开科室会议，会上对大家敲了警钟", "!廉教 11-20 >"],
  ["赵敏", "11月20日召开专题会议，会后对王磊红脸出汗", "!专题 11-20 > | 廉谈 11-20 >王磊 @宣文部"],
  ["赵敏", "昨天对王磊红脸出汗", "!廉谈 11-29 >王磊 @宣文部"],
  ["吴静", "11月20日组织学习《准则》，会后对刘洋咬耳扯袖", "!廉教 11-20 > 《准则》 | 廉谈 11-20 >刘洋 @康复部"],
  ["赵敏", "11月20日召开专题会议，随后对王磊、何平进行了集体约谈", "!专题 11-20 > | 廉谈 11-20 >王磊 @宣文部 | 廉谈 11-20 >何平 @残疾人康复中心"],
  ["孙丽", "11月20日召开科室会议，随后进行了提醒谈话", "廉谈 11-20 > @- ?missing_counterpart"],
  ["王建国", "11月20日召开分管科室会议，会后给李明、孙丽打了招呼", "分管会 11-20 > @办公室、财务科"],
  ["王建国", "11月20日召开分管科室会议，会后对李明敲了警钟", "分管会 11-20 > @办公室、财务科"],
  ["孙丽", "要经常给大家敲敲警钟", "-"],
  ["孙丽", "11月20日组织科室学习《条例》，会后进行了廉洁提醒", "廉教 11-20 > 《条例》 @财务科"],
  ["孙丽", "今天组织科室学习了《中国共产党纪律处分条例》，参加5人，会后顺便提醒了王强注意节前纪律", "廉教 11-30 > 《中国共产党纪律处分条例》 #5 @财务科"],
  ["王建国", "11月27日召开节前廉洁提醒会，财务科、办公室全体人员参加", "!分管会 11-27 > @财务科、办公室"],
  ["李明", "11月20日召开部门会议", "-"],
  ["李明", "11月20日召开部门会议，会后我要和大家谈话", "-"],
  // 2. The books of money looked through (查看/翻阅/翻看/核对…了 票据 · 账本 · 单据 · 费用报销): a 专项资金检查, guessed (was: no
  //    report). Near-misses: a look to come or asked for, books sorted (整理), a claim approved (请…审核了报销单据), a 台账 (its
  //    type asked, as round 42 has it).
  ["孙丽", "11月20日查看了经费支出票据", "!资金 11-20 >"],
  ["孙丽", "11月20日翻阅了账本", "!资金 11-20 >"],
  ["王强", "11月24日抽查了办公室的发票", "!资金 11-24 > @办公室"],
  ["孙丽", "昨天核对了康复中心的账目", "!资金 11-29 > @残疾人康复中心"],
  ["黄志刚", "11月25日到康复部翻看了报销单据", "!资金 11-25 > @康复部"],
  ["林晓", "11月26日检查了组联部的差旅费用报销", "!资金 11-26 > @组联部"],
  ["孙丽", "11月20日对康复中心的报销凭证进行了核对", "!资金 11-20 > @残疾人康复中心"],
  ["王强", "上周五翻阅了残疾人康复中心的财务账簿", "!资金 11-27 > @残疾人康复中心"],
  ["黄志刚", "11月18日带林晓到教育就业部查看了会议费支出票据", "!资金 11-18 > @教育就业部"],
  ["孙丽", "11月20日查看了报销凭证", "!资金 11-20 >"],
  ["孙丽", "明天查看一下票据", "-"],
  ["孙丽", "要核对一下账目", "-"],
  ["孙丽", "11月20日整理了发票", "-"],
  ["王芳", "票据放哪了？", "-"],
  ["孙丽", "11月20日查看了廉政风险防控台账", "? 11-20 > ?missing_type"],
  ["孙丽", "11月20日查看了经费台账", "? 11-20 > ?missing_type"],
  ["李娟", "11月18日请孙科长审核了报销单据", "-"],
  // 3. The chair opening the sentence (X主持会议) does the subjectless deed told after it (随后/会后/接着与Y…), no day said too
  //    (was: the sender's). Near-misses: 我 says whose; 会议由X主持 names a chair only (as before); with a day (as before).
  ["李明", "赵敏书记主持会议，随后与王磊签订了责任书", "签责 ? 赵敏>王磊 @宣文部 ?missing_date"],
  ["王芳", "张书记主持会议，会后与李明进行了谈话", "? ? 张伟>李明 ?missing_type,missing_date"],
  ["胡军", "王建国副理事长主持会议，会后与孙丽签订了责任书", "签责 ? 王建国>孙丽 @财务科 ?missing_date"],
  ["杨帆", "赵敏书记主持召开部门会议，随后与王部长签订了责任书", "签责 ? 赵敏>王磊 @宣文部 ?missing_date"],
  ["张颖", "刘芳副理事长主持会议，会后与周涛部长进行了廉政谈话", "廉谈 ? 刘芳>周涛 @组联部 ?missing_date"],
  ["陈静", "陈志强副理事长主持会议，接着与郑华签订了责任书", "签责 ? 陈志强>郑华 @教育就业部 ?missing_date"],
  ["王芳", "张书记主持会议，会后我与胡军签订了承诺书", "签责 ? >胡军 @办公室 ?missing_date"],
  ["李明", "11月20日赵敏书记主持会议，随后与王磊签订了责任书", "!签责 11-20 赵敏>王磊 @宣文部"],
  // 4. t45a F7: attending a 机关 event in the head's own account of the department's work is the department's (was: asked
  //    whose among the leaders). Near-misses: the same item alone, or from a clerk (asked as before), a 中心组 study.
  ["冯雪", "维权部11月份廉政工作：1.11月10日部门集中学习廉政准则；2.11月17日与赵磊谈心；3.11月24日参加机关警示教育大会", "!廉教 11-10 > 《廉政准则》 @维权部 | 谈心 11-17 >赵磊 @维权部"],
  ["郑华", "教育就业部11月工作小结：1.11月12日组织学习《条例》；2.11月24日参加机关警示教育大会", "廉教 11-12 > 《条例》 @教育就业部"],
  ["吴静", "康复部本月工作：1.11月5日组织观看警示片《蜕变》；2.11月20日参加机关廉政党课", "!警示 11-05 > 《蜕变》 @康复部 | 党课 11-20 > @康复部"],
  ["何平", "康复中心11月工作汇报：1.11月6日组织全体职工学习《廉洁自律准则》；2.11月26日参加机关组织的警示教育", "!廉教 11-06 > 《廉洁自律准则》 @残疾人康复中心 | 警示 11-26 > @残疾人康复中心"],
  ["周涛", "组联部11月份党风廉政工作总结：\n1.11月9日组织观看警示教育片《围猎》；\n2.11月25日参加了机关警示教育大会", "!警示 11-09 > 《围猎》 @组联部"],
  ["冯雪", "11月24日部门全体参加了机关警示教育大会", "-"],
  ["冯雪", "11月24日参加机关警示教育大会", "-"],
  ["赵磊", "维权部11月份廉政工作：1.11月10日部门集中学习廉政准则；2.11月24日参加机关警示教育大会", "!廉教 11-10 冯雪> 《廉政准则》 @维权部"],
  // 5. A heading naming two leaders or the 班子成员: each subjectless item asked whose among them (was: the sender's, or a
  //    talk with a leader's counterpart turned round). Near-misses: one leader named (theirs, as before), an item with its own
  //    doer or 我.
  ["胡军", "王建国、刘芳两位领导本周廉政工作：1.11月23日与李明谈话；2.11月25日参加警示教育", "? 11-23 >李明 @- ?missing_type,missing_actor | 警示 11-25 > @- ?missing_actor"],
  ["胡军", "王建国、刘芳两位领导本周廉政工作：1.11月23日与李明进行了廉政谈话；2.11月25日与周涛谈心", "廉谈 11-23 >李明 @办公室 ?missing_actor | 谈心 11-25 >周涛 @组联部 ?missing_actor"],
  ["王芳", "班子成员本周廉政工作：11月23日与李明进行了廉政谈话", "廉谈 11-23 >李明 @办公室 ?missing_actor"],
  ["杨帆", "陈志强、赵敏两位领导上周工作：\n11月24日与王磊签订了责任书\n11月26日与冯雪谈心", "签责 11-24 >王磊 @宣文部 ?missing_actor | 谈心 11-26 >冯雪 @维权部 ?missing_actor"],
  ["胡军", "王建国副理事长本周廉政工作：1.11月23日与李明谈话；2.11月25日与孙丽谈心", "? 11-23 王建国>李明 @- ?missing_type | 谈心 11-25 王建国>孙丽 @财务科"],
  ["王芳", "班子成员11月廉政工作：1.11月23日王建国与李明进行了廉政谈话", "!廉谈 11-23 王建国>李明 @办公室"],
  ["王芳", "王建国、刘芳两位领导本周廉政工作：1.11月23日我与胡军谈了心", "谈心 11-23 >胡军 @办公室"],
];
