// A bare weekday put in place of a record's day is a day of that record's own week: on a waiting card (a card of 上周三
// corrected to 周四 means 上周四, cardCorrection) and on a stored record (t49a F2: 刘芳「和周涛的谈心是周三不是周四」 of a
// talk on 上周四 proposed this week's 周三, 12-02, six days after the 周四 it put right).

/** 周四 · 星期四 · 礼拜四 · 周4: a weekday with no week of its own. */
export const BARE_WEEKDAY = /^(?:周|星期|礼拜)([一二三四五六日天1-7])$/;
const WEEKDAY_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD day. */
function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The day (YYYY-MM-DD) in the week (Monday first, as the Chinese week is counted) of `recordDate` (YYYY-MM-DD, a Shanghai
 * calendar day) that the bare weekday `said` (周三 · 星期三 · 礼拜三 · 周3) names; undefined when `said` is anything else
 * (上周三 · 本周三 · 12月2日 keep the day they were read as).
 */
export function weekdayOfRecordWeek(said: string, recordDate: string): string | undefined {
  const m = BARE_WEEKDAY.exec(said.trim());
  if (!m) return undefined;
  const d = new Date(`${recordDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + WEEKDAY_INDEX[m[1]!]! - isoWeekday(recordDate));
  return d.toISOString().slice(0, 10);
}

/** Whether the bare weekday `said` (周三 · 星期三) is the weekday of `date`; undefined when `said` is no bare weekday. */
export function bareWeekdayIs(said: string, date: string): boolean | undefined {
  const m = BARE_WEEKDAY.exec(said.trim());
  return m ? isoWeekday(date) === WEEKDAY_INDEX[m[1]!]! : undefined;
}
