// 发现的问题已督促撤销 · 对违规报销已责令撤回 · 违规的审批已予以撤销 (round 61, gad; fbc's left-alone: a check report read as a
// command, or as the withdrawal of a stored record): a 撤销 someone was made to do, or that is told done (已), is a deed of
// the work. A member withdrawing a record speaks in the first person and names it (那条 · 第2条 · 刚才 · 记录).

/** The words before 撤销/撤回/作废 that make it a deed done or ordered: 督促 · 责令 · 要求 · 予以 · 限期 · 依规 · 已. */
export const ORDERED_BY = '督促|责令|要求|予以|限期|依规|依纪|及时|均已|已经|已';
/** A record named after the verb, in its clause: the words keep a command (督促撤销那条记录). */
export const RECORD_AFTER = '[^,，。;；]*?(?:记录|那条|这条|上条|上一条|第[\\d一二三四五六七八九十]+条|刚才)';
const ORDERED_UNDO = new RegExp(`(?<=${ORDERED_BY})(?:撤销|撤回|作废)(?!${RECORD_AFTER})`);

/** Whether `text` tells a 撤销/撤回/作废 that was ordered or done as part of the work (已督促撤销), with no record named after it. */
export function undoneAsOrdered(text: string): boolean {
  return ORDERED_UNDO.test(text);
}
