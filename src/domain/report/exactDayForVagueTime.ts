// 「补录：9月下旬（9月24日）黄志刚书记带队对康复中心开展专项资金使用情况检查」 (round 46, t48b F4: 「是谁带队检查的？」 asked
// though 黄志刚书记带队 says it): a part of a month followed by its exact day in brackets says that day twice; the readers of
// who did it saw 「9月下旬(…)」 before the name as no clause opening. Only the exact day is kept, as if written alone.

/** 9月下旬 · 11月中旬 · 10月初 · 本月底 · 近日 · 日前: a time said vaguely, which an exact day in brackets right after makes plain. */
const VAGUE = String.raw`(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:上旬|中旬|下旬|初|中|底|末|上半月|下半月)|(?:上|本|这)个?月(?:上旬|中旬|下旬|初|中|底|末)|近日|日前|前几天|前段时间|近期)`;
/** （9月24日） · (24日) · （11月24日上午）: an exact day in brackets, nothing else. */
const EXACT = String.raw`[（(]\s*((?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上)?)\s*[）)]`;
const VAGUE_THEN_EXACT = new RegExp(`${VAGUE}${EXACT}`, 'g');

/**
 * `text` with each vague time followed by an exact day in brackets (9月下旬（9月24日）) written as that day alone
 * (9月24日; 9月下旬（24日） becomes 9月24日). Unchanged when there is none.
 */
export function exactDayForVagueTime(text: string): string {
  return text.replace(VAGUE_THEN_EXACT, (whole, day: string) => {
    if (/月/.test(day)) return day;
    const month = /^(\d{1,2})月/.exec(whole)?.[1];
    return month !== undefined ? `${month}月${day}` : whole;
  });
}
