// Round 34a (tester t34a; fixed by helper y3, issue 10): the scope of a clause. Read on Mon 2026-11-30 10:00 +08:00 (the
// tester's days restated). Kinds: a paper said not handed in (还没交/尚未提交/还没报) negated the whole message, the done
// talk lost (F2), or after 另外/此外 in a new sentence became a record on the day before (F3): the negated clause alone is
// left out and named. A day told last (…，检查时间为11月25日) after a vague 11月下旬 and a long middle was asked (F9). A list
// of doers each with their own day before 分别 kept only the first, or put all on the first day (F7). A clause's doer was
// taken from a later clause with its own day (本周二又跟陈副理事长…), and 带部门同志 by the sender was asked whose (F4).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_F_ROWS: CorpusRow[] = [
  // 1. A clause saying a paper is not handed in yet is no deed, and denies nothing of the clause before it.
  ["陈志强", "11月21日和冯雪谈了心，维权部的自查报告还没交。", "谈心 11-21 >冯雪"],
  ["李明", "11月20日与王芳谈心谈话，宣文部的述责述廉报告还没有报送。", "谈心 11-20 >王芳"],
  ["孙丽", "上周四与李娟谈了心，科里的自查报告尚未提交。", "谈心 11-26 >李娟"],
  ["王磊", "11月18日组织部门学习了《廉洁自律准则》，今年的调研报告还没写。", "廉教 11-18 > 《廉洁自律准则》"],
  ["陈志强", "11月份分管部门工作：11月6日和郑华、11月13日和冯雪分别进行了廉政谈话；11月21日召开分管部门党风廉政建设工作会议，教育就业部、维权部负责人参加。另外，维权部的自查报告还没报。", "!廉谈 11-06 >郑华 | 廉谈 11-13 >冯雪 | 分管会 11-21 >"],
  ["周涛", "11月24日和张颖廉政谈话。另外，组联部的警示教育尚未开展。", "廉谈 11-24 >张颖"],
  ["冯雪", "11月19日与赵磊签订了廉政承诺书。此外，部门的自查报告还没报上去。", "签责 11-19 >赵磊"],
  // A finding of a check said not yet put right (问题尚未整改) denies nothing of the check.
  ["黄志刚", "11月25日对财务科开展作风纪律检查，发现的问题尚未完成整改。", "作风 11-25 >"],
  ["林晓", "11月18日到组联部检查了考勤，发现2人迟到，问题还没有整改到位。", "作风 11-18 >"],
  ["黄志刚", "财务科的问题尚未整改。", "-"],
  // Near-misses: the paper alone is no report; handed in it is one; a talk not yet held and a meeting not held as before.
  ["陈志强", "维权部的自查报告还没报。", "-"],
  ["冯雪", "维权部的自查报告11月27日交了。", "自查 11-27 >"],
  ["王建国", "11月20日与孙丽进行了廉政谈话，李明那边还没谈。", "廉谈 11-20 >孙丽"],
  ["吴静", "11月24日与刘洋进行了谈心谈话，原定的部务会学习没开成。", "!谈心 11-24 >刘洋"],
  // 2. A day told in the sentence's last clause (检查时间为… · 观看时间为… · 于…进行) is the deed's, whatever lies between.
  ["黄志刚", "11月下旬，机关纪委会同办公室对各部室开展了作风纪律专项检查，重点检查上下班考勤、工作日午间饮酒等情况，检查时间为11月25日。", "!作风 11-25 >"],
  ["王磊", "近日，宣文部组织全体党员观看了警示教育片《迷途》，并开展了讨论，观看时间为11月26日。", "警示 11-26 > 《迷途》"],
  ["孙丽", "11月下旬和王强进行了廉政谈话，谈话时间为11月27日。", "廉谈 11-27 >王强"],
  ["冯雪", "本月和赵磊签订了廉政承诺书，签订时间为11月19日。", "签责 11-19 >赵磊"],
  // Near-misses: a day said before keeps the deed (复查时间 is another day's, named); the short form as before; no day asked.
  ["黄志刚", "11月24日对各部室开展作风纪律检查，复查时间为11月26日。", "!作风 11-24 >"],
  ["黄志刚", "11月下旬对各部室开展作风纪律检查，时间为11月25日。", "!作风 11-25 >"],
  ["孙丽", "11月下旬和王强进行了廉政谈话。", "廉谈 ? >王强 ?missing_date"],
  // 3. Doers each with their own day before 分别: one record per doer on their day; a doer of no day is asked it.
  ["黄志刚", "按照年度工作安排，张伟书记于11月24日、王建国副理事长于11月25日、刘芳副理事长于11月26日，分别到分管部门讲授了廉政党课。", "!党课 11-24 张伟> | 党课 11-25 王建国> | 党课 11-26 刘芳>"],
  ["黄志刚", "11月24日张伟书记、11月25日王建国副理事长、11月26日刘芳副理事长分别讲授了廉政党课。", "!党课 11-24 张伟> | 党课 11-25 王建国> | 党课 11-26 刘芳>"],
  ["胡军", "王建国副理事长于11月10日、刘芳副理事长于17日，分别与分管科室负责人签订了党风廉政建设责任书。", "!签责 11-10 王建国>李明 | 签责 11-10 王建国>孙丽 | 签责 11-17 刘芳>周涛 | 签责 11-17 刘芳>吴静"],
  ["黄志刚", "张伟书记于11月24日、王建国副理事长、刘芳副理事长于11月26日，分别到分管部门讲授了廉政党课。", "!党课 11-24 张伟> | 党课 ? 王建国> ?missing_date | 党课 11-26 刘芳>"],
  // Near-misses: days with people talked to (与X) and 分别于 after the doers as before.
  ["王建国", "11月24日与李明、11月25日与孙丽分别进行了廉政谈话。", "!廉谈 11-24 >李明 | 廉谈 11-25 >孙丽"],
  ["黄志刚", "张伟书记、王建国副理事长分别于11月24日、11月25日讲授了廉政党课。", "!党课 11-24 张伟> | 党课 11-25 王建国>"],
  // 4. The doer of a clause is never someone of a later clause with its own day; the sender who led their people did it.
  ["郑华", "上周三和陈静谈心谈话，上周五带部门同志去法院旁听了一起职务犯罪庭审，本周二又跟分管领导陈副理事长作了廉政汇报。", "!谈心 11-25 >陈静 | 警示 11-27 >"],
  ["郑华", "上周五带部门同志去法院旁听庭审。", "警示 11-27 >"],
  ["冯雪", "11月20日带维权部同志到市廉政教育基地参观学习，11月24日向陈副理事长汇报了学习情况。", "!廉教 11-20 >"],
  // Near-misses: a doer named in the clause itself, or in a later clause's own deed, keeps it.
  ["李明", "11月18日组织科室同志观看了警示教育片，11月20日王建国副理事长来科里讲了廉政党课。", "!警示 11-18 > | 党课 11-20 王建国>"],
  ["王芳", "11月18日李主任组织观看了警示教育片，11月20日和胡军一起参加了王建国副理事长讲的党课。", "!警示 11-18 李明> | 党课 11-20 王建国>"],
  ["郑华", "上周五陈副理事长带部门同志去法院旁听了职务犯罪庭审。", "!警示 11-27 陈志强>"],
];
