// 11月份纪检工作完成情况： over a list of deeds (round 26, W9: noted 「开头一行是一个问题，未记录」): a heading that names
// what follows ends with a colon and asks nothing; 完成情况/进度/统计 in it are a title's words, not a query.

/** A question in the line: a question mark, or 吗/呢/没有/多少/怎么/如何/哪些/几. */
const ASKS = /[?？]|吗|呢|没有?[\s。]*$|多少|怎么|如何|哪些|哪几|几[次个项人]/;

/** Whether `line` heads the lines under it (ends with ： or :, asks nothing): 11月份纪检工作完成情况： · 本月进度汇报：. */
export function headsList(line: string): boolean {
  return /[:：]\s*$/.test(line) && !ASKS.test(line);
}

/** Words a request opens with (查一下 · 帮我看看 · 请统计): a line of them asks the bot for something, even with no ？. */
const REQUESTS = /^(?:请|帮|麻烦|查|看|问|想|能否|能不能|可以|给我|告诉|发我|列|导出|统计一下|汇总一下)/;

/** The noun a report's title ends with: …统计表 · …完成情况 · …台账 · …小结 · …（摘录）. */
const TITLE_END = /(?:情况|统计表?|汇总表?|台账|台帐|小结|总结|一览表?|登记表?|明细表?|清单|进度表?|报告|汇报)(?:\s*[（(][^）)]{1,8}[)）])?\s*$/;

/**
 * Whether the first line of a report is its title though it ends with no colon: 办公室11月党风廉政工作统计表 ·
 * 财务科11月份党风廉政建设工作完成情况 over the items (round 41, t40b F15 / t40a F5 and F8: called 「第1行是一个问题，
 * 未记录；请单独发送，我来回答」). It asks nothing, opens with no request (查一下本月完成情况 stays a question) and ends
 * with a title's noun; the caller knows it stands first, above other lines.
 */
export function titlesReport(line: string): boolean {
  const said = line.trim();
  return !ASKS.test(said) && !REQUESTS.test(said) && TITLE_END.test(said);
}
