// 上周给办公室讲廉政党课了，周五 · 上周和王强谈心了，周三 · 上周和刘洋谈了廉政谈话 是周二下午 (round 45 frf, members' phone
// chat: the weekday added last was read in this week — on a card, a week off — and 上周 named as matching no record).

/** 上周 · 上个星期 · 上礼拜 · 这周 · 本周: a week said without its day. */
const WEEK = /(?:上|这|本)个?(?:周|星期|礼拜)(?![一二三四五六日天末])/g;
/** The clause closing the sentence that says only the weekday: ，周五 · 是周二下午 · 周三谈的. */
const CLOSING_WEEKDAY = /[,\s]\s*(?:是|在|就是|应该是|具体是)?\s*((?:周|星期|礼拜)[一二三四五六日天])\s*(上午|下午|晚上)?\s*(?:的|谈的|讲的|签的|开的|看的|学的|查的)?\s*[。.!]?\s*$/;

/**
 * `text` (normalised) with a weekday said alone at the end of a sentence put after the one bare week the sentence said
 * before it (上周…，周五 → 上周五…), so the day is that week's. A sentence naming no week, or two, is left as it is.
 */
export function withWeekdayAfterWeek(text: string): string {
  return text
    .split(/(?<=[。\n])/)
    .map((sentence) => {
      const m = CLOSING_WEEKDAY.exec(sentence);
      if (m === null) return sentence;
      const before = sentence.slice(0, m.index);
      const weeks = [...before.matchAll(WEEK)];
      if (weeks.length !== 1) return sentence;
      const week = weeks[0]!;
      const at = week.index + week[0].length;
      const tail = sentence.slice(m.index + m[0].length - (/[。]$/.test(m[0]) ? 1 : 0));
      return `${before.slice(0, at)}${m[1]!.replace(/^(?:星期|礼拜)/, '')}${m[2] ?? ''}${before.slice(at)}${tail}`;
    })
    .join('');
}
