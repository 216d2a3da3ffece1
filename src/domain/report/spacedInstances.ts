// 「本月部里开了两次廉政教育学习 一次是11月6号 一次是11月20号」 · 「上个月开了两次分管科室会议，一次10月9号一次10月23号」
// (round 48, fte: the second day unmatched and asked, or the whole message read as no report): voice input leaves a space
// for the comma between counted items, or none at all after a day. An item's opener (一次 · 另一次 · 其中一场 · 第二次 ·
// 头一次 · 一篇 · 另一条) with its own day right after it, met after a space or right after a day, opens an item of its own,
// as it always did with the comma written.

/** A day as an item gives it: 11月6日 · 6号 · 2026年11月6日 · 上周三 · 星期五 · 昨天 · 前天. */
const DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|(?:上上|上|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天)';
/** An item's opener: 一次 · 另一次 · 其中一次 · 还有一场 · 头一次 · 第二次 · 一篇 · 另一条, with 是/为/在 after it. */
const OPENER = '(?:(?:其中|还有|另外?|头)?一|第[一二三四五六七八九十\\d]{1,2})(?:次|场|回|篇|条)(?:是|为|在)?';
/** A space after a Chinese word, or spaces or nothing after a day (and its 的), before an opener and its day. */
const BREAK = new RegExp(`(?:(?<=${DAY}的?)[ ]*|(?<=[\\u4e00-\\u9fa5])[ ]+)(?=${OPENER}[ ]*${DAY})`, 'g');

/**
 * `text` with a comma where a counted item opens with its own day after a space, or after the day of the item before
 * it: 学习 一次是11月6号 一次是11月20号 → 学习,一次是11月6号,一次是11月20号. Any other space is left as it is.
 */
export function withSpacedInstances(text: string): string {
  return text.replace(BREAK, ',');
}
