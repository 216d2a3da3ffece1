// Helper bb1's kinds (issue 10), read on Mon 2026-11-30 10:00 +08:00 (days restated from a Fri 2026-12-04 probe).
// Kinds: others coming to report (来汇报/向我汇报/给我介绍) their 自查 to the sender were stored at once as the sender's own
// 自查总结 (§1); a day labelled as another thing (报送时间为… · （…通知） · …那周) was stored at once as the deed's day (§2).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_M_ROWS: CorpusRow[] = [
  // 1. Someone else reports their 自查 to the sender: the paper is theirs; nothing of the sender's.
  ["何平", "王芳和李明一起来汇报了自查情况", "-"],
  ["何平", "11月27日王芳来汇报了科室廉政风险自查情况", "-"],
  ["何平", "11月27日李明向我汇报了本科室自查报告", "-"],
  ["何平", "昨天王芳和李明给我介绍了自查工作开展情况", "-"],
  ["何平", "11月27日，康复部来汇报了自查整改情况", "-"],
  // Near-misses: the sender's own 自查, and the sender reporting it upward, stay the sender's.
  ["何平", "中心开展了廉政风险自查", "自查 ? > ?missing_date"],
  ["何平", "自查报告11月27号交到机关纪委了", "自查 11-27 >"],
  ["何平", "11月27日向机关纪委报告了自查情况", "自查 11-27 >"],
  ["何平", "11月27日我来汇报一下自查情况，中心开展了廉政风险自查", "自查 11-27 >"],
  // 2. A day labelled as another thing is no day of the deed: the day is asked.
  ["何平", "近日组织观看了警示教育片，报送时间为11月26日", "警示 ? > ?missing_date"],
  ["何平", "组织中心职工观看了警示教育片，上报时间是11月27日。", "警示 ? > ?missing_date"],
  ["何平", "11月组织科室观看警示教育片一次（11月25日通知）", "警示 ? > ?missing_date"],
  ["何平", "上个月和王强谈心谈话了，11月25日那周", "谈心 ? >王强 ?missing_date"],
  ["何平", "11月25日那周组织学习了廉政教育材料", "廉教 ? > ?missing_date"],
  // Near-misses: the deed's own label (检查时间 after a check, 报送时间 after a paper sent) and a day before the deed stay.
  ["何平", "近日开展了作风纪律检查，检查时间为11月25日", "作风 11-25 >"],
  ["林晓", "报送了一篇廉政信息，报送时间为11月26日", "信息 11-26 >"],
  ["何平", "11月25日组织观看了警示教育片", "警示 11-25 >"],
  ["何平", "按照机关纪委通知（11月20日下发），11月26日组织观看了警示教育片", "警示 11-26 >"],
];
