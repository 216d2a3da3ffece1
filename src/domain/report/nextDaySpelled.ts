// 11月16日，王建国副理事长主持召开…会议。次日分别与李明、孙丽开展了廉政谈话 (issue 10 F1's kin: the talks put on 11-16, the
// meeting's day): 次日/第二天 in a pasted news item is the day after the one written before it, on the same line.

/** A day written out before (11月16日 · 11月16号), month and day in groups 1 and 2. */
const WRITTEN_DAY = /(\d{1,2})月(\d{1,2})[日号]/g;
/** 次日 · 第二天 · 翌日, not inside a longer word (次日起 stays: a start, not a deed's day). */
const NEXT_DAY = /(?:次日|第二天|翌日)(?!起)/g;

/**
 * `text` with each 次日/第二天/翌日 written as the day after the last 「M月D日」 before it on the same line (11月16日…次日 →
 * 11月17日); one with no such day before it on its line, or after a month's last day of December, is left as written.
 */
export function withNextDaySpelled(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(NEXT_DAY, (word, at: number) => {
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
