// Round 53, fixer fkc, t55a F6/A12, F7 and round 52's left-alones (issue 10): answers and corrections typed while a card or a
// question waits. These are dialog behaviours, tested end to end in test/e2e/waitingAnswersFiftyThreeC.test.ts; the rows here
// hold what the parser alone decides.
// 1. On a waiting card 「第2条也是宣文部的」 was 「这条消息没有记录」, 「第2条不对，是11月10日组织的」 「没有在通讯录里找到
//    「11月10日」」, 「(2)部门是宣文部」 · 「第2条改一下，宣文部」 · 「第2条人数也是12人」 not read; only 「第2条部门改成宣文部」 worked. Now
//    cardEditWords puts 也是 · 是<day>组织的 · 是<department>组织的 · 12人参加 · 部门都是X · 改一下，X · 第N项/第N个/(N)/N. in the
//    words cardCorrections reads (only when the words as written change nothing), so every field the card shows changes.
//    Sent with no card waiting, these words are no report (rows below: `-`).
// 2. 「不在名单里」 to 「小王」是哪一位？ (several 王 offered) asked for the full name and needed a second press; the button's words now
//    leave that record out at once, said (notListed, leaveOutUnlisted); 都不是 · 以上都不是 still ask the full name. The reports
//    that ask 是哪一位 are below.
// 3. 「还有李娟」 right after a stored talk was 没看懂; it now adds 李娟 as 「李娟也谈了」 does (addedPerson). 「11月20日，还有李明也谈了」
//    to 是哪一天 asked 李明's day again; the deed with 也 now takes the day answered (answerAndReport), both on a card. Alone,
//    「还有李明也谈了」 asks (never a record).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_THREE_C_ROWS: CorpusRow[] = [
  // The reports the dialogs start from: cards of two and three, talks whose 小王 · 小张 · 小刘 is asked, talks stored at once.
  ["孙丽","11月25日财务科集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》","!廉教 11-25 > 《廉洁自律准则》 @财务科 | 警示 11-26 > 《迷途》 @-"],
  ["李明","1. 11月3日 与王芳进行廉政谈话\n2. 11月9日 组织学习《廉洁自律准则》，参加12人\n3. 11月16日 组织观看警示教育片《围猎》","!廉谈 11-03 >王芳 @办公室 | 廉教 11-09 > 《廉洁自律准则》 #12 @- | 警示 11-16 > 《围猎》 @-"],
  ["王磊","昨天宣文部 开会学习了 中央八项规定精神 ，然后还观看了 警示片，，","!廉教 11-29 > 《中央八项规定精神》 @宣文部 | 警示 11-29 > @宣文部"],
  ["吴静","昨天和新来的实习生小王谈心谈话，还有刘洋","谈心 11-29 >刘洋 @康复部 | 谈心 11-29 > @- ?ambiguous_counterpart"],
  ["吴静","昨天和刘洋、小王分别谈心谈话","谈心 11-29 >刘洋 @康复部 | 谈心 11-29 > @- ?ambiguous_counterpart"],
  ["孙丽","上周五和小张进行了廉政谈话，又和王强谈了一次","廉谈 11-27 >王强 @财务科 | 廉谈 11-27 > @- ?ambiguous_counterpart"],
  ["王芳","今天和小刘、胡军进行了谈心谈话","谈心 11-30 >胡军 @办公室 | 谈心 11-30 > @- ?ambiguous_counterpart"],
  ["李明","11月20日与小王、王芳分别进行廉政谈话","廉谈 11-20 >王芳 @办公室 | 廉谈 11-20 > @- ?ambiguous_counterpart"],
  ["王建国","昨天和小李、孙丽分别进行了廉政谈话","廉谈 11-29 >孙丽 @财务科 | 廉谈 11-29 > @- ?ambiguous_counterpart"],
  ["张伟","上周四与小孙、周涛进行了谈心谈话","谈心 11-26 >周涛 @组联部 | 谈心 11-26 > @- ?ambiguous_counterpart"],
  ["何平","11月18日和小陈 徐辉谈心谈话","谈心 11-18 >徐辉 @残疾人康复中心 | 谈心 11-18 > @- ?ambiguous_counterpart"],
  ["王芳","今天和小刘进行了谈心谈话","谈心 11-30 > @- ?ambiguous_counterpart"],
  ["孙丽","上周五和王强进行了廉政谈话","廉谈 11-27 >王强 @财务科"],
  ["孙丽","和王强进行了廉政谈话","廉谈 ? >王强 @财务科 ?missing_date"],
  ["李明","昨天和王芳谈心谈话","谈心 11-29 >王芳 @办公室"],
  ["王建国","昨天和李明主任进行了廉政谈话","廉谈 11-29 >李明 @办公室"],
  ["周涛","11月24日与张颖开展谈心谈话","谈心 11-24 >张颖 @组联部"],
  ["吴静","今天和刘洋进行了谈心谈话","谈心 11-30 >刘洋 @康复部"],
  ["胡军","11月26日与小王进行了廉政谈话","廉谈 11-26 > @- ?ambiguous_counterpart"],
  ["赵敏","11月20号和小王谈心谈话了","谈心 11-20 > @- ?ambiguous_counterpart"],
  // Correction and answer words sent with no card or question waiting: no report, or asked (an added person alone).
  ["孙丽","第2条也是宣文部的","-"],
  ["李明","第2条不对，是11月10日组织的","-"],
  ["王磊","第1条是王磊部长组织的","-"],
  ["王建国","两条都是宣文部的","-"],
  ["孙丽","都是11月20日","-"],
  ["李明","第3条删掉","-"],
  ["王磊","时间是明天","-"],
  ["王建国","第二条应该是宣文部","-"],
  ["孙丽","第2项也是宣文部组织的","-"],
  ["李明","(2)部门是宣文部","-"],
  ["王磊","第2条改一下，宣文部","-"],
  ["王建国","第2条部门也是宣文部","-"],
  ["孙丽","部门都是宣文部","-"],
  ["李明","第2条人数也是12人","-"],
  ["王磊","第2条也是12人参加","-"],
  ["王建国","第2条也是廉政教育","-"],
  ["孙丽","第二个是11月27日开展的","-"],
  ["李明","第2条应该是上周五组织的","-"],
  ["王磊","第2条不对 应该是11月25号看的","-"],
  ["王建国","第1条题目也是以案为鉴","-"],
  ["孙丽","第三项也是财务科的","-"],
  ["李明","2、部门也是财务科","-"],
  ["王磊","不在名单里","-"],
  ["王建国","李娟也在","-"],
  ["孙丽","还有李明也谈了","? ? >李明 @- ?missing_type,missing_date"],
  ["孙丽","11月20日，还有李明也谈了","? 11-20 >李明 @- ?missing_type"],
  ["王磊","李娟也参加了","-"],
  ["王建国","胡军也参加了","-"],
  ["孙丽","第三条也是11月9日组织的","-"],
  ["李明","(3)也是办公室的","-"],
  ["王磊","第2个部门是办公室","-"],
  ["王建国","第1条对象应该是胡军","-"],
  ["孙丽","第1条不对，是和胡军谈的","-"],
  ["李明","第1条也是警示教育","-"],
  ["王磊","第2条改一下，是廉政教育","-"],
  ["王建国","都是上周五","-"],
  ["孙丽","两条日期都是11月20日","-"],
  ["李明","第2条应该是宣文部组织的","-"],
  ["王磊","第1条是王建国副理事长组织的","-"],
  ["王建国","第2条不对，是陈志强副理事长带队的","-"],
  ["孙丽","第2条不是我，是陈志强副理事长带队的","-"],
  ["李明","第2条是明天","-"],
  ["王磊","以上都不是","-"],
  ["王建国","都不是","-"],
  ["孙丽","名单里没有","-"],
  ["李明","不在名单上","-"],
  ["王磊","还有李娟","-"],
  ["王建国","另外还有李娟同志","-"],
  ["王建国","孙丽科长也谈了","? ? >孙丽 @- ?missing_type,missing_date"],
  ["王建国","还有孙丽","-"],
  ["王磊","胡军当天也谈了","? ? >胡军 @- ?missing_type,missing_date"],
  ["王建国","何平也在","-"],
  ["孙丽","还有李娟，也是那天谈的","-"],
  ["李明","刚才那条，李娟也谈了","? 11-30 >李娟 @- ?missing_type"],
  ["王磊","11月20日 还有李娟也谈了","? 11-20 >李娟 @- ?missing_type"],
  ["王建国","上周五，还有李娟也谈了","? 11-27 >李娟 @- ?missing_type"],
  ["孙丽","11月20日。另外胡军也谈了","? 11-20 >胡军 @- ?missing_type"],
];
