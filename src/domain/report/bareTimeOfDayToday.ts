// 赵敏「上午到宣文部和王磊 杨帆分别谈了话 都是廉政谈话 昨天还和何平谈了心」 (round 62, gba; t64a: all three stored at once on 昨天):
// a bare time of day (上午 · 下午 · 晚上 · 刚才) opening a message is today's, as 今天上午 is; a day said in a later clause
// (昨天 · 前天 · 上周五 · 11月27日) is that clause's own, never carried back to the first. Written 今天上午 for the readers.

/**
 * The bare time of day at the message's start, after an optional 我/本人 and before the deed (和/与/到/组织…; after 刚才/
 * 刚刚 only a deed's opener, since 刚才说的/刚才那条 points at a record). Groups: who, the time of day.
 */
const OPENING = /^(\s*(?:我|本人)?\s*)(上午|下午|早上|早晨|中午|晚上|傍晚|(?:刚才|刚刚)(?=\s*(?:和|与|跟|同|到|去|在|给|对|组织|开展|参加|召开|主持|讲|签)))/;

/**
 * `text` with a bare time of day opening it (上午到宣文部… · 我下午和王磊…) written 今天上午 · 我今天下午; `text` itself when it
 * opens otherwise (今天上午 · 昨天下午 · 11月5日上午 · 刚才说的是…).
 */
export function withBareTimeOfDayToday(text: string): string {
  const opening = OPENING.exec(text);
  return opening === null ? text : `${opening[1]}今天${text.slice(opening[1]!.length)}`;
}
