// Parser faults of round 17 (r17, issue 10): 「部门分管科室会议」 with no verb, closing remarks, counted 信息 with days, 信息 named before its verb.
import type { CorpusRow } from './corpusRow.js';

export const SEVENTEEN_R_ROWS: CorpusRow[] = [
  // 「组联部分管科室会议」 with no verb names the meeting's department: the sender's when they supervise it (was: given to
  // the department's head, with a note that he supervises nothing), else its 分管领导's, on the card.
  ["刘芳", "补报10月份的：10.9 组联部分管科室会议；10.21 和吴静廉政谈话", "!分管会 10-09 > | 廉谈 10-21 >吴静"],
  ["刘芳", "10月9日组联部分管科室会议", "分管会 10-09 >"],
  ["陈志强", "10月15日教育就业部分管科室会议", "分管会 10-15 >"],
  ["陈志强", "11月4日维权部分管科室党风廉政建设工作会议", "分管会 11-04 >"],
  ["周涛", "10月9日组联部分管科室会议", "!分管会 10-09 刘芳>"],
];
