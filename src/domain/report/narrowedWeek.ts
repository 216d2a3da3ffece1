// 「就是上周那次」 → 「您说的是上周…还差具体哪一天」 → 「周三」 (round 20u, C03: stored as today): the week the day
// question was narrowed to governs a bare weekday answered next.

/** The week an answer to the day question names without its day ('上' or '本'), or undefined. */
export function weekNamed(answer: string): '上' | '本' | undefined {
  if (/上上/.test(answer)) return undefined;
  if (/上个?(?:周|星期|礼拜)(?![一二三四五六日天])/.test(answer)) return '上';
  if (/(?:本|这个?)(?:周|星期|礼拜)(?![一二三四五六日天])/.test(answer)) return '本';
  return undefined;
}

/** `answer` with a bare weekday (周三, 星期五, not 上周三) put in `week`, the week the question was narrowed to. */
export function inNarrowedWeek(answer: string, week: '上' | '本'): string {
  return answer.replace(/(?<![上本这下个])(周|星期|礼拜)(?=[一二三四五六日天])/, `${week}$1`);
}
