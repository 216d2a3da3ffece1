// 「上周宣文部开展了廉政教育，具体哪天记不得了，大概是周四，4人」 · 「上周组联部全体人员观看了警示教育片 应该是周三 3人」 (round 46
// frg K6, read on a Saturday: put on this week's 周四/周三 on the card, while its remark said 「周四」 was read nowhere): a bare
// weekday later in the sentence that opened with 上周 is of that week, as it already is in a clause after it (parseReport).

/**
 * 上周 · 上个星期 with no weekday after it: the week said. Group 1: 上. 上上周…，周三 is left to its own readers (round 45
 * frf: shown on a card, the weekday added after the week).
 */
const WEEK_SPAN = /(?<!上)(上)个?(?:周|星期|礼拜)(?![一二三四五六日天1-7])/;

/** A bare weekday (周四, not 上周四 · 本周四 · 下周四), the sentence's end, or a day of its own between them. */
const WEEKDAY_OR_STOP = /(?<![上本这下个])(?:周|星期|礼拜)(?=[一二三四五六日天])|[。；;!！?？\n]|今天|昨天|前天|本周|这周|下周|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]/g;

/**
 * `text` with the first bare weekday after a 上周 span, in a later clause of the same sentence, written as of that week
 * (上周…，周四 → 上周…，上周四), when no other day stands between them; `text` itself otherwise.
 */
export function withWeekSpanWeekday(text: string): string {
  let out = text;
  let from = 0;
  for (;;) {
    const span = WEEK_SPAN.exec(out.slice(from));
    if (!span) return out;
    const after = from + span.index + span[0].length;
    WEEKDAY_OR_STOP.lastIndex = after;
    const next = WEEKDAY_OR_STOP.exec(out);
    // Only a weekday in a later clause: 上个星期分别在星期一和星期四… is a day list its readers take whole.
    if (next && /^(?:周|星期|礼拜)$/.test(next[0]) && /[,，\s]/.test(out.slice(after, next.index))) {
      out = `${out.slice(0, next.index)}${span[1]}${out.slice(next.index)}`;
      from = next.index + span[1]!.length + next[0].length;
    } else from = after;
  }
}
