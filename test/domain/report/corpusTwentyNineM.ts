// Found by the tester t29 (issue 10, round 29 A10): the people named as speaking at an activity (「郑华、冯雪两位部长作了
// 表态发言」) became its head count, 「2人参加」 on the card; a count of speakers is never the head count, and a joining
// word between the count and the speech (30名党员参加并作交流发言) keeps it one.
// Also the merge's: a day standing alone after a clause with its own day (…11月18日到组联部调研。11月19日，与周涛…) opens
// the clause after it; kept with the visit before, the talk was shown on the card on the visit's day.
// And t29f's: 与财务科全体 + a talk or signing, with no 人员/同志 after 全体, is everyone of it.
// And t29f's A21: a member of the group away (在外学习 · 出差) whose talk is 另行安排 is left out.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_NINE_M_ROWS: CorpusRow[] = [
  ["陈静", "陈理事长11月20号主持召开了教育就业部、维权部党风廉政建设工作会，郑华、冯雪两位部长作了表态发言", "!分管会 11-20 陈志强>"],
  ["孙杰", "11月18日中心组织观看警示教育片《迷途》，王磊、何平两位同志作了交流发言", "!警示 11-18 何平> 《迷途》"],
  ["吴静", "11月26日组织康复部观看警示教育片《底线》，2位同志现场点评，全体8人参加", "警示 11-26 > 《底线》 #8"],
  ["周涛", "11月25日组联部开展廉政教育，学习《廉洁自律准则》，共8人参加，2名党员作了交流发言", "廉教 11-25 > 《廉洁自律准则》 #8"],
  ["王磊", "11月24日宣文部组织学习《中国共产党纪律处分条例》，3名同志交流了学习心得", "廉教 11-24 > 《中国共产党纪律处分条例》"],
  // Near-misses: a count that joined stays the head count.
  ["何平", "11月20日组织学习《条例》，30名党员参加并作交流发言", "廉教 11-20 > 《条例》 #30"],
  ["何平", "11月20日组织观看警示教育片《迷途》，15人参加，3名同志谈了观后感", "警示 11-20 > 《迷途》 #15"],
  ["吴静", "11月26日组织康复部观看警示教育片《底线》，2位同志参加", "警示 11-26 > 《底线》 #2"],
  ["王磊", "上周五宣文部组织学习《中国共产党纪律处分条例》，12名党员参加", "廉教 11-27 > 《中国共产党纪律处分条例》 #12"],
  // A lone day after a dated clause that gives no record goes with the deed after it.
  ["刘芳", "刘芳副理事长11月18日到组联部调研。翌日，与周涛开展廉政谈话", "!廉谈 11-19 >周涛"],
  ["刘芳", "刘芳副理事长11月18日到组联部调研。11月19日，与周涛开展廉政谈话", "!廉谈 11-19 >周涛"],
  ["孙丽", "王建国副理事长11月16日到财务科走访慰问。11月17日，与孙丽开展廉政谈话", "!廉谈 11-17 王建国>孙丽"],
  ["陈静", "陈志强副理事长11月10日参加了市里的培训。11月12日，与郑华开展谈心谈话", "!谈心 11-12 陈志强>郑华"],
  ["王磊", "赵敏副理事长11月20日到宣文部检查指导工作。次日，与王磊签订了党风廉政建设责任书", "? 11-20 赵敏> ?missing_type | 签责 11-21 赵敏>王磊"],
  ["何平", "赵敏副理事长11月20日到康复中心调研；11月21日，与何平开展了廉政谈话", "廉谈 11-21 > ?missing_counterpart"],
  // Near-misses: two dated deeds stay apart; an undated lead takes the day after it; no subject, as before.
  ["赵敏", "赵敏副理事长11月3日为宣文部讲授廉政党课。11月17日，与王磊开展谈心谈话", "!党课 11-03 > | 谈心 11-17 >王磊"],
  ["杨帆", "近日，宣文部开展廉洁文化主题学习活动。11月3日，赵敏同志为全体党员讲授廉政党课。", "!党课 11-03 赵敏>"],
  ["刘芳", "11月18日到组联部调研。11月19日，与周涛开展廉政谈话", "廉谈 11-19 >周涛"],
  // 与财务科全体 + the deed, no 人员/同志 (t29f: stored AT ONCE as a talk with 孙丽 alone): everyone of it, on a card.
  ["王建国", "11月17日与财务科全体谈心谈话", "!谈心 11-17 >孙丽 | 谈心 11-17 >王强 | 谈心 11-17 >李娟"],
  ["刘芳", "11月20日与康复部全体签订了责任书", "!签责 11-20 >吴静 | 签责 11-20 >刘洋"],
  ["张伟", "今天和财务科全体开展了集体廉政谈话", "!廉谈 11-30 >孙丽 | 廉谈 11-30 >王强 | 廉谈 11-30 >李娟"],
  ["王建国", "11月17日与财务科全体进行了廉政谈话", "!廉谈 11-17 >孙丽 | 廉谈 11-17 >王强 | 廉谈 11-17 >李娟"],
  ["赵敏", "上周五和宣文部全体谈心谈话", "!谈心 11-27 >王磊 | 谈心 11-27 >杨帆"],
  // Near-misses: the department alone is its head; 全体人员 as before.
  ["王建国", "11月17日与财务科谈心谈话", "谈心 11-17 >孙丽"],
  ["王建国", "11月17日与财务科全体人员谈心谈话", "!谈心 11-17 >孙丽 | 谈心 11-17 >王强 | 谈心 11-17 >李娟"],
  // An absent member whose talk is 另行安排 (t29f A21: the card listed the talk with 赵敏, stored after 确认): left out.
  ["张伟", "今天下午和班子成员逐一进行了廉政谈话，赵敏同志在外学习，另行安排", "!廉谈 11-30 >王建国 | 廉谈 11-30 >刘芳 | 廉谈 11-30 >陈志强"],
  ["张伟", "今天下午和班子成员逐一进行了廉政谈话，赵敏同志出差，另行安排", "!廉谈 11-30 >王建国 | 廉谈 11-30 >刘芳 | 廉谈 11-30 >陈志强"],
  ["刘芳", "今天和分管部门负责人签订了责任书，吴静休假，择期安排", "!签责 11-30 >周涛"],
  // Near-miss: 另行安排 of something else leaves the group whole.
  ["张伟", "今天下午和班子成员逐一进行了廉政谈话，另行安排了下周的学习", "!廉谈 11-30 >王建国 | 廉谈 11-30 >刘芳 | 廉谈 11-30 >陈志强 | 廉谈 11-30 >赵敏"],
];
