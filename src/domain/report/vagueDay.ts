// 「就是上周那次」 to 「是哪一天？」: a week or a month named without its day; the question comes back saying what is missing.
import { addDays, weekday } from '../shanghai.js';

const LAST_WEEK = /上周|上个?星期|上个?礼拜/;
const THIS_WEEK = /本周|这周|这个?星期|这个?礼拜/;
const LAST_MONTH = /上个?月/;

/** 11月23日 from 2026-11-23. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * The words that say which days `answer` narrowed the question to and what is still wanted, or undefined when it names
 * no week or month (round 18u: the same question came back word for word). `today` is YYYY-MM-DD in Shanghai.
 */
export function vagueDayHint(answer: string, today: string): string | undefined {
  const monday = addDays(today, -((weekday(today) + 6) % 7));
  if (LAST_WEEK.test(answer)) {
    const from = addDays(monday, -7);
    return `您说的是上周（${monthDay(from)}—${monthDay(addDays(from, 6))}），还差具体哪一天：请回复如「上周三」或「${monthDay(addDays(from, 2))}」。`;
  }
  if (THIS_WEEK.test(answer)) {
    return `您说的是本周（${monthDay(monday)}—${monthDay(today)}），还差具体哪一天：请回复如「周一」或「${monthDay(monday)}」。`;
  }
  if (LAST_MONTH.test(answer)) return '您说的是上个月，还差具体哪一天：请回复如「上个月15号」或具体日期。';
  return undefined;
}
