// 「康复部报了一篇调研报告 12月1号报的 题目是…调研」 · 「报了一篇信息 题目是康复部开展廉政提醒 周二报的」 (round 49, fve kind 4:
// the paper asked its day beside a second 调研 made of its title; the day run into the title, 《…提醒 上周二报的》): a day
// with what was done on it (12月1号报的 · 周二交的 · 昨天签的) is a clause of its own, never a title's words.

/** A day, then 报的 / 交的 / 签的 / 开的 / 讲的…: the day a deed told before it was done (source for RegExp). */
export const DAY_DONE_CLAUSE =
  '(?:大?前天|昨天|今天|(?:上|这|本)?(?:周|星期)[一二三四五六日天]|(?:\\d{1,2}月)?\\d{1,2}[日号])(?:上午|下午|晚上)?(?:报送|上报|报|交|签|开|讲|谈|搞|送|发|看)的';

/** A space before such a clause, or right after one before more words. */
const SPACED = new RegExp(`(?<=[\\u4e00-\\u9fa5》”])(?<![日号天午上晚])[ \\u3000]+(?=${DAY_DONE_CLAUSE})|(?<=(?<![\\u4e00-\\u9fa5])${DAY_DONE_CLAUSE})[ \\u3000]+(?=[\\u4e00-\\u9fa5])`, 'g');

/**
 * `text` with the spaces around a day-done clause (…调研报告 12月1号报的 题目是… → …调研报告,12月1号报的,题目是…) written as
 * the commas they stand for; a space inside 《》 is left. Unchanged when there is none.
 */
export function withSpacedDayDone(text: string): string {
  return text.replace(SPACED, (gap, at: number) => {
    const before = text.slice(0, at);
    return (before.match(/《/g) ?? []).length > (before.match(/》/g) ?? []).length ? gap : ',';
  });
}
