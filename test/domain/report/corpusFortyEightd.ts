// Round 48, fixer d (issue 10): every department of a record, and deeds departments held together. Before:
// 「我部和维权部联合召开警示教育大会」 · 「教就部、维权部联合开展廉政教育」 were read once per department — a second record put
// under the other department's head (冯雪, who never reported it) and a head count moved to a note, for a tap; 「康复中心与宣文部
// 联合举办廉政党课，赵敏书记授课」 kept only the first department (the two readings came out the same and one was dropped with its
// department); 「我们和康复部一起学习了…」 (a bare 我们), 「宣文部联合康复中心开展…」 (联合/会同/携手 between the two) and
// 「跟教就部一起看了警示片」 (跟, the spoken 看) were filed under the other department only, the sender's own lost. Now a deed held
// together (联合/共同/一起/一同, or 联合/会同/携手 joining the departments) is one record at every department that held it, in the
// order written, the doer the sender's own department's reading (else the first's); talks, signings and checks (whose department
// is the one checked) and readings asking their type stay one per department as before. A department only the place (到维权部),
// the audience (给维权部讲 · 组织…维权部全体党员) or met 分别 keeps its reading.
// Found while probing (a wrong department stored at once): 「我们部学习了《纪律处分条例》，康复部吴静也参加了」 was at 康复部, the
// attender's unit, because a study told by 学习了《…》 names no type word and the attender rule (participantUnit, round 45 fre)
// looked for one; a 学习了《…》 study is now a study there.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_EIGHT_d_ROWS: CorpusRow[] = [
  // 1. Held together, the sender's department among them (我部 · 我们 · 我科 · 我们中心 · its name · left out before 与/跟…一起):
  //    one record at both, chat and 工作动态 style.
  ["郑华", "11月20日我部和维权部联合召开警示教育大会，观看了警示教育片《围猎》", "警示 11-20 > 《围猎》 @教育就业部、维权部"],
  ["郑华", "11月20日教就部、维权部联合开展廉政教育，共30人参加", "廉教 11-20 > #30 @教育就业部、维权部"],
  ["何平", "11月20日与康复部一起组织观看警示教育片《警钟》", "警示 11-20 > 《警钟》 @残疾人康复中心、康复部"],
  ["周涛", "上周五我们和康复部一起学习了《中国共产党纪律处分条例》", "廉教 11-27 > 《中国共产党纪律处分条例》 @组联部、康复部"],
  ["王磊", "11月18日宣文部联合康复中心开展警示教育，参观廉政教育基地", "警示 11-18 > @宣文部、残疾人康复中心"],
  ["冯雪", "11月24日，维权部与教育就业部联合召开党风廉政建设专题会议，两部门全体党员参加。", "专题 11-24 > @维权部、教育就业部"],
  ["吴静", "前天我们部跟组联部一起组织学习了廉洁自律准则 大概20人", "廉教 11-28 > 《廉洁自律准则》 #20 @康复部、组联部"],
  ["李明", "11月25日办公室会同财务科组织全体人员观看警示教育片《围猎》，共18人参加", "警示 11-25 > 《围猎》 #18 @办公室、财务科"],
  ["孙丽", "上周四我科与办公室联合开展了廉政教育，学习了《廉洁自律准则》", "廉教 11-26 > 《廉洁自律准则》 @财务科、办公室"],
  ["杨帆", "11月26日，宣文部、维权部共同举办廉政知识讲座，赵敏书记授课", "!廉教 11-26 赵敏> @宣文部、维权部"],
  ["陈静", "11月26日教育就业部和维权部一同组织观看了警示片，共25人", "!警示 11-26 郑华> #25 @教育就业部、维权部"],
  ["周涛", "11月17日组联部携手康复部开展廉政教育，集中学习了《中国共产党纪律处分条例》", "廉教 11-17 > 《中国共产党纪律处分条例》 @组联部、康复部"],
  ["王强", "上周二我们和办公室一起学习了廉洁自律准则", "!廉教 11-24 孙丽> 《廉洁自律准则》 @财务科、办公室"],
  ["何平", "11月27日我们中心与宣文部联合开展警示教育，共40人参加", "警示 11-27 > #40 @残疾人康复中心、宣文部"],
  ["郑华", "11.26 我部和维权部联合开展廉政教育 共22人", "廉教 11-26 > #22 @教育就业部、维权部"],
  ["刘洋", "11月19日康复部和组联部联合召开警示教育会，吴静部长主持", "!警示 11-19 吴静> @康复部、组联部"],
  ["冯雪", "昨天跟教就部一起看了警示片", "警示 11-29 > @维权部、教育就业部"],
  ["李明", "11月23日，办公室与财务科联合举办廉政党课，王建国副理事长为两科室全体人员讲授廉政党课。", "!党课 11-23 王建国> @办公室、财务科"],
  ["孙丽", "财务科和办公室11月25日联合开展警示教育，共20人", "警示 11-25 > #20 @财务科、办公室"],
  // 2. Held together, the sender outside them: one record, the first department's reading (its head, or the leader named), for a tap.
  ["王建国", "11月20日办公室、财务科联合召开党风廉政建设专题会议", "!专题 11-20 李明> @办公室、财务科"],
  ["林晓", "11月20日财务科和组联部联合召开警示教育会", "!警示 11-20 孙丽> @财务科、组联部"],
  // 3. Near-misses: a place (到), an audience (给 · 组织…全体党员), 分别, a person not a department, a check,
  //    a signing, another department's type asked — unchanged.
  ["郑华", "11月20日到维权部开展廉政教育", "廉教 11-20 > @维权部"],
  ["郑华", "11月20日给维权部讲了廉政党课", "党课 11-20 > @维权部"],
  ["郑华", "11月20日组织教育就业部、维权部全体党员观看警示教育片", "警示 11-20 > @教育就业部、维权部"],
  ["郑华", "11月20日我部和维权部分别组织学习了《廉洁自律准则》", "!廉教 11-20 > 《廉洁自律准则》 @教育就业部 | 廉教 11-20 冯雪> 《廉洁自律准则》 @维权部"],
  ["郑华", "11月20日和维权部一起对康复部开展了作风纪律检查", "作风 11-20 > @康复部"],
  ["郑华", "11月20日和维权部一起签订了廉政承诺书", "!签责 11-20 > @教育就业部 | 签责 11-20 冯雪> @-"],
  ["周涛", "上周五我们和张颖一起学习了《中国共产党纪律处分条例》", "廉教 11-27 > 《中国共产党纪律处分条例》 @-"],
  // 4. An attender's unit after a study told by 学习了《…》 (no type word): the study stays the sender's unit's.
  ["周涛", "上周五我们部学习了《中国共产党纪律处分条例》，康复部吴静也参加了", "廉教 11-27 > 《中国共产党纪律处分条例》 @组联部"],
  ["周涛", "上周五组织学习了《中国共产党纪律处分条例》，康复部吴静参加", "廉教 11-27 > 《中国共产党纪律处分条例》 @-"],
  ["冯雪", "11月26日部门集中学习了《廉洁自律准则》，教育就业部陈静列席", "廉教 11-26 > 《廉洁自律准则》 @维权部"],
  ["王芳", "11月24日办公室学习了《中国共产党纪律处分条例》，财务科王强也参加了", "!廉教 11-24 李明> 《中国共产党纪律处分条例》 @办公室"],
  ["何平", "昨天中心学习了《廉洁自律准则》，宣文部杨帆参加", "!廉教 11-29 > 《廉洁自律准则》 @残疾人康复中心"],
  ["周涛", "上周五我们部学习了《中国共产党纪律处分条例》，吴静也参加了", "廉教 11-27 > 《中国共产党纪律处分条例》 @组联部"],
  ["周涛", "上周五我们部学习了《中国共产党纪律处分条例》，与康复部吴静进行了廉政谈话", "!廉教 11-27 > 《中国共产党纪律处分条例》 @组联部 | 廉谈 11-27 >吴静 @康复部"],
  ["刘芳", "11月26日组织分管部门学习了《廉洁自律准则》，办公室李明参加", "廉教 11-26 > 《廉洁自律准则》 @组联部、康复部"],
];
