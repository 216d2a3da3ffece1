// Finds the day an activity happened (今天, 上周三, 11月20日, 20号, 2026/11/20 …) relative to today in Shanghai.
import { maskMatches } from './parseNormalize.js';
import { addDays, addMonths, daysBetween, weekday } from '../shanghai.js';

export interface DayParse {
  /** YYYY-MM-DD; absent when no day was named. */
  date?: string;
  /** The words that named it, for remarks. */
  text?: string;
  /** A day that does not exist (2月30日): masked, reported, never guessed. */
  invalid?: string;
  /** The input with every day and time-of-day word masked. */
  rest: string;
  /** The day is today only because a time of day (下午, 刚才) was named: a day said earlier in the sentence wins over it. */
  byTimeOfDay?: true;
}

type Resolver = (m: RegExpExecArray, today: string) => string | undefined;

interface DayRule {
  re: RegExp;
  resolve: Resolver;
  /** A match that resolves to no day is still a day, just a wrong one. */
  explicit?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day, or undefined (2月30日 is not one). */
function civil(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * How far ahead a month-day without a year is still read as this year's (a future day the
 * bot refuses) rather than last year's: "11月25日" written on 11-22 is a slip or a plan,
 * not a 补录 from a year ago.
 */
export const NEAR_FUTURE_DAYS = 31;

/** A month and day without a year: this year's if within NEAR_FUTURE_DAYS ahead, else the most recent one not after today. */
function recentMonthDay(month: number, day: number, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  const thisYear = civil(year, month, day);
  if (thisYear && thisYear > today && daysBetween(today, thisYear) <= NEAR_FUTURE_DAYS) return thisYear;
  for (let y = year; y >= year - 4; y--) {
    const d = civil(y, month, day);
    if (d && d <= today) return d;
  }
  return undefined;
}

/** A day of the month without a month: this month's if it is not after today, else the previous month with that day. */
function recentDayOfMonth(day: number, today: string): string | undefined {
  for (let back = 0; back <= 2; back++) {
    const first = addMonths(`${today.slice(0, 7)}-01`, -back);
    const d = civil(Number(first.slice(0, 4)), Number(first.slice(5, 7)), day);
    if (d && d <= today) return d;
  }
  return undefined;
}

/** The last day of `month` (1–12): this year's if not after today (or within NEAR_FUTURE_DAYS), else last year's. */
function recentMonthEnd(month: number, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  const last = (y: number) => civil(y, month, new Date(Date.UTC(y, month, 0)).getUTCDate());
  const thisYear = last(year);
  if (thisYear === undefined) return undefined;
  return thisYear <= today || daysBetween(today, thisYear) <= NEAR_FUTURE_DAYS ? thisYear : last(year - 1);
}

/** The last day of the latest month whose end is not after today (月底那天 said on 12-02 is 11-30; on 11-30, 11-30). */
function latestMonthEnd(today: string): string {
  const end = addDays(addMonths(`${today.slice(0, 7)}-01`, 1), -1);
  return end <= today ? end : addDays(`${today.slice(0, 7)}-01`, -1);
}

/** 最后一天 · 月底那天 · 月末那一天: a month's last day named (月底 alone is a span: not a day). */
const MONTH_END = '(?:的)?\\s*(?:最后一天|底那一?天|末那一?天|底的那一?天)';

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

/** Chinese weeks start on Monday: 本周日 is the Sunday that ends this week. */
function weekDay(prefix: string | undefined, name: string, today: string): string | undefined {
  const index = WEEKDAYS[name];
  if (index === undefined) return undefined;
  const monday = addDays(today, -((weekday(today) + 6) % 7));
  const inThisWeek = addDays(monday, index - 1);
  if (!prefix) return inThisWeek <= today ? inThisWeek : addDays(inThisWeek, -7);
  // 上上周三 is two weeks back.
  const weeks = prefix.startsWith('上上') ? -2 : prefix.startsWith('上') ? -1 : prefix.startsWith('下下') ? 2 : prefix.startsWith('下') ? 1 : 0;
  return addDays(inThisWeek, 7 * weeks);
}

const RELATIVE: Record<string, number> = {
  大前天: -3, 前天: -2, 前日: -2, 昨天: -1, 昨日: -1, 昨晚: -1, 昨早: -1, 昨儿: -1,
  今天: 0, 今日: 0, 今早: 0, 今晨: 0, 今晚: 0, 今儿: 0,
  明天: 1, 明日: 1, 明早: 1, 后天: 2, 大后天: 3,
};

const NOT_A_COUNT = String.raw`(?!\s*(?:人|名|位|个|次|天|篇|场|期|余|多|%|小时|分钟|元|万|\d))`;

/** Ordered: the first rule that matches decides; later rules only mask. */
const RULES: DayRule[] = [
  {
    re: /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*(?:日|号)?/g,
    explicit: true,
    resolve: (m) => civil(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 去年的11月20日 · 上一年11月20号 · 去年11.20 (round 14: read as this year's 11月20日, a wrong day on the card).
    re: /(今年|去年|前年|上一?年)\s*的?\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*(?:日|号)?/g,
    explicit: true,
    resolve: (m, today) => {
      const back = m[1] === '今年' ? 0 : m[1] === '前年' ? 2 : 1;
      return civil(Number(today.slice(0, 4)) - back, Number(m[2]), Number(m[3]));
    },
  },
  {
    // 11月最后一天 · 十月底那天 · 上个月最后一天 · 月底那天 (m25: the day asked): the month's last day.
    re: new RegExp(`(?:(\\d{1,2})\\s*月份?|(上个?月|本月|这个?月|当月)|(?<![\\d上本这当个])月)${MONTH_END}`, 'g'),
    explicit: true,
    resolve: (m, today) => {
      if (m[1] !== undefined) return recentMonthEnd(Number(m[1]), today);
      if (m[2] === undefined) return latestMonthEnd(today);
      const first = addMonths(`${today.slice(0, 7)}-01`, m[2].startsWith('上') ? -1 : 0);
      return addDays(addMonths(first, 1), -1);
    },
  },
  {
    re: new RegExp(String.raw`(\d{1,2})\s*月\s*(\d{1,2})(?:\s*(?:日|号)|` + NOT_A_COUNT + ')', 'g'),
    explicit: true,
    resolve: (m, today) => recentMonthDay(Number(m[1]), Number(m[2]), today),
  },
  {
    // 11.20 / 11/20 / 11-20, but not 1.5小时 or 1-2次.
    // 11.18号 keeps its 号 with the day. 查阅了10-11月的报销凭证 (t47a F2: the check dated 10-11) is a span of months.
    re: /(?<![\d./-])(\d{1,2})[./-](\d{1,2})(?:日|号)?(?![\d./-]|\s*(?:人|名|位|个|次|天|小时|分|元|万|%|倍|篇|场|月|个月))/g,
    resolve: (m, today) => recentMonthDay(Number(m[1]), Number(m[2]), today),
  },
  {
    re: /(上个?月|本月|这个?月|当月)\s*(\d{1,2})\s*(?:日|号)/g,
    explicit: true,
    resolve: (m, today) => {
      const first = addMonths(`${today.slice(0, 7)}-01`, m[1]!.startsWith('上') ? -1 : 0);
      return civil(Number(first.slice(0, 4)), Number(first.slice(5, 7)), Number(m[2]));
    },
  },
  {
    // 一号文件 and 3号楼 are not days.
    re: /(?<![\d月])(\d{1,2})\s*(?:日|号)(?!\s*(?:前|以前|文件|楼|会议室|院|线|令|房间|窗口))/g,
    resolve: (m, today) => recentDayOfMonth(Number(m[1]), today),
  },
  {
    // 上周周一 · 上周星期一 · 上个礼拜 周二 (round 39: 上周周一 was this Monday, stored at once): the week said, then the weekday.
    re: /(本|这个?|上上个?|上个?|下下个?|下个?)?\s*(?:(?:周|星期|礼拜)\s*(?=(?:周|星期|礼拜)\s*[一二三四五六日天1-7]))?(?:周|星期|礼拜)\s*([一二三四五六日天1-7])/g,
    resolve: (m, today) => weekDay(m[1], m[2]!, today),
  },
  {
    re: /(\d{1,3})\s*天(?:以)?前/g,
    resolve: (m, today) => addDays(today, -Number(m[1])),
  },
  {
    re: /大前天|大后天|前天|前日|昨天|昨日|昨晚|昨早|昨儿|今天|今日|今早|今晨|今晚|今儿|明天|明日|明早|后天/g,
    resolve: (m, today) => addDays(today, RELATIVE[m[0]] ?? 0),
  },
];

/** Words that mean "today" only when nothing else names the day (昨天上午 is yesterday). */
// 刚和何平谈完 (round 13: the day asked): a bare 刚 before the deed is today too, but not the 刚 ending a name (黄志刚和我…).
// 部里学了一下午廉政知识 (round 35a, F7 variant: 一下午 masked as today's afternoon, the study's words torn apart and its type
// asked): 一下午 · 半个上午 · 整个晚上 are how long it took, no time of day (周一下午's 周一 is masked before this is read).
// 刚把廉政信息报给机关纪委了 · 刚报送了… (round 51 fzc): 刚 before 把/将/报/交/提 is just now too.
const TODAY_FALLBACK = /刚才|刚刚|(?<=^|[\s,;。!?:\u0000我们]|书记|部长|主任|科长|理事长)刚(?=[和跟与同找给对谈签开组讲看学把将报交提])|今上午|今下午|(?<!一|半|整|一个|半个|整个)(?:上午|下午|中午|晚上|傍晚|早上)/g;
/** 当天 · 同日 · 当日 · 那天 right before a time of day: the day of the clause before, never today. */
const SAME_DAY_BEFORE = /(?:当天|同日|当日|同一天|同天|那天|那一天)[\s\u0000]*$/;
const TIME_OF_DAY = /\d{1,2}\s*(?::\s*\d{2}|点\s*(?:\d{1,2}\s*分|半|钟)?|时\s*(?:\d{1,2}\s*分)?)/g;

export function parseDay(text: string, today: string): DayParse {
  let rest = text;
  let date: string | undefined;
  let said: string | undefined;
  let invalid: string | undefined;
  for (const rule of RULES) {
    rest = maskMatches(rest, rule.re, (m) => {
      if (date !== undefined) return true;
      const d = rule.resolve(m, today);
      if (d === undefined) {
        invalid ??= rule.explicit ? m[0].trim() : undefined;
        return rule.explicit === true;
      }
      date = d;
      said = m[0].trim();
      return true;
    });
  }
  let byTimeOfDay = false;
  const before = rest;
  rest = maskMatches(rest, TODAY_FALLBACK, (m) => {
    // …；当天下午吴部长与刘洋…谈话 (round 30a, F3: put on today): a time of day after 当天/同日 is of the day said before.
    if (date === undefined && !SAME_DAY_BEFORE.test(before.slice(0, m.index))) {
      date = today;
      said = m[0];
      byTimeOfDay = true;
    }
  });
  rest = maskMatches(rest, TIME_OF_DAY);
  if (date !== undefined) return byTimeOfDay ? { date, text: said, rest, byTimeOfDay: true } : { date, text: said, rest };
  return invalid !== undefined ? { invalid, rest } : { rest };
}
