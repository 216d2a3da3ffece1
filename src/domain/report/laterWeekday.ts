// 上周五…，周一又… (round 30a, F3: put on the Monday before): a bare weekday after a day of last week goes on in time.

/** 一 … 日/天 as 1 … 7; undefined for no weekday. */
export function weekdayOf(word: string | undefined): number | undefined {
  const at = word === undefined ? -1 : '一二三四五六日天'.indexOf(word);
  return at < 0 ? undefined : Math.min(at + 1, 7);
}

/** The weekday (1 … 7) of the last 上周X in `text`, or undefined when it names none. */
export function lastWeekdayNamed(text: string): number | undefined {
  return weekdayOf([...text.matchAll(/上个?(?:周|星期|礼拜)([一二三四五六日天])/g)].at(-1)?.[1]);
}

/**
 * Whether `raw` names a bare weekday (周一, not 上周一) that is not after weekday `last` (1 … 7) of last week said before it:
 * then it is not of last week (the next one, as time goes on), whatever 上周 said before.
 */
export function notLaterWeekday(raw: string, last: number | undefined): boolean {
  const bare = weekdayOf(/(?<![上本这下个])(?:周|星期|礼拜)([一二三四五六日天])/.exec(raw)?.[1]);
  return last !== undefined && bare !== undefined && bare <= last;
}
