// 「就是上周那次」 to 「是哪一天？」: a week or a month named without its day; the question comes back saying what is missing.
import { addDays, weekday } from '../shanghai.js';
import { monthOnlyAnswer } from './monthOnlyAnswer.js';

const LAST_WEEK = /上周|上个?星期|上个?礼拜/;
const THIS_WEEK = /本周|这周|这个?星期|这个?礼拜/;
const LAST_MONTH = /上个?月/;
/** 记不清了 · 不记得了 · 忘了哪天 (round 27d F10: the same question came back without a word on the way out). */
const FORGOT = /^(?:具体)?(?:哪天|哪一天|日期|时间)?(?:我)?(?:记不清|记不太清|记不得|不记得|想不起来|忘了|忘记了)(?:了|是哪天|哪天了?|具体哪天|具体日期)?[。.!！]*$/;

/** 11月23日 from 2026-11-23. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * The words that say which days `answer` narrowed the question to and what is still wanted (a week, a month, or that
 * the member does not remember: the way on is said), or undefined when it names none of them
 * (round 18u: the same question came back word for word). `today` is YYYY-MM-DD in Shanghai.
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
  const month = monthOnlyAnswer(answer);
  if (month !== undefined) {
    const example = /^\d/.test(month) ? `${month.replace(/[上中下]旬|初|底|末|中$/, '')}15日` : '本月15号';
    return `您说的是${month}，还差具体哪一天：请回复如「${example}」。`;
  }
  if (FORGOT.test(answer.trim())) return '记不清具体哪一天的话，可以查一下工作笔记或签到表再回复日期（如「上周三」「11月20日」）；也可以回复「取消」放弃这条上报，想起来后再发。';
  return undefined;
}
