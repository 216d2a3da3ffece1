// One wording for "the count the member wrote is not the number of records the items gave" (round 65, ged). Before, each
// reader said it its own way — a counted heading 「…」与下面列出的2条不一致，已按列出的逐条记录, a restated lead 「…」与列出的2项
// 不一致，已按列出的逐项记录, a bracket 「…」与括号里列出的4人次不一致, a table row 表中第2行的人数「4」与谈话对象人数（1人）不一致，
// 谈话按对象逐人记录，未记录人数，请核对谈话对象 — and a member saw four sentences for one thing. Every reader that weighs a count
// against its items (countedHeadingItems, restatedTallyLead, bracketedPairDays, countedLeadMismatch, talkRowCounts,
// kindTotalsLead) words it here.

/**
 * The remark for a count that differs from what was listed: 「`said`」与`where`列出的`listed``unit`不一致，已按列出的逐`unit`记录，
 * 请核对是否漏记或多记. `said` is the member's words (quoted here, unless `quoted` is false: the caller quoted a part of it, as
 * 表中第2行的人数「4」); `where` says where the items stand (下面 · 括号里 · 逐项 · '' for the message's own items); `unit` is
 * 项 for records, 人 for people talked with.
 */
export function countDiffers(said: string, listed: number, where = '', unit: '项' | '人' = '项', quoted = true): string {
  return `${quoted ? `「${said}」` : said}与${where}列出的${listed}${unit === '人' ? '人' : '项'}不一致，已按列出的逐${unit}记录，请核对是否漏记或多记`;
}
