// Round 31f (the acceptance tester, issue 10: F2, F4 and F6 of /work/rounds/round-31f-report.md), fixed on branch j2. Read
// on Mon 2026-11-30 10:00 +08:00. Fixed: a unit's head organising its staff to sign (组织中心全体职工签订廉洁从业承诺书 from
// 何平: stored at once with no one signed with) signs with each of them, for 确认; a ；-entry opening with 会上 that says what
// was studied or watched (…出席并讲话；会上学习了《…》，并通报了…案例: the study and the briefing lost) tells of the meeting
// before it, as a comma does; work set apart by 另外/此外 that is no duty (另外完成了三季度财务报表: the note of two
// records) is named on the card as not recorded; a 分管科室 meeting or study names its departments by the heads who attended
// (郑华、冯雪两位部长参加: 冯雪's 维权部 missing) or, none named, as 分管科室 (no department at all).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_I_ROWS: CorpusRow[] = [
  // F2: a head organising the staff of the unit they head to sign: one 责任书 with each of them, for 确认.
  ["何平", "今天上午组织中心全体职工签订廉洁从业承诺书", "!签责 11-30 >徐辉 | 签责 11-30 >孙杰"],
  ["何平", "11月27日上午组织中心全体职工签订廉洁从业承诺书，下午和徐辉进行了谈心谈话", "!签责 11-27 >徐辉 | 签责 11-27 >孙杰 | 谈心 11-27 >徐辉"],
  ["孙丽", "11月26日组织全科同志签订了廉洁承诺书", "!签责 11-26 >王强 | 签责 11-26 >李娟"],
  ["孙丽", "11月26日组织财务科全体人员签订了廉洁承诺书", "!签责 11-26 >王强 | 签责 11-26 >李娟"],
  ["郑华", "上周五组织部门全体人员签订廉洁自律承诺书", "!签责 11-27 >陈静"],
  ["何平", "11月20日组织全体职工签订了廉洁从业承诺书", "!签责 11-20 >徐辉 | 签责 11-20 >孙杰"],
  ["孙杰", "11月25日何平主任组织中心全体职工签订廉洁从业承诺书", "!签责 11-25 何平>徐辉 | 签责 11-25 何平>孙杰"],
  // Near-misses: a family pledge is signed at home (the organiser signed with no one); a deputy who heads nothing is asked
  // whom; a leader's 全体党员 names no unit of theirs (one organised signing, as before).
  ["何平", "今天组织全体职工签订家庭助廉承诺书", "签责 11-30 >"],
  ["徐辉", "今天组织中心全体职工签订廉洁从业承诺书", "签责 11-30 > ?missing_counterpart"],
  ["张伟", "11月24日组织全体党员签订廉洁承诺书", "签责 11-24 >"],

  // F4: 会上 after ； still the meeting before it: what was studied or watched there a record of its own.
  ["徐辉", "11月27日 何平主任主持召开中心党风廉政建设会议，赵敏书记出席并讲话；会上学习了《廉洁自律准则》，并通报了近期两起违规吃喝典型案例。", "!分管会 11-27 赵敏> | 廉教 11-27 赵敏> 《廉洁自律准则》 | 警示 11-27 赵敏>"],
  ["王建国", "11月9日主持召开分管科室党风廉政建设工作会议；会上集中学习了《中国共产党纪律处分条例》。", "!分管会 11-09 > | 廉教 11-09 > 《中国共产党纪律处分条例》"],
  ["王建国", "11月18日主持召开分管科室党风廉政建设工作会议；会上组织观看了警示教育片《迷途》", "!分管会 11-18 > | 警示 11-18 > 《迷途》"],
  // Near-misses: cases only briefed, a rule only urged, a study of its own day, a 会后 deed — read as before.
  ["徐辉", "11月27日 何平主任主持召开中心党风廉政建设会议，赵敏书记出席并讲话；会上通报了近期两起违规吃喝典型案例。", "!分管会 11-27 赵敏> | 警示 11-27 赵敏>"],
  ["徐辉", "11月27日 何平主任主持召开中心党风廉政建设会议，赵敏书记出席并讲话；会议强调要严守《廉洁自律准则》。", "!分管会 11-27 赵敏>"],
  ["王建国", "11月9日主持召开分管科室党风廉政建设工作会议；11月16日组织学习了《中国共产党纪律处分条例》。", "!分管会 11-09 > | 廉教 11-16 > 《中国共产党纪律处分条例》"],
  ["王建国", "11月9日主持召开分管科室党风廉政建设工作会议；会后与孙丽签订了责任书。", "!分管会 11-09 > | 签责 11-09 >孙丽"],

  // F6 (A18): work set apart by 另外/此外 that is no duty is named as not recorded, on the card, never a record's note
  // (separateWork.test.ts asserts the notes).
  ["王强", "11月份科室工作小结：孙科长11月10号跟我谈了心，11月12日、11月26日分别组织科室人员学习了廉政知识和观看了警示教育片，另外完成了三季度财务报表。", "!谈心 11-10 孙丽>王强 | 廉教 11-12 孙丽> | 警示 11-26 孙丽>"],
  ["孙丽", "11月26日组织科室人员观看了警示教育片，另外完成了三季度财务报表", "!警示 11-26 >"],
  ["孙丽", "11月26日组织科室人员观看了警示教育片，此外还做了年终决算", "!警示 11-26 >"],
  // Near-misses: a remark not set apart stays at once; a duty set apart is a record of its own.
  ["孙丽", "11月26日组织科室人员观看了警示教育片，大家很受触动", "警示 11-26 >"],
  ["孙丽", "11月26日组织科室人员观看了警示教育片。另外，11月27日和王强谈了心", "!警示 11-26 > | 谈心 11-27 >王强"],

  // F6 (A7, A22, C1): a 分管科室 meeting's departments are its attending heads' or, none named, the 分管科室 themselves
  // (attendingDepartments.test.ts asserts the departments; the rows keep every record as it was).
  ["陈静", "陈志强副理事长11月27日下午在教就部主持召开分管科室党风廉政建设工作会议，郑华、冯雪两位部长参加，会后陈副理事长分别与两位部长进行了廉政谈话。", "!分管会 11-27 陈志强> #2 | 廉谈 11-27 陈志强>郑华 | 廉谈 11-27 陈志强>冯雪"],
  ["王建国", "11月份我分管的办公室、财务科工作：11月9日主持召开分管科室党风廉政建设工作会议；11月16日、23日分别与李明、孙丽进行了廉政谈话；11月27日对财务科专项资金使用情况进行了检查。", "!分管会 11-09 > | 廉谈 11-16 >李明 | 廉谈 11-23 >孙丽 | 资金 11-27 >"],
  ["王建国", "11月16日与李明进行廉政谈话，11月23日与孙丽进行廉政谈话，11月25日组织分管科室观看警示教育片《围猎》", "!廉谈 11-16 >李明 | 廉谈 11-23 >孙丽 | 警示 11-25 > 《围猎》"],
  // Near-miss: one talked with after the meeting did not attend it.
  ["陈静", "陈志强副理事长11月27日在教就部主持召开分管科室党风廉政建设工作会议，会后与冯雪进行了廉政谈话", "!分管会 11-27 陈志强> | 廉谈 11-27 陈志强>冯雪"],
];
