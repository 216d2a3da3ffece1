// 11月16日，王建国副理事长主持召开…会议。次日分别与李明、孙丽开展了廉政谈话 (issue 10 F1's kin: the talks put on 11-16, the
// meeting's day): 次日/第二天 in a pasted news item is the day after the one written before it. The one place that knows the
// words for "a day counted from the one told before" and how that day is written, for both readers of them: the line pass
// (a 「M月D日」 before it on the line, g28) and dayPerSentence (a sentence or clause opening with it, after a relative day
// too, h28). 11月27日…，隔天与刘芳… · …，两天后与刘芳… (issue 10, f2: both put on 11-27, the day before them) count too.
import { addDays } from '../shanghai.js';

/**
 * 次日 · 翌日 · 第二天 · 隔天 · 隔日 (one day on) · 第三天 (two) · 两天后 · 三天之后 · 过了两天 (as many as said) · 前一天 ·
 * 头一天 (one day back): a day counted from the one told before. 隔天一次 says "every other day", so 隔天/隔日 before 一次 is
 * left; 前一天 only opening a clause (提前一天 · 会前一天 are no day). Groups: 1 第N天's N, 2 N天后's N, 3 过了N天's N,
 * 4 前一天 (round 49, t51a F3's kind b: 「…谈了心，过了两天又到财务科检查了…」 and 「…，前一天还到财务科…」 put the check
 * on the talk's day, silently).
 */
const LATER_DAY_WORD =
  '(?:次日|翌日|第二天|隔(?:天|日)(?![一1]次)|第([三四五])天|([两二三四五2-5])天(?:后|之后|以后)|过了([一两二三四五1-5])天|(?<![\u4e00-\u9fa5])(前一[天日]|头一天))';

/** LATER_DAY_WORD with no groups, for patterns that only need to know the word is there (spacedClauseOpeners). */
export const LATER_DAY_SOURCE = LATER_DAY_WORD.replace(/\((?![?])/g, '(?:');

/** The days on that `word` (one of LATER_DAY_WORD, its groups `nth`, `after`, `passed`, `back`) counts from the day before it. */
function daysOn(nth: string | undefined, after: string | undefined, passed?: string, back?: string): number {
  const count = (c: string) => ('一二三四五'.indexOf(c) + 1 || (c === '两' ? 2 : Number(c)));
  if (nth !== undefined) return count(nth) - 1;
  if (after !== undefined) return count(after);
  if (passed !== undefined) return count(passed);
  if (back !== undefined) return -1;
  return 1;
}

/** A day written out before (2025年12月31日 · 11月16日 · 11月16号), year, month and day in groups 1, 2 and 3. */
// 11.24 与孙杰谈话⏎第二天他和郑华… (round 60, fbf; fce's left-alone: the second talk asked its day): a dotted day counts too.
const WRITTEN_DAY = /(?:(\d{4})年)?(?<![\d.])(\d{1,2})(?:月|[.．](?=\d{1,2}(?![\d.])))(\d{1,2})(?:[日号]|(?<=[.．]\d{1,2})(?![\d.]))/g;

/**
 * The word anywhere on a line, not inside a longer word: 次日起 stays, a start rather than a deed's day (the line pass
 * leaves it; a sentence opening with it is still the day after the sentence before, as dayPerSentence always read it).
 */
const LATER_DAY_ANYWHERE = new RegExp(`${LATER_DAY_WORD}(?!起)`, 'g');

/** The word opening a sentence or a clause (spaces, masks and commas before it in group 1; the word's groups 2 to 5). */
const LATER_DAY_OPENING = new RegExp(`^([\\s\\u0000,]*)${LATER_DAY_WORD}`);

/** `date` (YYYY-MM-DD) written as the member would: 11月7日, with its year when not `today`'s. */
export function writtenDay(date: string, today: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y === Number(today.slice(0, 4)) ? '' : `${y}年`}${m}月${d}日`;
}

/** Marks a day spelled from a counting word that falls after today, until its clause is said done (never left in). */
const AHEAD = '\u0001';

/** The first deed verb in the clause of a day spelled ahead (a comma just after the day allowed), not yet said done: 了
 * goes after it. Groups: the words before, the verb. */
const VERB_AFTER_AHEAD = new RegExp(`${AHEAD}([\\s,，]*[^，,。；;！!？?\\n${AHEAD}]*?)(开展|进行|召开|组织|举办|举行|签订|签署|观看|学习|讲授|主讲|检查|督查)(?![了过完])`, 'g');

/**
 * `text` with each 次日/第二天/翌日/隔天/两天后… written as the day it counts to from the last 「M月D日」 before it on the same
 * line (11月16日…次日 → 11月17日; 2025年12月31日…次日 → 2026年1月1日); one with no such day before it on its line, or
 * counting past a 12月 written without its year, is left as written. 次日 tells what was done (a plan says 明天): a day so
 * spelled that is after `today` (YYYY-MM-DD; 11月30日…次日 read on 11-30) gets 了 after its clause's first deed verb, so
 * the deed is read as done on a day to come and that day is asked (future_date), never taken for a plan and left out.
 */
export function withNextDaySpelled(text: string, today?: string): string {
  const lines = text.split('\n');
  const spelled = lines
    .map((line, n) =>
      line.replace(LATER_DAY_ANYWHERE, (word, nth: string | undefined, after: string | undefined, passed: string | undefined, back: string | undefined, at: number) => {
        const before = [...line.slice(0, at).matchAll(WRITTEN_DAY)].at(-1) ?? (LINE_OPENING.test(line.slice(0, at)) ? lastDayOfLineBefore(lines, n) : undefined);
        if (!before) return word;
        const month = Number(before[2]);
        const day = Number(before[3]);
        if (month < 1 || month > 12 || day < 1 || day > 31) return word;
        const year = before[1] !== undefined ? Number(before[1]) : undefined;
        const next = new Date(Date.UTC(year ?? 2001, month - 1, day + daysOn(nth, after, passed, back)));
        // Without a year, a count past the year's end cannot say which year the member meant.
        if (year === undefined && next.getUTCFullYear() !== 2001) return word;
        const iso = `${year === undefined ? (today ?? '2001').slice(0, 4) : next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}-${String(next.getUTCDate()).padStart(2, '0')}`;
        const ahead = today !== undefined && iso > today ? AHEAD : '';
        return `${year === undefined ? '' : `${next.getUTCFullYear()}年`}${next.getUTCMonth() + 1}月${next.getUTCDate()}日${ahead}`;
      }),
    )
    .join('\n');
  return spelled.includes(AHEAD) ? spelled.replace(VERB_AFTER_AHEAD, '$1$2了').replaceAll(AHEAD, '') : spelled;
}

/** Spaces, an item's number or bullet, or 他/她 written in as a name (张伟) at most before the word: it opens its line. */
const LINE_OPENING = /^[\s\u0000]*(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨]|[-*•·])?[\s\u0000,，]*$/;

/**
 * 张书记11月26日到康复中心调研。⏎次日他与何平进行了廉政谈话 (round 59, fce: the talk put on 11-26, the line before's day):
 * a line opening with 次日/第二天… counts from the last 「M月D日」 of the nearest line before it that is not blank.
 */
function lastDayOfLineBefore(lines: string[], n: number): RegExpMatchArray | undefined {
  for (let k = n - 1; k >= 0; k--) {
    if (lines[k]!.trim() === '') continue;
    return [...lines[k]!.matchAll(WRITTEN_DAY)].at(-1);
  }
  return undefined;
}

/** Whether `sentence` (normalised: ，→ `,`) opens with 次日/翌日/第二天/隔天/两天后…, spaces and commas before it allowed. */
export function opensWithNextDay(sentence: string): boolean {
  return LATER_DAY_OPENING.test(sentence);
}

/**
 * `sentence` with the 次日/翌日/第二天/隔天/两天后… it opens with written as the day it counts to from `day` (YYYY-MM-DD;
 * today's year left out, as in 11月17日 · 2027年1月1日); unchanged when it opens with none.
 */
export function withOpeningNextDay(sentence: string, day: string, today: string): string {
  return sentence.replace(
    LATER_DAY_OPENING,
    (_word, lead: string, nth: string | undefined, after: string | undefined, passed: string | undefined, back: string | undefined) =>
      `${lead}${writtenDay(addDays(day, daysOn(nth, after, passed, back)), today)}`,
  );
}
