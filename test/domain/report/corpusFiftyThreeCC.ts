// Round 53, fixer fkcc (issue 10): department edits typed on a waiting card, and a talk added with the day answered — the
// tasks fkc left. These are dialog behaviours, tested end to end in test/e2e/waitingEditsFiftyThreeCC.test.ts; the rows here
// hold what the parser alone decides: the reports the cards come from, and the edit words sent with no card waiting.
// 1. 「第2条是宣文部组织的」 from 杨帆 on a card whose item 2 had no department changed item 2's doer to 王磊 (the head of 宣文部):
//    the doer words took the department for its head. 是<department>组织的 · 开展的 · 举办的 · 召开的 · 牵头组织的 now names the
//    organising department (a check's: the place checked), read before the doer words (saysOrganisingDepartment); the doer
//    changes only when a person is named (是王强副科长组织的).
// 2. 「也是宣文部的」 · 「这条也是宣文部的」 · 「部门也是宣文部」 with no item number were 「这条消息没有记录」: the one record that can
//    have a department and has none takes it (alsoDepartmentItem); several without: 第几条 asked; none without: as before.
// 3. 「第5项也是财务科的」 on a card of two was 「这条消息没有记录…」: a department said after an item beyond the card now says
//    「卡片上只有 2 条记录，没有第5条」 as 「第3条删掉」 does.
// 4. 「11月20日，还有李明也谈了」 to 是哪一天: the card said 「消息里有日期、人名…没有对应到任何记录」 though both were used, and 李明's
//    talk had no department; the talk is now recomputed from what was used (answerAndReport asTalkOf): the counterpart's
//    department, and a leftover that named nothing dropped.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_THREE_CC_ROWS: CorpusRow[] = [
  // The reports the cards start from.
  ["杨帆","11月25日宣文部集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》","!廉教 11-25 王磊> 《廉洁自律准则》 @宣文部 | 警示 11-26 王磊> 《迷途》 @-"],
  ["王芳","11月25日办公室集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》","!廉教 11-25 李明> 《廉洁自律准则》 @办公室 | 警示 11-26 李明> 《迷途》 @-"],
  ["李娟","11月24日财务科开展廉政教育学习《条例》，11月27日召开专题会议研究廉政风险防控","!廉教 11-24 孙丽> 《条例》 @财务科 | 专题 11-27 孙丽> @财务科"],
  ["刘洋","11月23日康复部组织学习廉洁自律准则；11月24日开展廉政讲座","!廉教 11-23 吴静> 《廉洁自律准则》 @康复部 | 廉教 11-24 吴静> @-"],
  ["郑华","上周二教就部学习了《条例》，上周四开展了廉政讲座","!廉教 11-24 > 《条例》 @教育就业部 | 廉教 11-26 > @-"],
  ["冯雪","11月20日维权部组织学习《准则》，11月21日组织观看警示教育片","!廉教 11-20 > 《准则》 @维权部 | 警示 11-21 > @-"],
  ["赵敏","11月25日宣文部学习了《条例》，11月26日带队开展了廉政风险点监督检查","!廉教 11-25 王磊> 《条例》 @宣文部 | 作风 11-26 王磊> @-"],
  ["孙丽","11月25日集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》","!廉教 11-25 > 《廉洁自律准则》 @- | 警示 11-26 > 《迷途》 @-"],
  ["周涛","和张颖开展了谈心谈话","谈心 ? >张颖 @组联部 ?missing_date"],
  ["吴静","和刘洋进行了谈心谈话","谈心 ? >刘洋 @康复部 ?missing_date"],
  ["何平","和孙杰进行了谈心谈话","谈心 ? >孙杰 @残疾人康复中心 ?missing_date"],
  ["冯雪","和赵磊进行了谈心谈话","谈心 ? >赵磊 @维权部 ?missing_date"],
  // The edit words sent with no card waiting: no report.
  ["杨帆","第2条是宣文部组织的","-"],
  ["杨帆","也是宣文部的","-"],
  ["杨帆","这条也是宣文部的","-"],
  ["杨帆","部门也是宣文部","-"],
  ["王芳","第二个是办公室组织的","-"],
  ["李娟","第2条是财务科召开的","-"],
  ["刘洋","部门也是康复部","-"],
  ["郑华","第2条是教育就业部开展的","-"],
  ["冯雪","一样是维权部的","-"],
  ["孙丽","第5项也是财务科的","-"],
  ["孙丽","第4条部门是财务科","-"],
  ["赵敏","第2条是康复部的","-"],
  // The answer with a talk added, sent with nothing asked: 还有X也谈了 names no kind and no day (asked, never a record).
  ["孙丽","11月20日，还有李娟也谈了","? 11-20 >李娟 @- ?missing_type"],
  ["周涛","上周三，还有刘洋也谈了","? 11-25 >刘洋 @- ?missing_type"],
  ["吴静","11月26日，还有何平也谈了","? 11-26 >何平 @- ?missing_type"],
];
