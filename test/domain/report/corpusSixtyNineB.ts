// Round 69, helper gib (issue 10): types and groups misread in real reports — a 生活会's 对照检查 read as a check, two
// departments typed together, 全体党员 signing with no unit, a unit's head said away in one spaced clause, and the sender's
// unit word with a count.
// Findings (t71c on main, its clock Tue 2026-12-08): 杨帆「前天王磊部长组织宣文部召开了专题组织生活会，对照检查作风问题」 was a card
// of a 作风纪律检查 (检查…作风 read as the check). 检查 inside 对照检查 · 自我检查 · 检查剖析 · 查摆 is what members do of
// themselves at a 生活会 (selfReview.ts): no check; a 生活会 whose review is of the duty's matters (作风 · 纪律 · 廉洁 · 廉政), or
// a 作风建设专题组织生活会, is a meeting on the duty as round 34c's 党风廉政建设专题组织生活会 is — a department's asked its type
// with the choices, its 分管领导 at it that leader's 分管科室会议 on a card. 张颖「…，组联部康复部共25人参加」 lost 康复部: units
// typed together before who took part are a list (runTogetherDepartments.ts; 组联部办公室 stays a room). 陈静「本月初全体党员签订了
// 廉洁从业承诺书，共14人」 asked 和谁 (and again after its day), and 「全体党员都签了，14人」 was no answer: from a unit's member (no
// 党组/纪检 role) 全体… opening a signing is the unit's (senderUnitWhole.ts), read through a vague time (unitSigning.ts) — 郑华's
// signing of 14 on a card, its day asked; the same words answering 和谁 are taken. 陈志强「前天和维权部签了责任书 冯雪请假了没参加」
// asked 和谁: the head of a unit turned to, away in the last clause, is written as round 68's comma form (absentHeadClause.ts),
// so 赵磊 is signed with and 冯雪 said. 李娟「孙科长上周三和我们科里3个人都谈了话」 read no one: the sender's unit word with a count
// of at least its others (with 我们; without it, more than them) is the unit by name (ownUnitCounted.ts), 孙丽 with 王强 and 李娟, 3 against 2 said on the card.
// Before → after: 40 of these 61 rows read differently on main.
// Left as today: 请假没参加 · 出差未签 without 了 (earlier rounds' rows, still asked 和谁); 和中心2名同志 (a bare unit word); a 生活会 whose duty matter stands in another clause (…专题组织生活会，开展自我检查，剖析廉洁自律方面问题: no
// report, the 组织生活会 named as not recorded); 「我们科里1个人」 (fewer than the unit's others) reads no one and asks; 黄志刚's
// (纪检) 全体党员签订 still asks 和谁; an untyped talk's card after its kind is answered does not repeat the count note.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_NINE_B_ROWS: CorpusRow[] = [
  // A. 对照检查 · 查摆 · 自我检查 at a 生活会 is no check: a 生活会 on the duty's matters (作风 · 纪律 · 廉洁) is a meeting, a department's asked its type.
  ["杨帆","前天王磊部长组织宣文部召开了专题组织生活会，对照检查作风问题","? 11-28 王磊> @宣文部 ?missing_type"], // was !作风 11-28 王磊> @宣文部
  ["张颖","11月26号组联部召开专题组织生活会，对照检查纪律作风方面问题","? 11-26 周涛> @组联部 ?missing_type"], // was !作风 11-26 周涛> @组联部
  ["赵磊","上周三维权部召开了专题组织生活会 大家对照检查了作风问题","? 11-25 冯雪> @维权部 ?missing_type"], // was !作风 11-25 冯雪> @维权部
  ["陈静","11.26教就部召开民主生活会，查摆作风纪律方面问题","? 11-26 郑华> @教育就业部 ?missing_type"], // was -
  ["刘洋","康复部11月26日召开专题組織生活會，對照檢查作風問題","? 11-26 吴静> @康复部 ?missing_type"], // was !作风 11-26 吴静> @康复部
  ["王磊","前天组织宣文部召开专题组织生活会，对照检查作风问题","? 11-28 > @宣文部 ?missing_type"], // was !作风 11-28 > @宣文部
  ["杨帆","前天宣文部召开作风建设专题组织生活会","? 11-28 王磊> @宣文部 ?missing_type"], // was -
  ["王芳","11月26日办公室召开专题组织生活会，对照检察作风问题","? 11-26 李明> @办公室 ?missing_type"], // was !作风 11-26 李明> @办公室
  ["张颖","上周三组联部召开专题组织生活会，对照检查作风问题，刘芳副理事长到会指导","!分管会 11-25 刘芳> @组联部"], // was !作风 11-25 刘芳> @组联部
  // A's near-misses: a check carried out stays a check; a paper of the review and a 生活会 of no duty matter stay no report.
  ["冯雪","11月27日陈志强副理事长到维权部开展作风纪律检查，检查了考勤和公车使用情况","!作风 11-27 陈志强> @维权部"],
  ["冯雪","12月1日陈志强副理事长到维权部开展作风纪律检查，检查了考勤和公车使用情况","作风 12-01 陈志强> @维权部 ?future_date"],
  ["杨帆","对照检查材料已报送","-"],
  ["杨帆","前天宣文部召开了专题组织生活会","-"],
  ["林晓","上周三到财务科开展作风纪律检查，检查了考勤","作风 11-25 > @财务科"],
  ["黄志刚","11月26日带队检查了康复部考勤和在岗情况","作风 11-26 > @康复部"],
  // B. Departments run together before who took part (组联部康复部共25人参加) are a list; 组联部办公室 (a room) is one unit.
  ["张颖","刘芳同志11月20日讲了廉政党课，题目是《守住底线 不越红线》，组联部康复部共25人参加","!党课 11-20 刘芳> 《守住底线 不越红线》 #25 @组联部、康复部"], // was !党课 11-20 刘芳> 《守住底线 不越红线》 #25 @组联部
  ["张颖","刘芳同志11月20日讲了廉政党课，题目是《守住底线 不越红线》，组联部 康复部共25人参加","!党课 11-20 刘芳> 《守住底线 不越红线》 #25 @组联部、康复部"],
  ["张颖","刘芳同志11月20日讲了廉政党课，组联部、康复部党员参加","!党课 11-20 刘芳> @组联部、康复部"],
  ["胡军","李明主任11月26号讲了廉政党课，办公室财务科党员参加","!党课 11-26 李明> @办公室、财务科"], // was !党课 11-26 李明> @办公室
  ["赵磊","陈志强副理事长上周三讲授廉政党课，教就部维权部共6人参加","!党课 11-25 陈志强> #6 @教育就业部、维权部"], // was !党课 11-25 陈志强> #6 @教育就业部
  ["王芳","前天组织学习《中国共产党纪律处分条例》，办公室财务科共12人参加","廉教 11-28 > 《中国共产党纪律处分条例》 #12 @办公室、财务科"], // was !廉教 11-28 > 《中国共产党纪律处分条例》 #12 @办公室
  ["张颖","劉芳同志11月20日講了廉政黨課，組聯部康復部共25人參加","!党课 11-20 刘芳> #25 @组联部、康复部"], // was !党课 11-20 刘芳> #25 @组联部
  ["杨帆","赵敏书记11.26讲授廉政党课 宣文部康复中心全体党员参加","!党课 11-26 赵敏> @宣文部、残疾人康复中心"], // was !党课 11-26 赵敏> @宣文部
  ["周涛","11月20日在组联部办公室召开党风廉政建设会议","? 11-20 > @组联部 ?missing_type"],
  ["张颖","11月20日刘芳同志在组联部办公室讲了廉政党课，参加8人","!党课 11-20 刘芳> #8 @组联部"],
  // C. 全体党员签订… opening a clause from a unit's member: the unit's signing (the head's), with its count; a leader's or 纪检's as before.
  ["陈静","本月初全体党员签订了廉洁从业承诺书，共14人","签责 ? 郑华> #14 @教育就业部 ?missing_date"], // was 签责 ? > @- ?missing_date,missing_counterpart
  ["陈静","11月3日全体党员签订了廉洁从业承诺书，共14人","!签责 11-03 郑华> #14 @教育就业部"], // was 签责 11-03 > @- ?missing_counterpart
  ["杨帆","11月26号全体党员签订了廉洁承诺书，共12人","!签责 11-26 王磊> #12 @宣文部"], // was 签责 11-26 > @- ?missing_counterpart
  ["赵磊","上周三全体干部职工都签了廉洁从业承诺书 共8人","!签责 11-25 冯雪> #8 @维权部"], // was 签责 11-25 > @- ?missing_counterpart
  // More of C and E: a comma after the day, 两个人.
  ["刘洋","11.26全体人员签订了廉政承诺书，共10份","!签责 11-26 吴静> #10 @康复部"], // was 签责 11-26 > @- ?missing_counterpart
  ["孙杰","月初全體黨員簽訂了廉潔從業承諾書，共14人","签责 ? 何平> #14 @残疾人康复中心 ?missing_date"], // was 签责 ? > @- ?missing_date,missing_counterpart
  ["陈静","上个月全体党员签订了廉洁从业承诺书，共14人","签责 ? 郑华> #14 @教育就业部 ?missing_date"], // was 签责 ? > @- ?missing_date,missing_counterpart
  ["郑华","11月3日全体党员签订了廉洁从业承诺书，共14人","签责 11-03 > #14 @教育就业部"], // was 签责 11-03 > @- ?missing_counterpart
  ["陈静","11月3日全体党员签订了廉洁从业承诺书","!签责 11-03 郑华>陈静 @教育就业部"], // was 签责 11-03 > @- ?missing_counterpart
  ["黄志刚","11月26日全体党员签订了廉洁从业承诺书，共26人","签责 11-26 > @- ?missing_counterpart"],
  ["陈静","11月3日签订了廉洁从业承诺书","签责 11-03 > @-"],
  // D. The head of a unit turned to said away in one clause (冯雪请假了没参加 · 请假了 · 出差了没签): the unit's other people.
  ["陈志强","前天和维权部签了责任书 冯雪请假了没参加","!签责 11-28 >赵磊 @维权部"], // was 签责 11-28 > @- ?missing_counterpart
  ["陈志强","前天和维权部签了责任书，冯雪请假了没参加","!签责 11-28 >赵磊 @维权部"], // was 签责 11-28 > @- ?missing_counterpart
  ["陈志强","前天和维权部签了责任书 冯雪请假了","!签责 11-28 >赵磊 @维权部"], // was 签责 11-28 > @- ?missing_counterpart
  ["刘芳","上周三和康复部签了责任书 吴静请假了没参加","!签责 11-25 >刘洋 @康复部"], // was 签责 11-25 > @- ?missing_counterpart
  ["赵敏","上周三和宣文部进行了廉政谈话 王磊请假了","!廉谈 11-25 >杨帆 @宣文部"], // was 廉谈 11-25 > @- ?missing_counterpart
  ["王建国","11月26号和办公室签了责任书 李明主任出差了没签","!签责 11-26 >黄志刚 @办公室 | 签责 11-26 >林晓 @办公室 | 签责 11-26 >王芳 @办公室 | 签责 11-26 >胡军 @办公室"],
  ["陈志强","11.26与教育就业部签了责任书 郑华部长出差了没签","!签责 11-26 >陈静 @教育就业部"],
  ["刘芳","11月26日和组联部签了责任书 周涛出差了","!签责 11-26 >张颖 @组联部"], // was 签责 11-26 > @- ?missing_counterpart
  ["陈志强","前天和維權部簽了責任書 馮雪請假了沒參加","!签责 11-28 >赵磊 @维权部"], // was 签责 11-28 > @- ?missing_counterpart
  // D's near-misses: someone else away leaves the head meant; a person named stays that person.
  ["刘芳","上周三和康复部签了责任书，刘洋请假了没参加","!签责 11-25 >吴静 @康复部"],
  ["刘芳","上周三和吴静签了责任书 刘洋请假了","!签责 11-25 >吴静 @康复部"],
  ["陈志强","前天和冯雪签了责任书 赵磊请假了","!签责 11-28 >冯雪 @维权部"],
  // E. The sender's unit word with a count (我们科里3个人 · 部门2个人 · 中心2名同志): the unit's people, the count weighed on the card.
  ["李娟","孙科长上周三和我们科里3个人都谈了话","? 11-25 孙丽>王强,李娟 @- ?missing_type"], // was ? 11-25 孙丽> @- ?missing_type
  ["李娟","孙科长上周三和我们科里3个人都进行了谈心谈话","!谈心 11-25 孙丽>王强 @财务科 | 谈心 11-25 孙丽>李娟 @财务科"], // was 谈心 11-25 孙丽> @- ?missing_counterpart
  ["孙丽","上周三和我们科里2名同志进行了廉政谈话","!廉谈 11-25 >王强 @财务科 | 廉谈 11-25 >李娟 @财务科"], // was 廉谈 11-25 > @- ?missing_counterpart
  ["刘洋","吴静部长11月26号和我们部门2个人都谈了心","!谈心 11-26 吴静>刘洋 @康复部"], // was 谈心 11-26 吴静> @- ?missing_counterpart
  ["孙杰","何平主任前天和中心2名同志签订了廉洁从业承诺书","签责 11-28 何平> @- ?missing_counterpart"], // a bare 中心 with a count: as today
  ["胡军","李主任上周三和我们部门4名同志都进行了廉政谈话","!廉谈 11-25 李明>黄志刚 @办公室 | 廉谈 11-25 李明>林晓 @办公室 | 廉谈 11-25 李明>王芳 @办公室 | 廉谈 11-25 李明>胡军 @办公室"], // was 廉谈 11-25 李明> @- ?missing_counterpart
  ["李娟","孫科長上週三和我們科裡3個人都進行了談心談話","!谈心 11-25 孙丽>王强 @财务科 | 谈心 11-25 孙丽>李娟 @财务科"], // was 谈心 11-25 孙丽> @- ?missing_counterpart
  ["李娟","孙科长 上周三 和我们科里 3个人 都进行了 谈心谈话","!谈心 11-25 孙丽>王强 @财务科 | 谈心 11-25 孙丽>李娟 @财务科"], // was 谈心 11-25 孙丽> @- ?missing_counterpart
  // E's near-misses: fewer than the unit's others stays asked; 科里的人 and a unit by name read as before.
  ["李娟","孙科长上周三和我们科里1个人谈了话","? 11-25 孙丽> @- ?missing_type"],
  ["李娟","孙科长上周三和我们科里的人都谈了心","!谈心 11-25 孙丽>王强 @财务科 | 谈心 11-25 孙丽>李娟 @财务科"],
  ["李娟","孙科长上周三和财务科3名同志进行了廉政谈话","!廉谈 11-25 孙丽>王强 @财务科 | 廉谈 11-25 孙丽>李娟 @财务科"],
  // More of C and E: a comma after the day, 两个人.
  ["陈静","11月3日，全体党员签订了廉洁从业承诺书，共14人","!签责 11-03 郑华> #14 @教育就业部"], // was 签责 11-03 > @- ?missing_counterpart
  ["李娟","孙科长上周三和我们科里两个人都谈了话","? 11-25 孙丽>王强,李娟 @- ?missing_type"], // was ? 11-25 孙丽> @- ?missing_type
];
