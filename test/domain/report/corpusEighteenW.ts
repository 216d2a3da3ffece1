// Doer and department faults of round 18u (w18, issue 10): doer-less items under a department's 台账/补报 heading, a
// department's own meeting its 分管领导 attends, the departments whose heads attend a 分管科室会议, 全体 signings with a day.
import type { CorpusRow } from './corpusRow.js';

export const EIGHTEEN_W_ROWS: CorpusRow[] = [
  // 1. A heading naming a department (…台账 with no colon, …补报：) owns the items under it that name no doer: its head's,
  // on the card (was: stored at once as the clerk's own; 报送/上报/提交 信息 was no subjectless deed). Items naming their
  // own doer keep it; the head sending it keeps them; a clerk of another department writing it up gives them to its head.
  ["张颖", "组联部11月份廉政工作台账\n11月13日 开展廉政风险点自查", "!自查 11-13 周涛>"],
  ["刘洋", "康复部9月份补报：9月25日报送廉政信息1篇", "!信息 09-25 吴静>"],
  ["杨帆", "宣文部11月工作台账\n11月3日 开展岗位廉政风险自查\n11月17日 上报廉政信息1篇\n11月20日 王磊 与 杨帆 谈心谈话", "!自查 11-03 王磊> | 信息 11-17 王磊> | 谈心 11-20 王磊>杨帆"],
  ["王芳", "办公室10月补报：10月9日提交廉政信息一篇", "!信息 10-09 李明>"],
  ["赵磊", "教就部11月工作台账\n11月18日 开展专项资金使用自查", "!自查 11-18 郑华>"],
  ["冯雪", "维权部11月工作台账\n11月12日 开展廉政风险自查", "自查 11-12 >"],
  // 2. A department's own 党风廉政建设会议 (named by its unit word, with or without 召开) that its 分管领导 attends is that
  // leader's 分管科室会议 there, no question (was: a 专题会议 asked 「是哪位领导主持或主讲的？」, or typed right and asked anyway).
  ["何平", "本月工作：1. 11月9日 中心党风廉政建设会议，赵书记出席并讲话；2. 11月16日 与徐辉谈心谈话", "!分管会 11-09 赵敏> | 谈心 11-16 >徐辉"],
  ["孙杰", "11月13日 中心党风廉政建设会议，赵书记参加", "!分管会 11-13 赵敏>"],
  ["吴静", "11月12日 部门党风廉政建设工作会议，刘芳副理事长出席并讲话", "!分管会 11-12 刘芳>"],
  ["王芳", "11月18日 科室党风廉政建设会议，王副理事长到会讲话", "!分管会 11-18 王建国>"],
  ["何平", "11月6日召开中心党风廉政建设会议，赵书记参加并讲话", "!分管会 11-06 赵敏>"],
  // 3. 到/在/来 a department before a 分管科室会议 is where it was held; the departments whose heads attended are the
  // meeting's (was: only the place kept, the other department flagged as unread). Departments: meetingVenue.test.ts.
  ["周涛", "11月24日刘芳副理事长到组联部主持召开分管科室会议，康复部、组联部主要负责人参会", "!分管会 11-24 刘芳>"],
  ["刘芳", "11月24日在康复部召开分管科室党风廉政建设工作会议，组联部、康复部负责人参加", "分管会 11-24 >"],
  ["郑华", "11月17日陈志强副理事长到教育就业部召开分管科室廉政工作会议，维权部、教育就业部负责人参加", "!分管会 11-17 陈志强>"],
  ["王强", "11月9日王副理事长来财务科主持分管科室党风廉政建设工作会议，财务科、办公室负责同志参加", "!分管会 11-09 王建国>"],
  // 4. A day between the group word and 全体 (康复部今天全体… · 部里昨天全体…) reads as without it: everyone of the
  // department, on the card (was: asked 「和谁签订的？」).
  ["孙丽", "科里11月20日全体都签订了廉洁承诺书", "!签责 11-20 >王强 | 签责 11-20 >李娟"],
  ["周涛", "组联部昨天全体人员均签订了廉政承诺书", "!签责 11-29 >张颖"],
  ["冯雪", "维权部上周五全体都签了廉洁从业承诺书", "!签责 11-27 >赵磊"],
  ["何平", "中心11月18日全体都签了廉政承诺书", "!签责 11-18 >徐辉 | 签责 11-18 >孙杰"],
];
