// Round 31g (the acceptance tester, issue 10: F1 and F2 of /work/rounds/round-31g-report.md), fixed on branch k1. Read
// on Mon 2026-11-30 10:00 +08:00. Fixed: a 分管领导 saying they attended a meeting of a department they supervise
// (参加组联部党风廉政建设会议并讲话 from 刘芳: given to 周涛, the head, its type asked) holds their own 分管科室会议; a
// department's meeting that its 分管领导 only attended (康复部召开…，刘芳副理事长参加并讲话) makes no subject of the
// leader for the clause after it that names none (；/。11月25日组织全体人员观看…: given to 刘芳): that clause is the
// department's, its head's (the sender's own when they head it), and so is 会后全体职工签订… (given to 赵敏).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_J_ROWS: CorpusRow[] = [
  // F1: the sender attends a meeting of a department they supervise: their own 分管科室会议.
  ["刘芳", "11月19日参加组联部党风廉政建设会议并讲话", "分管会 11-19 >"],
  ["刘芳", "我上周三参加了康复部专题会议，并作了讲话", "分管会 11-25 >"],
  ["赵敏", "昨天参加了宣文部党风廉政建设工作会议并讲话", "分管会 11-29 >"],
  ["刘芳", "本月一岗双责落实情况：11月10日与周涛、吴静两位部长分别进行了廉政谈话；11月19日参加组联部党风廉政建设会议并讲话；11月23日参加康复部专题会议。另外12月10日准备给分管部门讲一次廉政党课。", "!廉谈 11-10 >周涛 | 廉谈 11-10 >吴静 | 分管会 11-19 > | 分管会 11-23 >"],
  // Near-misses: a leader who supervises not that department, or a study (not a meeting) attended, stays the department's
  // head's, on the card, its type asked as before; a leader named in the third person goes on as before.
  ["王建国", "11月19日参加组联部党风廉政建设会议并讲话", "!? 11-19 周涛> ?missing_type"],
  ["刘芳", "11月19日参加宣文部党风廉政建设会议", "!? 11-19 王磊> ?missing_type"],
  ["刘芳", "11月19日参加组联部廉政教育专题学习", "!廉教 11-19 周涛>"],
  ["张颖", "11月19日 刘芳副理事长来组联部参加部门党风廉政建设会议并讲话", "!分管会 11-19 刘芳>"],

  // F2: the department held the meeting, its 分管领导 attended: the subjectless clause after is the department's.
  ["吴静", "11月23日，康复部召开党风廉政建设专题会议，刘芳副理事长参加并讲话；11月25日组织全体人员观看警示教育片《围猎》，实到6人。", "!分管会 11-23 刘芳> | 警示 11-25 > 《围猎》 #6"],
  ["吴静", "11月23日，康复部召开党风廉政建设专题会议，刘芳副理事长参加并讲话。11月25日组织全体人员观看警示教育片《围猎》，实到6人。", "!分管会 11-23 刘芳> | 警示 11-25 > 《围猎》 #6"],
  ["陈静", "11月19日，组联部召开党风廉政建设会议，刘芳副理事长出席并讲话。11月20日组织全体人员观看警示教育片《围猎》，实到5人。", "!分管会 11-19 刘芳> | 警示 11-20 周涛> 《围猎》 #5"],
  ["孙杰", "中心动态：11月20日下午，残疾人康复中心召开党风廉政建设工作会议，赵敏书记出席并讲话，何平主任对中心廉政风险防控工作进行了安排。会后全体职工签订了廉洁从业承诺书。", "!分管会 11-20 赵敏> | 签责 11-20 何平>徐辉 | 签责 11-20 何平>孙杰"],
  // Near-misses: the leader the subject of the meeting's clause (来…参加, 主持召开), or a 党组 meeting, goes on as before.
  ["陈静", "11月19日，刘芳副理事长到组联部参加党风廉政建设会议并讲话。11月20日与周涛进行了廉政谈话。", "!分管会 11-19 刘芳> | 廉谈 11-20 刘芳>周涛"],
  ["吴静", "11月23日，刘芳副理事长主持召开康复部党风廉政建设专题会议；11月25日与吴静进行了廉政谈话", "!分管会 11-23 刘芳> | 廉谈 11-25 刘芳>吴静"],
  ["王芳", "11月19日，党组召开专题会议，张伟书记参加并讲话。11月20日与王建国进行了廉政谈话。", "!专题 11-19 张伟> | 廉谈 11-20 张伟>王建国"],
];
