// Left-overs and doubts of round 32's helpers (l1–l3), found by the coordinator's probes and l3's own doubt, fixed on
// branch m4 (issue 10). Read on Mon 2026-11-30 10:00 +08:00 (the probes' days restated). Fixed: a reminder to someone
// else after a talk (…和王强进行了廉政谈话，提醒李娟…) was a second talk stored at once; a closing head count after a talk
// or signing (…看警示片，…和杨帆谈心，共6人参加) vanished; a bare done verb's borrowed noun (…，昨天已和赵磊签了) was
// stored at once (l3's rows in corpusThirtyTwoC now expect the card); a 分管领导 attending one day's meeting of several
// departments they supervise (参加了办公室、财务科的…会议) was given to a head with its type asked.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_G_ROWS: CorpusRow[] = [
  // 1. A reminder to a person the talk's clause did not name: that second talk is inferred from 提醒, so on a card.
  ["孙丽", "11月27日和王强进行了廉政谈话，提醒李娟注意报销规范", "!廉谈 11-27 >王强 | 廉谈 11-27 >李娟"],
  ["李明", "11月26日与王芳进行廉政谈话，还叮嘱胡军按时报送材料", "!廉谈 11-26 >王芳 | 廉谈 11-26 >胡军"],
  // Near-misses: both named in the talk's own clause; the reminder to the one talked to (by name or pronoun) is the
  // talk's content; a reminder alone is a 廉政谈话 on a card, as before.
  ["孙丽", "11月27日和王强、李娟进行了廉政谈话", "廉谈 11-27 >王强 | 廉谈 11-27 >李娟"],
  ["孙丽", "11月27日和王强进行了廉政谈话，提醒王强注意报销规范", "廉谈 11-27 >王强"],
  ["李明", "11月26日与王芳进行廉政谈话，提醒她按时报送材料", "廉谈 11-26 >王芳"],
  ["孙丽", "11月27日提醒李娟注意报销规范", "!廉谈 11-27 >李娟"],
  // 2. A closing head count after a talk or signing goes to the one activity that counts heads, on a card; with none, the
  // card names it (two talks).
  ["王磊", "11月10日组织观看警示教育片，11月24日和杨帆谈心，共6人参加", "!警示 11-10 > #6 | 谈心 11-24 >杨帆"],
  ["冯雪", "11月18日组织部门观看警示片，11月20日和赵磊签订了廉洁承诺书，一共5人参加", "!警示 11-18 > #5 | 签责 11-20 >赵磊"],
  ["孙丽", "11月24日和王强谈心，11月25日和李娟进行了廉政谈话，共3人参加", "!谈心 11-24 >王强 | 廉谈 11-25 >李娟"],
  // Near-misses: the count in the film's own clause, or closing after the film; a film alone keeps its count at once; a
  // talk alone with a count stays at once with none (round 30's corpusThirtyD reading).
  ["王磊", "11月10日组织观看警示教育片，共6人参加，11月24日和杨帆谈心", "!警示 11-10 > #6 | 谈心 11-24 >杨帆"],
  ["王磊", "11月24日和杨帆谈心，11月10日组织观看警示教育片，共6人参加", "!谈心 11-24 >杨帆 | 警示 11-10 > #6"],
  ["王磊", "11月10日组织观看警示教育片，共6人参加", "警示 11-10 > #6"],
  ["王磊", "11月24日和杨帆谈心，共6人参加", "!谈心 11-24 >杨帆"],
  // 3. (l3's doubt) The bare done verb's noun borrowed from the plan is an inference: see corpusThirtyTwoC's first rows.
  // Near-misses: the noun written in the done clause itself stays recorded at once, the plan named as not recorded.
  ["冯雪", "11月28日和赵磊签订了廉洁过节承诺书", "签责 11-28 >赵磊"],
  ["吴静", "上周五和刘洋进行了谈心谈话，下周再和部门其他同志谈", "谈心 11-27 >刘洋"],
  // 4. A 分管领导 attending one day's meeting of several departments, all of them supervised by the sender, no 分别: one
  // 分管科室会议 of theirs (was: the last department's head's, its type asked).
  ["王建国", "11月19日参加了办公室、财务科的党风廉政建设会议，并作了讲话", "分管会 11-19 >"],
  ["刘芳", "11月12日参加了组联部和康复部的党风廉政建设会议并讲话", "分管会 11-12 >"],
  ["刘芳", "11月12日出席组联部、康复部党风廉政建设工作会议并讲话", "分管会 11-12 >"],
  // Near-miss: one department, as l3 read it.
  ["王建国", "11月5日参加了办公室的党风廉政建设会议并讲话", "分管会 11-05 >"],
  // 5. A talk clause of a new day with no subject after another's deed, from the head of the one talked to, when that
  // other supervises none of them: whose talk it was is asked (was: the other's, on a card).
  ["冯雪", "第3、4条：11月20日王建国副理事长讲廉政党课，11月24日与赵磊谈心", "!党课 11-20 王建国> | 谈心 11-24 >赵磊 ?missing_actor"],
  ["冯雪", "11月20日王建国副理事长讲廉政党课。11月24日与赵磊谈心", "!党课 11-20 王建国> | 谈心 11-24 >赵磊 ?missing_actor"],
  // Near-misses: the 分管领导 of the one talked to, or a sender who heads no one talked to, keeps the carried doer; the
  // doer said again in the clause is theirs. 当天下午 now carries the doer too (n1, round 32b F2: 「；当天下午还和冯雪…签订」 was
  // given to the sender), so the same doubt is asked there (was: the sender's on the card, though 王建国's is as likely).
  ["冯雪", "11月20日陈志强副理事长讲廉政党课，11月24日与赵磊谈心", "!党课 11-20 陈志强> | 谈心 11-24 陈志强>赵磊"],
  ["胡军", "11月20日王建国副理事长讲廉政党课，11月24日与李明谈心", "!党课 11-20 王建国> | 谈心 11-24 王建国>李明"],
  ["冯雪", "11月20日王建国副理事长讲廉政党课，当天下午与赵磊谈心", "!党课 11-20 王建国> | 谈心 11-20 >赵磊 ?missing_actor"],
  ["冯雪", "11月20日王建国副理事长讲廉政党课，11月24日王副理事长与赵磊谈心", "!党课 11-20 王建国> | 谈心 11-24 王建国>赵磊"],
];
