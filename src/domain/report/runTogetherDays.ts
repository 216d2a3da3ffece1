// 11月3号10号17号24号 · 本周一周二: days said one after another with no 、 between them are a list of days all the same.
/** A day number (3号, 17日) right before another day number. */
const DAY_THEN_DAY = /(\d{1,2}[号日])(?=\d{1,2}[号日])/g;
/** A weekday (周一, 星期三) right before another weekday. */
const WEEKDAY_THEN_WEEKDAY = /((?:周|星期|礼拜)[一二三四五六日天])(?=(?:周|星期|礼拜)[一二三四五六日天])/g;

/**
 * The text with a 、 between days run together (11月3号10号17号 → 11月3号、10号、17号; 周一周二 → 周一、周二),
 * the way a list of days is read. Run together, only the first was read and the rest were lost or given the
 * first one's day: 林晓's 「11月3号10号17号24号每周二都去查了考勤」 was one check, 赵敏's 「本周一周二分别到宣文部和
 * 康复中心…」 had both meetings on Monday (round 22, K5 and K2).
 */
export function withRunTogetherDays(text: string): string {
  return text.replace(DAY_THEN_DAY, '$1、').replace(WEEKDAY_THEN_WEEKDAY, '$1、');
}
