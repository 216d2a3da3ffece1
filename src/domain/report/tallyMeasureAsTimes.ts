// 胡军「办公室本月组织警示教育2场，其中11月5日李明主任带领…，11月19日组织旁听庭审」 · 「…组织廉政教育2批次，其中…」 (round 61, gab;
// t63a F1's kind: the lead a record of its own asked its day, the first item's doer lost): 场 and 批次 count a lead's deeds
// as 次 does; the lead readers know 次 only, so the lead over 其中 and its dated items is written with 次.

/** The count of a lead, its 场/批次, then ，其中 and a written day. Groups: the count, what follows 场/批次. */
const MEASURE = /(\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:场|批次)(\s*[,，]\s*其中\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号])/g;

/**
 * `text` with every lead's 场/批次 before 「，其中」 and a dated item written 次 (组织警示教育2场，其中11月5日… → 组织警示教育2次，其中11月5日…);
 * `text` itself when there is none (召开了2场会议 · 分2批次观看 stay as written).
 */
export function withTallyMeasureAsTimes(text: string): string {
  if (!text.includes('其中') || !/场|批次/.test(text)) return text;
  return text.replace(MEASURE, '$1次$2');
}
