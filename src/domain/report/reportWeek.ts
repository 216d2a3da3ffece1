// 「上周跟刘洋谈心谈话了」 → 「是哪一天？」 → 「周二」 (round 21 K1, P1: stored 12-01, this week's Tuesday): the week the
// report itself names is the frame of a bare weekday answered to its day question.
import { addDays } from '../shanghai.js';

/** The one week ('上' or '本') a report names without a weekday, or undefined when it names none or both. */
export function reportWeek(text: string): '上' | '本' | undefined {
  const last = /(?<!上)上个?(?:周|星期|礼拜)(?![一二三四五六日天])/.test(text);
  const own = /(?:本|这个?)(?:周|星期|礼拜)(?![一二三四五六日天])/.test(text);
  if (last === own) return undefined;
  return last ? '上' : '本';
}

/** The week's Monday and Sunday (ISO dates) for `week` seen from `today`. */
export function weekSpan(week: '上' | '本', today: string): { monday: string; sunday: string } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(today, -weekday - (week === '上' ? 7 : 0));
  return { monday, sunday: addDays(monday, 6) };
}
