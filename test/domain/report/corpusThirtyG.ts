// Found by the final tester t30f (issue 10): a department's 自查 told by a 科员 who heads nothing (11月24日部门自查完成) was
// stored at once as the clerk's own; a bare 部门/科室 before the deed is the sender's unit, its head's, on the card.
// And a 「组联部廉政工作小结：」 item handing a paper to a body (11月27日向机关纪委报送廉政信息1篇) was the clerk's: the
// recipient before the verb leaves the item subjectless, so the heading's department head's, on the card.
// And a plan heading in the middle of a line (…自查完成。本周安排：本周内报送…) held only its first item: the later one was
// asked its day as a deed; the heading now holds the rest of its run.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_G_ROWS: CorpusRow[] = [
  ["陈静", "11月24日部门自查完成并形成自查报告。", "!自查 11-24 郑华>"],
  ["李娟", "11月20日科室廉政风险自查已完成", "!自查 11-20 孙丽>"],
  ["刘洋", "本月26日部门开展了自查自纠", "!自查 11-26 吴静>"],
  // Near-misses: the head's own 部门 is theirs at once; the clerk's own 自查 (我, 个人) is theirs; joining one is took_part.
  ["郑华", "11月24日部门自查完成并形成自查报告。", "自查 11-24 >"],
  ["陈静", "11月24日我完成了个人自查", "自查 11-24 >"],
  ["陈静", "11月24日郑华部长组织部门开展了自查", "!自查 11-24 郑华>"],
  // A 小结 heading over a paper handed to a body.
  ["张颖", "11月份组联部廉政工作小结：\n1. 11月12日组织全部门观看警示教育片《警钟长鸣》，参加6人；\n2. 11月27日向机关纪委报送廉政信息1篇。", "!警示 11-12 周涛> 《警钟长鸣》 #6 | 信息 11-27 周涛>"],
  ["李娟", "财务科11月工作情况：\n1. 11月10日开展专项资金自查；\n2. 11月25日向党组报告了落实主体责任情况。", "!自查 11-10 孙丽> | 报告 11-25 孙丽>"],
  // Near-misses: 我 in the item keeps it the sender's; the head's own heading is theirs; no heading, no one else's.
  ["张颖", "11月份组联部廉政工作小结：\n1. 11月12日组织全部门观看警示教育片《警钟长鸣》，参加6人；\n2. 11月27日我向机关纪委报送廉政信息1篇。", "!警示 11-12 周涛> 《警钟长鸣》 #6 | 信息 11-27 >"],
  ["周涛", "11月份组联部廉政工作小结：\n1. 11月12日组织全部门观看警示教育片；\n2. 11月27日向机关纪委报送廉政信息1篇。", "!警示 11-12 > | 信息 11-27 >"],
  ["张颖", "11月27日向机关纪委报送廉政信息1篇。", "信息 11-27 >"],
  // A plan heading mid-line, after the deeds done.
  ["陈静", "上周完成：11月24日部门自查完成。本周安排：本周内报送年度调研报告。", "!自查 11-24 郑华>"],
  ["吴静", "11月26日组织全部门观看警示教育片《底线》，参加7人；下月打算：开展谈心谈话，本月内报送调研报告。", "!警示 11-26 > 《底线》 #7"],
  // Near-misses: 按照安排 and 补充 headings tell deeds done; a deed with no heading before it is still asked its day.
  ["陈静", "上周完成：11月24日部门自查完成。按照安排：11月27日报送廉政信息1篇。", "!自查 11-24 郑华> | 信息 11-27 >"],
  ["陈静", "11月24日部门自查完成。11月补充：11月27日报送廉政信息1篇。", "!自查 11-24 郑华> | 信息 11-27 >"],
  ["吴静", "11月26日组织全部门观看警示教育片《底线》，参加7人；本月报送了调研报告。", "!警示 11-26 > 《底线》 #7 | 调研 ? > ?missing_date"],
];
