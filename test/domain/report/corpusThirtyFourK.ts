// Round 34c (tester t34c; fixed by helper aa1, issue 10): notices and forwards. Read on Mon 2026-11-30 10:00 +08:00 (the
// tester's days restated). Kinds: a notice of a sitting later today (…，请大家准时参加 · 下午开个警示教育会) was stored at once
// as done today (§1.1); near-misses said done (召开了 · 谈了心 · 开了个会) keep their reading.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_K_ROWS: CorpusRow[] = [
  // 1. A notice calls people to a sitting still to come: the plan reply, nothing recorded.
  ["何平", "今天下午中心召开警示教育会，请大家准时参加", "-"],
  ["吴静", "下午3点部门开会学习《廉洁自律准则》，请大家准时参加", "-"],
  ["何平", "下午开个警示教育会", "-"],
  ["王磊", "今天下午3点在三楼会议室观看警示教育片《围猎》，请部门全体党员按时参加", "-"],
  ["冯雪", "明天上午部门开警示教育会，届时请大家带好笔记本", "-"],
  // Near-misses: said done, or 邀请…参加 telling who came, keep their reading.
  ["何平", "今天上午组织观看了警示教育片《围猎》", "警示 11-30 > 《围猎》"],
  ["李明", "今天上午和王芳谈了心", "谈心 11-30 >王芳"],
  ["何平", "今天上午召开了警示教育会议", "警示 11-30 >"],
  ["吴静", "今天上午部门开了个警示教育会", "警示 11-30 >"],
  ["吴静", "11月20日邀请赵敏书记参加部门警示教育会并讲话", "警示 11-20 >"],
  // A done deed before the notice is recorded; the notice is named as a plan.
  ["孙丽", "上周五组织科里学习了《廉洁自律准则》，下午开个警示教育会，请大家准时参加", "廉教 11-27 > 《廉洁自律准则》"],
];
