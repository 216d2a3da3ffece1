// Round 33b (tester t33b; fixed by helper v3, issue 10): questions the message had already answered. Read on Mon
// 2026-11-30 10:00 +08:00 (the tester's days restated). Kinds: a ；-clause opening 随后/之后/接着 with no day of its own
// was asked its day (with a comma it carried): it is on the day of the clause before, any kind, said on the card; an
// attendee named before a head count (陈静等6名同志参加) took the head-sender's own 我部组织 away, asking whose it was;
// a closing 都是X reached the pairs before it only when nothing followed it: a heading over day–person pairs (我11月份的
// 谈话情况：) or day–place checks then a ；-clause of its own left the first one untyped (asked) or lost.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_J_ROWS: CorpusRow[] = [
  // 1. 随后/之后/接着 opening a ；-clause: the day of the clause before it, whatever the kind; on a card with the day said.
  ["胡军", "11月27日，王建国副理事长到财务科，与孙丽、王强分别开展了廉政谈话，要求严守财经纪律；随后到办公室与李明主任进行了谈心谈话。", "!廉谈 11-27 王建国>孙丽 | 廉谈 11-27 王建国>王强 | 谈心 11-27 王建国>李明"],
  ["胡军", "11月26日，王建国副理事长与孙丽进行了廉政谈话；随后与李明谈心谈话。", "!廉谈 11-26 王建国>孙丽 | 谈心 11-26 王建国>李明"],
  ["孙丽", "11月25日与王强进行了廉政谈话；之后又和李娟谈了一次心。", "!廉谈 11-25 >王强 | 谈心 11-25 >李娟"],
  ["孙丽", "11月24日与王强开展廉政谈话；接着组织全科学习了《廉洁自律准则》，5人参加。", "!廉谈 11-24 >王强 | 廉教 11-24 > 《廉洁自律准则》 #5"],
  ["孙丽", "11月20日组织科室观看警示教育片《蜕变》；11月24日与王强进行廉政谈话；随后与李娟谈心谈话。", "!警示 11-20 > 《蜕变》 | 廉谈 11-24 >王强 | 谈心 11-24 >李娟"],
  // Near-misses: with a comma it carried already; a bare ；-clause of another kind is still asked; no day before, none to
  // take; 之后准备… is a plan, named and not recorded.
  ["胡军", "11月26日，王建国副理事长与孙丽进行了廉政谈话，随后与李明谈心谈话。", "!廉谈 11-26 王建国>孙丽 | 谈心 11-26 王建国>李明"],
  ["孙丽", "11月24日与王强进行廉政谈话；与李娟谈心谈话。", "!廉谈 11-24 >王强 | 谈心 ? >李娟 ?missing_date"],
  ["孙丽", "与王强进行了廉政谈话；随后与李娟谈心谈话。", "!廉谈 ? >王强 ?missing_date | 谈心 ? >李娟 ?missing_date"],
  ["孙丽", "11月24日与王强进行廉政谈话；之后准备组织全科学习《廉洁自律准则》。", "廉谈 11-24 >王强"],
  // 2. 陈静等6名同志参加 from the department's head: those who took part, the head's own 我部组织 kept.
  ["郑华", "上周五下午，我部组织全体党员观看了警示教育片《蜕变的人生》，陈静等6名同志参加，陈志强副理事长也一起观看。", "!警示 11-27 > 《蜕变的人生》 #6"],
  ["郑华", "11月27日，我部组织党员观看警示教育片《围猎》，冯雪等五名同志参加。", "警示 11-27 > 《围猎》 #5"],
  ["周涛", "11月26日组织部里学习《中国共产党纪律处分条例》，张颖等4人参加。", "廉教 11-26 > 《中国共产党纪律处分条例》 #4"],
  // Near-misses: a bare count and a name alone stay as they were; the named ones organising it is asked whose it is.
  ["郑华", "11月27日，我部组织党员观看警示教育片《围猎》，5名同志参加。", "警示 11-27 > 《围猎》 #5"],
  ["郑华", "11月27日，我部组织党员观看警示教育片《围猎》，冯雪参加。", "警示 11-27 > 《围猎》"],
  ["郑华", "11月27日，陈静等5名同志组织观看了警示教育片《围猎》。", "!警示 11-27 > 《围猎》 #5 ?missing_actor"],
  // 3. 都是X closing a run of pairs under a heading, a ；-clause after it: every pair before it typed, the clause after its own.
  ["陈志强", "我11月份的谈话情况：11月4日和郑华，11月6日和冯雪，都是廉政谈话；11月20日和陈静、赵磊谈心谈话。另：原定11月30日的分管科室会议推迟到12月8日召开。", "!廉谈 11-04 >郑华 | 廉谈 11-06 >冯雪 | 谈心 11-20 >陈静 | 谈心 11-20 >赵磊"],
  ["陈志强", "本月谈话情况：11月5日和郑华，11月12日和冯雪，都是谈心谈话；11月19日和陈静进行了廉政谈话。", "!谈心 11-05 >郑华 | 谈心 11-12 >冯雪 | 廉谈 11-19 >陈静"],
  ["黄志刚", "11月4日查了组联部，11月6日查了康复部，都是查考勤；11月20日到财务科开展了作风纪律检查。", "!作风 11-04 > | 作风 11-06 > | 作风 11-20 >"],
  // Near-misses: nothing after the closing clause, or no heading: as before.
  ["陈志强", "本月谈话情况：11月5日和郑华，11月12日和冯雪，都是谈心谈话。", "!谈心 11-05 >郑华 | 谈心 11-12 >冯雪"],
  ["陈志强", "11月5日和郑华，11月12日和冯雪，都是谈心谈话；11月19日和陈静进行了廉政谈话。", "!谈心 11-05 >郑华 | 谈心 11-12 >冯雪 | 廉谈 11-19 >陈静"],
  ["黄志刚", "11月4日查了组联部，11月6日查了康复部，都是查考勤", "!作风 11-04 > | 作风 11-06 >"],
  // 4. A head's own deeds beside a leader who only came (round 33b A11): both the sender's, on a card for the long message.
  ["周涛", "11月18日，我部召开部务会，专题学习《中国共产党廉洁自律准则》，刘芳副理事长到会并讲话，全部5名同志参加。同日，我与张颖进行了谈心谈话。", "!廉教 11-18 > 《中国共产党廉洁自律准则》 #5 | 谈心 11-18 >张颖"],
];
