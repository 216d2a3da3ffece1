// 「完成作风纪律检查3次（11月5日办公室、11月17日教就部、11月26日康复中心）」: a check counted, then each day and place in brackets.
/** The check with its count and the bracketed list: the words before it in the clause, the check word, the list. */
const COUNTED_CHECK = /([^，,；;。：:（(\n]*?(?:检查|督查|暗访|抽查|巡查))\s*(?:[一二三四五六七八九十两\d]+\s*次)?\s*[（(]([^（()）\n]+)[）)]/g;
/** One item: a day (its month perhaps) and the department gone to (到/对 optional). */
const ITEM = /^(?:(\d{1,2})月)?(\d{1,2})[日号]\s*(?:到|对|在|赴)?\s*([\u4e00-\u9fa5]{2,10}?(?:部|科|室|中心|站|所|办))$/;
/** Words before the check that say it was done (完成/开展), not what it was. */
const DONE = /^(?:共|总共|一共)?(?:完成了?|开展了?|进行了?|组织了?)\s*/;

// 王建国「本人参加了2次分管科室的党风廉政建设会议（11月5日办公室、11月12日财务科），并作了讲话」 (l3, issue 10: one
// record, the second pair named as leftover): a meeting attended, counted, with such a list is one meeting per pair.
/** Attending, a count, 分管科室的 perhaps, the meeting (words up to 会/会议), the bracketed list. */
const COUNTED_MEETING = /(参加了?|出席了?|列席了?)\s*(?:[一二三四五六七八九十两\d]+\s*次)?\s*(?:(?:所)?分管(?:的)?(?:科室|部门|部室|单位)的?)?([^，,；;。：:（(\n]*?会议?)\s*[（(]([^（()）\n]+)[）)]/g;

/**
 * The text with a counted check followed by a bracketed list of 「day + department」 written out as one clause
 * per pair (11月5日到办公室作风纪律检查；11月17日到教就部作风纪律检查), the way such pairs are read. Left as it
 * was, only the first pair made a record and the other days were named as unmatched (round 22, K5: 黄志刚's
 * 11月 小结). A list whose first item has no month, or any item that is not a day and a department, is left.
 */
export function withBracketedDayPlaces(text: string): string {
  return withBracketedMeetings(text).replace(COUNTED_CHECK, (all, before: string, list: string) => {
    const items = list.split(/[、，,；;]/).map((p) => ITEM.exec(p.trim()));
    if (items.length < 2 || items.some((m) => m === null) || items[0]![1] === undefined) return all;
    const lead = /^\s*/.exec(before)![0];
    const check = before.trim().replace(DONE, '');
    let month = items[0]![1]!;
    return lead + items.map((m) => {
      month = m![1] ?? month;
      return `${month}月${Number(m![2])}日到${m![3]}${check}`;
    }).join('；');
  });
}

/**
 * The text with a meeting attended, counted or not, followed by a bracketed list of 「day + department」 written out as
 * one clause per pair (11月5日参加了办公室的党风廉政建设会议；11月12日参加了财务科的党风廉政建设会议). Left as it is under the
 * same conditions as a check's list.
 */
function withBracketedMeetings(text: string): string {
  return text.replace(COUNTED_MEETING, (all, verb: string, meeting: string, list: string) => {
    const items = list.split(/[、，,；;]/).map((p) => ITEM.exec(p.trim()));
    if (items.length < 2 || items.some((m) => m === null) || items[0]![1] === undefined) return all;
    const attended = verb.endsWith('了') ? verb : `${verb}了`;
    let month = items[0]![1]!;
    return items.map((m) => {
      month = m![1] ?? month;
      return `${month}月${Number(m![2])}日${attended}${m![3]}的${meeting.trim()}`;
    }).join('；');
  });
}
