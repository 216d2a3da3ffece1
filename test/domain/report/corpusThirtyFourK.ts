// Round 34c (tester t34c; fixed by helper aa1, issue 10): notices and forwards. Read on Mon 2026-11-30 10:00 +08:00 (the
// tester's days restated). Kinds: a notice of a sitting later today (…，请大家准时参加 · 下午开个警示教育会) was stored at once
// as done today (§1.1); near-misses said done (召开了 · 谈了心 · 开了个会) keep their reading. A forward marker (【转发】 ·
// 转发： · 转：) before a pasted item made the clerk the doer at once (§1.4) or the whole message a plan (§3.1): the item is
// read as written, on a card; 转发：关于…的通知 stays a notice, and 已转发部门群 after a deed is no marker.
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
  // 2. A forward marker before a pasted item: the item as written, on a card, never the sender's at once.
  ["刘洋", "【转发】11月20日康复部组织观看警示教育片《围猎》", "!警示 11-20 吴静> 《围猎》"],
  ["刘洋", "转发：【廉洁康复】11月20日，康复部组织开展“以案为鉴 警钟长鸣”警示教育活动，部长吴静带领全体党员学习了近期查处的典型案例，并谈了体会。", "!警示 11-20 吴静>"],
  ["杨帆", "转发：11月20日，王磊部长与杨帆进行了廉政谈话。", "!廉谈 11-20 王磊>杨帆"],
  ["刘洋", "转发：11月20日，康复部开展了警示教育。", "!警示 11-20 吴静>"],
  ["刘洋", "转：11月20日康复部组织观看警示教育片《围猎》", "!警示 11-20 吴静> 《围猎》"],
  ["赵磊", "【转发】11月18日，维权部冯雪部长与赵磊进行了廉政谈话", "!廉谈 11-18 冯雪>赵磊"],
  // Near-misses: the same item without a marker, a source line, a notice passed on, and 已转发 after a deed.
  ["刘洋", "11月20日康复部组织观看警示教育片《围猎》", "!警示 11-20 吴静> 《围猎》"],
  ["杨帆", "转自公众号：11月20日，王磊部长与杨帆进行了廉政谈话。", "!廉谈 11-20 王磊>杨帆"],
  ["刘洋", "转发：关于开展廉政警示教育月活动的通知", "-"],
  ["吴静", "11月20日组织部门观看警示教育片《围猎》，已转发部门群", "警示 11-20 > 《围猎》"],
  ["吴静", "【转发】今天下午部门召开警示教育会，请大家准时参加", "-"],
];
