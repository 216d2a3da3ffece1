// 胡军「报告：办公室本月组织廉政教育2次，其中12月1日李明主任带领…，12月4日组织观看…」 (round 61, gab; t63a F1: the lead a record
// of its own asked its day, the study given to the clerk): the 报告：/汇报： a clerk opens with is no part of the summary it
// heads; the counted lead behind it is read as the lead readers read it at a line's start.

/** 报告： · 汇报： · 报告一下： · 报告领导： · 汇报如下： at the message's start. */
const REPORT_WORD = /^\s*(?:报告|汇报)(?:一下|领导|如下)?\s*[:：]\s*/;
/** A counted lead then its items: up to 16 characters before the count, 次/场/人次/批次, then ，其中 or a colon. */
const COUNTED_LEAD = /^[^,，。;；:：\n]{2,16}?(?:\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:次|场|人次|批次)\s*(?:[,，]\s*其中|[:：])/;

/**
 * `text` without the 报告：/汇报： it opens with when a counted lead over its items follows (报告：办公室本月组织廉政教育2次，其中… →
 * 办公室本月组织廉政教育2次，其中…); `text` itself otherwise (报告：今天… stays as written, read as before).
 */
export function withoutReportWordBeforeTally(text: string): string {
  const word = REPORT_WORD.exec(text);
  if (!word) return text;
  const rest = text.slice(word[0].length);
  return COUNTED_LEAD.test(rest) ? rest : text;
}
