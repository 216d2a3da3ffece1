// 11月份纪检工作完成情况： over a list of deeds (round 26, W9: noted 「开头一行是一个问题，未记录」): a heading that names
// what follows ends with a colon and asks nothing; 完成情况/进度/统计 in it are a title's words, not a query.

/** A question in the line: a question mark, or 吗/呢/没有/多少/怎么/如何/哪些/几. */
const ASKS = /[?？]|吗|呢|没有?[\s。]*$|多少|怎么|如何|哪些|哪几|几[次个项人]/;

/** Whether `line` heads the lines under it (ends with ： or :, asks nothing): 11月份纪检工作完成情况： · 本月进度汇报：. */
export function headsList(line: string): boolean {
  return /[:：]\s*$/.test(line) && !ASKS.test(line);
}
