// 刘芳「和周涛的谈心是周三不是周四」 of a talk stored on 上周四 (t49a F2: the card proposed this week's 周三, 12-02, six days
// after the 周四 it put right): a bare weekday put in place of a record's day is a day of that record's own week.

const WEEKDAY = /^(?:周|星期|礼拜)([一二三四五六日天])$/;
const INDEX: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

/**
 * The day (YYYY-MM-DD) in the week (Monday first, as the Chinese week is counted) of `recordDate` (YYYY-MM-DD, a Shanghai
 * calendar day) that the bare weekday `said` (周三 · 星期三 · 礼拜三) names; undefined when `said` is anything else
 * (上周三 · 本周三 · 12月2日 keep the day they were read as).
 */
export function weekdayOfRecordWeek(said: string, recordDate: string): string | undefined {
  const m = WEEKDAY.exec(said.trim());
  if (!m) return undefined;
  const day = new Date(`${recordDate}T00:00:00Z`);
  const monday = day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + INDEX[m[1]!]! * 86_400_000).toISOString().slice(0, 10);
}
