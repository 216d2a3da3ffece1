// Round 45, the coordinator's fix (found by tester t48a on the round's merge, F1: wrong on a card). 徐辉 (康复中心副主任)
// 「本周三和孙杰医生开展了谈心谈话，周四又组织中心医护人员学习了…，参加12人」 showed the study as 何平's (代为上报): since
// round 36 a deputy head counted as a member, a department's deed with no doer named its head's on the card. One a
// deputy says they 组织ed may well be theirs, so whose it was is now asked (the head, then the deputy); 集中学习 with no
// 组织, a clerk's 组织…, 我组织… and the head's own read as before. And t48b F2: 「郑华部长是11月23日，我是11月24日」 (in the
// message, or as the answer to the day question: dayPeopleParts.test.ts) put both talks on 11-23. Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_FIVE_Z_ROWS: CorpusRow[] = [
  ["徐辉", "11月25日和孙杰医生开展了谈心谈话，11月26日又组织中心医护人员学习了医疗行业廉洁从业九项准则，参加12人", "谈心 11-25 >孙杰 @残疾人康复中心 | 廉教 11-26 > 《医疗行业廉洁从业九项准则》 #12 @残疾人康复中心 ?missing_actor"],
  ["徐辉", "上周四组织中心医护人员学习了医疗行业廉洁从业九项准则，参加12人", "廉教 11-26 > 《医疗行业廉洁从业九项准则》 #12 @残疾人康复中心 ?missing_actor"],
  ["王强", "11月24日组织科室同志学习了《廉洁自律准则》，参加5人", "廉教 11-24 > 《廉洁自律准则》 #5 @财务科 ?missing_actor"],
  ["王强", "11月24日组织财务科全体人员观看警示教育片《围猎》", "警示 11-24 > 《围猎》 @财务科 ?missing_actor"],
  // Near-misses: no 组织 (the head's on the card), a clerk's 组织 (the head's), the deputy's 我组织 and the head's own.
  ["王强", "11月24日科室集中学习了《廉洁自律准则》，参加5人", "!廉教 11-24 孙丽> 《廉洁自律准则》 #5 @财务科"],
  ["李娟", "11月24日组织科室同志学习了《廉洁自律准则》，参加5人", "!廉教 11-24 孙丽> 《廉洁自律准则》 #5 @财务科"],
  ["徐辉", "11月24日我组织中心医护人员学习了医疗行业廉洁从业九项准则，参加12人", "廉教 11-24 > 《医疗行业廉洁从业九项准则》 #12 @残疾人康复中心"],
  ["孙丽", "11月24日组织科室同志学习了《廉洁自律准则》，参加5人", "廉教 11-24 > 《廉洁自律准则》 #5 @财务科"],
  // t48b F2 (found on the merge): the sender talked to keys their own day with 我 (was: both talks on the first day).
  ["陈静", "陈志强副理事长到教就部开展谈心谈话，与郑华部长和我分别谈了话，郑华部长是11月23日，我是11月24日", "!谈心 11-24 陈志强>陈静 @教育就业部 | 谈心 11-23 陈志强>郑华 @教育就业部"],
];
