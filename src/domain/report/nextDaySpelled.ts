// 11月16日，王建国副理事长主持召开…会议。次日分别与李明、孙丽开展了廉政谈话 (issue 10 F1's kin: the talks put on 11-16, the
// meeting's day): 次日/第二天 in a pasted news item is the day after the one written before it. The one place that knows the
// words for "the day after" and how that day is written, for both readers of them: the line pass (a 「M月D日」 before it on
// the line, g28) and dayPerSentence (a sentence or clause opening with it, after a relative day too, h28).
import { addDays } from '../shanghai.js';

/** 次日 · 翌日 · 第二天: the day after the one told before (隔天 is not one: it also says "every other day"). */
const NEXT_DAY_WORD = '(?:次日|翌日|第二天)';

/** A day written out before (11月16日 · 11月16号), month and day in groups 1 and 2. */
const WRITTEN_DAY = /(\d{1,2})月(\d{1,2})[日号]/g;

/**
 * The word anywhere on a line, not inside a longer word: 次日起 stays, a start rather than a deed's day (the line pass
 * leaves it; a sentence opening with it is still the day after the sentence before, as dayPerSentence always read it).
 */
const NEXT_DAY_ANYWHERE = new RegExp(`${NEXT_DAY_WORD}(?!起)`, 'g');

/** The word opening a sentence or a clause (spaces, masks and commas before it in group 1). */
const NEXT_DAY_OPENING = new RegExp(`^([\\s\\u0000,]*)${NEXT_DAY_WORD}`);

/** `date` (YYYY-MM-DD) written as the member would: 11月7日, with its year when not `today`'s. */
export function writtenDay(date: string, today: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y === Number(today.slice(0, 4)) ? '' : `${y}年`}${m}月${d}日`;
}

/**
 * `text` with each 次日/第二天/翌日 written as the day after the last 「M月D日」 before it on the same line (11月16日…次日 →
 * 11月17日); one with no such day before it on its line, or after a month's last day of December, is left as written.
 */
export function withNextDaySpelled(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(NEXT_DAY_ANYWHERE, (word, at: number) => {
        const before = [...line.slice(0, at).matchAll(WRITTEN_DAY)].at(-1);
        if (!before) return word;
        const month = Number(before[1]);
        const day = Number(before[2]);
        const next = new Date(Date.UTC(2001, month - 1, day + 1));
        if (month < 1 || month > 12 || next.getUTCMonth() < month - 1) return word;
        return `${next.getUTCMonth() + 1}月${next.getUTCDate()}日`;
      }),
    )
    .join('\n');
}

/** Whether `sentence` (normalised: ，→ `,`) opens with 次日/翌日/第二天, spaces and commas before it allowed. */
export function opensWithNextDay(sentence: string): boolean {
  return NEXT_DAY_OPENING.test(sentence);
}

/**
 * `sentence` with the 次日/翌日/第二天 it opens with written as the day after `day` (YYYY-MM-DD; today's year left out, as
 * in 11月17日 · 2027年1月1日); unchanged when it opens with none.
 */
export function withOpeningNextDay(sentence: string, day: string, today: string): string {
  return sentence.replace(NEXT_DAY_OPENING, `$1${writtenDay(addDays(day, 1), today)}`);
}
