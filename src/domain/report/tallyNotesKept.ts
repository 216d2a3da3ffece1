// 「5到12条删掉」 on a summary whose 「各部门负责人与科员谈话8人次」 had been read into 8 talks (round 69, gil; t72b F1): the 确认
// card still said 「「各部门负责人与科员谈话8人次」按每人1次记录，其余几次请写明日期另发」 of records no longer on it. A tally's
// note is a reading of records a group was read into: it goes when that group's note goes whole (none of its people left).

/** pairedTallyLead's note: 「各部门负责人与科员谈话8人次」按每人1次记录…; group 1 the words of the tally. */
const TALLY_NOTE = /^「([^」]+)」按每人1次记录/;
/** groupNotesKept's people note: 「各部门负责人」按李明、孙丽…共8人记录; group 1 the group's words. */
const GROUP_NOTE = /^「([^」]+)」按[\u4e00-\u9fa5、]+?共\d+人记录/;

/**
 * `after` (the remarks once group notes were narrowed, groupNotesKept) without each tally note whose words hold the words
 * of a group note that was in `before` and is in `after` no more. Every other remark kept, in order.
 */
export function tallyNotesKept(before: readonly string[], after: readonly string[]): string[] {
  const groupOf = (m: string): string | undefined => GROUP_NOTE.exec(m)?.[1];
  const left = new Set(after.map(groupOf).filter((g): g is string => g !== undefined));
  const gone = before.map(groupOf).filter((g): g is string => g !== undefined && !left.has(g));
  if (gone.length === 0) return [...after];
  return after.filter((m) => {
    const tally = TALLY_NOTE.exec(m)?.[1];
    return tally === undefined || !gone.some((g) => tally.includes(g));
  });
}
