// Found by the final tester of round 30 (t30f, issue 10): 「我与王建国、刘芳…逐一进行了廉政谈话，时间分别是11月3日、4日…」
// gave every person every day (16 talks for 4); a trailing 时间分别是 after a list pairs them in order.
// 「…；陈志强、赵敏两位领导的谈话时间待定」 gave the talk before them more people on its day: a talk whose time is 待定 is not held.
// 「和冯雪、赵磊两位同志分别谈了心。…原定和冯雪的廉政谈话因她外出改到下周」 dropped the done 谈心 with 冯雪 silently: a not-held
// clause that names its deed removes its person from that deed only.
// 「…工作會議…會上組織觀看了警示教育片《貪慾之禍》，參加人員19名」 put the film's title and count on the meeting: the film is a
// 警示教育 of its own.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_F_ROWS: CorpusRow[] = [
  // A list with 逐一 (or no manner word), then 时间分别是 its days: one day each, in order.
  ["张伟", "11月我与班子成员王建国、刘芳、陈志强、赵敏逐一进行了廉政谈话，时间分别是11月3日、4日、10日、11日。", "!廉谈 11-03 >王建国 | 廉谈 11-04 >刘芳 | 廉谈 11-10 >陈志强 | 廉谈 11-11 >赵敏"],
  ["王建国", "我与李明、孙丽逐一进行了廉政谈话，时间分别是11月16日、11月18日", "廉谈 11-16 >李明 | 廉谈 11-18 >孙丽"],
  ["王强", "上周我和孙杰、郑华谈了心，时间分别是11月23日、24日。", "谈心 11-23 >孙杰 | 谈心 11-24 >郑华"],
  ["孙杰", "王建国同志与李明、孙丽逐一进行了廉政谈话，时间分别为11月5日和11月6日", "!廉谈 11-05 王建国>李明 | 廉谈 11-06 王建国>孙丽"],
  // Near-misses: 分别 before the verb and 先后 before the list pair already; one person with 时间是 keeps its day.
  ["张伟", "我与王建国、刘芳分别进行了廉政谈话，时间分别是11月3日、4日。", "廉谈 11-03 >王建国 | 廉谈 11-04 >刘芳"],
  ["张伟", "先后与王建国、刘芳进行了廉政提醒谈话，时间分别是11号和25号", "廉谈 11-11 >王建国 | 廉谈 11-25 >刘芳"],
  ["张伟", "我与王建国进行了廉政谈话，时间是11月3日。", "廉谈 11-03 >王建国"],
  ["王建国", "11月3日、4日分别与李明、孙丽进行了廉政谈话", "廉谈 11-03 >李明 | 廉谈 11-04 >孙丽"],
  // A talk whose time is still to be set (谈话时间待定 · 谈话待定) is not held: its people are left out, and said so.
  ["王强", "领导谈话进展：11月12日王建国副理事长分别与李明、孙丽进行廉政谈话；陈志强、赵敏两位领导的谈话时间待定。", "!廉谈 11-12 王建国>李明 | 廉谈 11-12 王建国>孙丽"],
  ["王强", "11月13日刘芳副理事长与周涛进行廉政谈话。陈志强副理事长的谈话时间待定。", "!廉谈 11-13 刘芳>周涛"],
  ["王建国", "11月16日与李明进行了廉政谈话，与孙丽的谈话待定", "!廉谈 11-16 >李明"],
  ["王建国", "11月16日与李明进行了廉政谈话，和孙丽谈话的具体时间待定", "!廉谈 11-16 >李明"],
  // Near-misses: a talk told done with its day 待定 is asked its day; 还没有开展 is not done as before.
  ["王建国", "与李明进行了廉政谈话，具体日期待定", "廉谈 ? >李明 ?missing_date"],
  ["王强", "11月13日刘芳副理事长与周涛进行廉政谈话；陈志强、赵敏两位领导的谈话还没有开展。", "!廉谈 11-13 刘芳>周涛"],
  // A put-off clause naming its deed leaves out its person from that deed only; the done deed of another kind keeps them.
  ["陈志强", "11月23日下午到维权部，和冯雪、赵磊两位同志分别谈了心。11月27日与郑华部长进行了廉政谈话，原定和冯雪的廉政谈话因她外出改到下周。", "!谈心 11-23 >冯雪 | 谈心 11-23 >赵磊 | 廉谈 11-27 >郑华"],
  ["陈志强", "11月25日和冯雪、赵磊分别谈了心，和冯雪的廉政谈话推迟到下周", "!谈心 11-25 >冯雪 | 谈心 11-25 >赵磊"],
  // Near-misses: the same kind put off leaves them out of it; a clause naming no deed (出差未谈) leaves them out of every one.
  ["陈志强", "11月25日和冯雪、赵磊分别进行了廉政谈话，和冯雪的廉政谈话改到下周", "!廉谈 11-25 >赵磊"],
  ["陈志强", "11月25日和冯雪、赵磊谈了心，冯雪出差未谈", "!谈心 11-25 >赵磊"],
  ["陈志强", "11月25日和冯雪谈了心，和郑华的廉政谈话改到下周", "!谈心 11-25 >冯雪"],
  // A warning film watched at (or right after) a duty meeting is a 警示教育 of its own, with its title and the head count.
  ["徐辉", "11月27日，中心召開黨風廉政建設工作會議，何平主任主持，趙敏書記出席並講話。會上組織觀看了警示教育片《貪慾之禍》，參加人員19名。", "!分管会 11-27 赵敏> #19 | 警示 11-27 赵敏> 《贪欲之祸》 #19"],
  ["何平", "11月25日中心召开党风廉政建设工作会议，赵敏书记出席并讲话，会上观看了警示教育片《警钟》，参会人员20人", "!分管会 11-25 赵敏> #20 | 警示 11-25 赵敏> 《警钟》 #20"],
  ["周涛", "11月20日组联部召开党风廉政建设工作会议，刘芳副理事长出席并讲话，会后组织观看了警示教育片《底线》，参加9人", "!分管会 11-20 刘芳> #9 | 警示 11-20 刘芳> 《底线》 #9"],
  // Near-misses: a study at the meeting stays a 廉政教育; a film alone, or a meeting alone, is one record as before.
  ["徐辉", "11月27日，中心召开党风廉政建设工作会议，赵敏书记出席并讲话，会上集中学习了《廉洁自律准则》，参加人员19名。", "!分管会 11-27 赵敏> #19 | 廉教 11-27 赵敏> 《廉洁自律准则》"],
  ["刘芳", "11月23日召开分管科室党风廉政建设工作会议，会上播放了警示片《蜕变》，参会12人", "!分管会 11-23 > | 警示 11-23 > 《蜕变》 #12"],
  ["徐辉", "11月27日组织观看警示教育片《贪欲之祸》，参加人员19名", "警示 11-27 > 《贪欲之祸》 #19 ?missing_actor"],
  ["刘芳", "11月23日召开分管科室党风廉政建设工作会议，参会12人", "分管会 11-23 > #12"],
];
