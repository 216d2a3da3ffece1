// Found by the acceptance tester of round 34a (t34a, issue 10), fixed by helper y2:
// F1 「组织部门学习，学习内容为中央八项规定精神，参加2人」 was stored at once titled 《内容为中央八项规定精神》 (and 「学习内容：X」
// 《内容:X》): a field label (内容为/内容是/内容：/篇目为/教育内容为/授课内容为/主题是) is no word of the title; a notice's subject
// run into 典型问题通报 is one title, not 《违反中央八项规定精神》 alone.
// F6 「…召开廉政教育专题学习会，学习了《廉洁自律准则》和典型案例通报，部门6名干部参加，会后与张颖谈心谈话一次」 gave one
// 警示教育 titled 《廉洁自律准则》 (two records without the talk): the written 廉政教育 names the record; the cases studied in
// it (guessed 警示教育) do not retype it. With no type written, the study and the cases split the same beside a talk as alone.
// F5 「…参加部门廉政教育学习，并与王磊部长谈话，提醒其加强对部门人员的廉洁教育」 added a 廉政教育 of the sender's: an
// education urged on someone (提醒/督促/叮嘱/要求…加强/开展…教育) is what was said, never a deed.
// F8 「…主持召开办公室、财务科党风廉政建设联席会议…」 was 没看懂: 联席会议/联席会/碰头会/例会 name the meeting as 工作会议 does,
// and a 分管领导's meeting of his departments is his 分管科室会议.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_E_ROWS: CorpusRow[] = [
  // F1: the label goes, what was studied or taught is the title.
  ["冯雪", "11月27日组织部门集中学习，学习内容为中央八项规定精神，参加3人", "廉教 11-27 > 《中央八项规定精神》 #3"],
  ["孙丽", "11月20日组织科室学习，学习内容：廉洁自律准则", "廉教 11-20 > 《廉洁自律准则》"],
  ["王磊", "11月24日宣文部开展廉政学习，主要学习内容是《中国共产党纪律处分条例》，8人参加", "廉教 11-24 > 《中国共产党纪律处分条例》 #8"],
  ["李明", "11月19日组织办公室学习，学习篇目为纪律处分条例", "廉教 11-19 > 《纪律处分条例》"],
  ["何平", "11月18日中心开展廉政教育，教育内容为廉洁自律准则，15人参加", "廉教 11-18 > 《廉洁自律准则》 #15"],
  ["张伟", "11月26日为机关全体党员讲授廉政党课，授课内容为守住清廉底线", "党课 11-26 > 《守住清廉底线》"],
  // A bare 内容 after the study, naming a notice of cases: the whole notice is the title, the guessed 警示教育 on a card.
  ["周涛", "11月25日组织部门学习，内容是违反中央八项规定精神典型问题通报，参加5人", "!警示 11-25 > 《违反中央八项规定精神典型问题通报》 #5"],
  // Near-misses: a title in 《》, 题目是, 主题为 read as before.
  ["冯雪", "11月27日组织部门学习了《廉洁自律准则》，参加3人", "廉教 11-27 > 《廉洁自律准则》 #3"],
  ["张伟", "11月26日讲授廉政党课，题目是守住清廉底线", "党课 11-26 > 《守住清廉底线》"],
  ["周涛", "11月25日组织部门学习，学习主题为中央八项规定精神", "廉教 11-25 > 《中央八项规定精神》"],
  // F6: the written 廉政教育 names the record whatever follows it (a head count, a talk after the meeting), on a card.
  ["吴静", "11月17日康复部召开廉政教育专题学习会，学习了《中国共产党纪律处分条例》和典型案例通报，全部门5人参加，会后与刘洋谈心谈话。", "!廉教 11-17 > 《中国共产党纪律处分条例》 #5 | 谈心 11-17 >刘洋"],
  ["吴静", "11月17日康复部召开廉政教育专题学习会，学习了《中国共产党纪律处分条例》和典型案例通报。", "廉教 11-17 > 《中国共产党纪律处分条例》"],
  ["郑华", "11月20日开展廉政教育，通报了典型案例，7人参加", "廉教 11-20 > #7"],
  // Near-misses: a warning film is 警示教育 even under 廉政教育; with no type written the study and the cases are two
  // records, a talk after them or not.
  ["郑华", "11月20日组织部门观看警示教育片，6人参加", "警示 11-20 > #6"],
  ["郑华", "11月20日开展廉政教育，组织观看警示教育片《围猎》，6人参加", "警示 11-20 > 《围猎》 #6"],
  ["吴静", "11月17日组织部门学习了《中国共产党纪律处分条例》和典型案例通报，5人参加，会后与刘洋谈心谈话。", "!廉教 11-17 > 《中国共产党纪律处分条例》 #5 | 警示 11-17 > #5 | 谈心 11-17 >刘洋"],
  // F5: the education urged is no deed, beside a real one of the same or another kind.
  ["刘芳", "11月18日到组联部参加部门廉政学习，并与周涛部长谈话，提醒其加强对部门干部的廉洁教育。", "廉教 11-18 周涛> | ? 11-18 >周涛 ?missing_type"],
  ["赵敏", "11月23日组织中心开展警示教育，会后与何平进行廉政谈话，督促其在科室经常开展警示教育。", "!警示 11-23 > | 廉谈 11-23 >何平"],
  ["刘芳", "11月18日到组联部开展廉政教育，同时与周涛进行廉政谈话，叮嘱他经常组织部门学习党纪法规。", "!廉教 11-18 > | 廉谈 11-18 >周涛"],
  // Near-misses: a 提醒 given is the talk; an education the sender held after it stays a deed.
  ["刘芳", "11月18日与周涛进行廉政谈话，提醒他注意廉洁过节。", "廉谈 11-18 >周涛"],
  ["刘芳", "11月18日到组联部与周涛谈话，提醒他注意廉洁过节，并组织全体人员开展廉政教育。", "!廉谈 11-18 >周涛 | 廉教 11-18 >"],
  // F8: any meeting noun of 机关 writing; a 分管领导's meeting of his own departments is his 分管科室会议.
  ["李明", "11月26日，王建国副理事长主持召开办公室、财务科党风廉政建设联席会议，两科室全体人员参加。", "!分管会 11-26 王建国>"],
  ["王建国", "11月20日主持召开办公室、财务科廉政工作碰头会", "!分管会 11-20 >"],
  ["刘芳", "11月24日主持召开组联部、康复部党风廉政建设例会", "分管会 11-24 >"],
  ["王建国", "11月20日主持召开办公室、财务科党风廉政建设联席会，研究年底廉政风险防控", "分管会 11-20 >"],
  // Near-misses: 工作会议 as before; a 碰头会 on other work is no report; the 党组书记's 联席会议 of all departments a 专题会议.
  ["王建国", "11月20日主持召开办公室、财务科党风廉政建设工作会议。", "分管会 11-20 >"],
  ["李明", "11月26日和财务科开了个碰头会，商量年底预算。", "-"],
  ["张伟", "11月25日主持召开党风廉政建设联席会议，各部室负责人参加。", "专题 11-25 >"],
];
