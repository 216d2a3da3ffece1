// 「上个月和王强谈心谈话了一次」 → 「是哪一天？」 → 「周三」 was stored as today (round 22u A1): the month a report names
// without a day is the frame of a bare weekday answered to its day question, as reportWeek is for 上周.
import { addDays, addMonths, weekday } from '../shanghai.js';

const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const WEEKDAY_WORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };

/**
 * The one month ('YYYY-MM') a report names without a day in it (上个月, 本月, 10月份, 九月), or undefined when it names
 * none or several. A month later than today's is last year's.
 */
export function reportMonth(text: string, today: string): string | undefined {
  const months = new Set<string>();
  const thisMonth = today.slice(0, 7);
  if (/上个?月(?!\s*\d|[一二三四五六七八九十]+[日号])/.test(text)) months.add(addMonths(`${thisMonth}-01`, -1).slice(0, 7));
  if (/(?:本|这个?|当)月(?![日号]|\s*\d|[一二三四五六七八九十]+[日号])/.test(text)) months.add(thisMonth);
  const year = Number(today.slice(0, 4));
  const add = (m: number) => months.add(`${m > Number(today.slice(5, 7)) ? year - 1 : year}-${String(m).padStart(2, '0')}`);
  // A month followed by a day (11月13日, 十一月十二日) is a date, not a frame; 3个月 is a length.
  for (const m of text.matchAll(/(?<![\d.个])(1[0-2]|0?[1-9])月(?!\s*\d|[一二三四五六七八九十]+[日号])/g)) add(Number(m[1]));
  for (const m of text.matchAll(/(?<![一二三四五六七八九十个])(十[一二]?|[一二三四五六七八九])月(?![一二三四五六七八九十\d])/g)) add(CN_MONTH[m[1]!]!);
  // 10月份和赵磊谈心一次，…。责任书年初就签了 (round 42, t42a F7: the 责任书's day asked 「消息说的是10月」): another vague
  // time of the year is another deed's frame, and the message-wide question cannot tell whose is whose.
  if (OTHER_SPAN.test(text)) return undefined;
  return months.size === 1 ? [...months][0] : undefined;
}

/** A vague time that is no month: 年初 · 年中 · 年底 · 上半年 · 去年 · 前段时间. */
export const OTHER_SPAN = /年初|年中|年底|年末|[上下]半年|去年|前年|前段时间|前些日子/;

/** A bare weekday answer (周三, 星期五吧, 是礼拜一) with no week, month or day of its own: the weekday (0 = Sunday), else undefined. */
export function bareWeekday(answer: string): number | undefined {
  const m = /(?<![上本这下个])(?:周|星期|礼拜)([一二三四五六日天])/.exec(answer);
  if (!m) return undefined;
  // Anything that is a day of its own (上周三, 11月4日, 昨天, 26号) makes the answer more than a weekday.
  if (/[上本这下]个?(?:周|星期|礼拜)|\d|[日号]|[今昨前]天|月/.test(answer.replace(m[0], ''))) return undefined;
  return WEEKDAY_WORD[m[1]!];
}

/** The days of `month` that fall on `day` (0 = Sunday), up to `today`. */
export function weekdaysInMonth(month: string, day: number, today: string): string[] {
  const days: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month) && d <= today; d = addDays(d, 1)) if (weekday(d) === day) days.push(d);
  return days;
}

/** 2026-11-04 → 11月4日. */
export function monthDayLabel(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/**
 * A day answer read in the report's month: a bare weekday the month has once becomes that date; one it has several times
 * (or none yet) gives the days to ask among, never a day outside the month. Any other answer is returned as it was.
 */
export function inReportMonth(answer: string, month: string, today: string): { answer: string } | { days: string[]; weekdayWord: string } {
  const day = bareWeekday(answer);
  if (day === undefined) return { answer };
  const word = /(?:周|星期|礼拜)[一二三四五六日天]/.exec(answer)![0];
  const days = weekdaysInMonth(month, day, today);
  if (days.length === 1) return { answer: answer.replace(word, monthDayLabel(days[0]!)) };
  return { days, weekdayWord: word };
}
