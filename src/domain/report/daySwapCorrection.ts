// 「刚才和陈静那次 不是上周四 是上周三」「和陈静那条不是1号 是2号单独谈的」「和王建国那条不是昨天 是上周的 上周四」 (round 61,
// gaf; t63a/t63b Part B: 「没有在通讯录或活动类型里找到「上周四」「上周三」」, the stored day left wrong): 不是D1是D2 read as one
// word put in place of another, its days looked up as names. A word change whose right value is a day (its deed's verb
// and 的 after it set aside) and whose wrong value is a day, or a week (上周的) that the next clause makes a day, is the
// day change it says.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { CorrectionInWords } from './terseCorrection.js';

/** 单独谈的 · 一个人去的 · 谈的 · 签的 · 才对 after the right day: how it was done, no part of the day. */
const DEED_AFTER = /(?:单独|一个人|亲自|当面|一起)?(?:去|谈|签|开|讲|学|看|查|做|办|搞)?(?:的)?(?:才对|吧|哈|啊)?$/;
/** 上周的 · 这周 · 本周的 · 上个月的: a week or month said before the day itself (是上周的 上周四). */
const SPAN_ONLY = /^(?:上上?|这|本|下)(?:周|个?星期|个?礼拜|个?月)(?:的)?$/;

/** The day `words` say, with nothing else (a deed's tail after it allowed), YYYY-MM-DD; else undefined. */
function dayOnly(words: string, today: string): { date: string; said: string } | undefined {
  const bare = words.trim().replace(DEED_AFTER, '');
  if (bare === '') return undefined;
  const day = parseDay(arabicizeNumerals(bare), today);
  return day.date !== undefined && /^[\s\u0000]*$/.test(day.rest) ? { date: day.date, said: day.text ?? bare } : undefined;
}

/**
 * `part` as the day change it says, when it is a word change (不是X是Y) from a day to a day; else `part` unchanged. The
 * day may be one still ahead: the caller says so and changes nothing. `today` is YYYY-MM-DD in Shanghai.
 */
export function daySwapCorrection(part: CorrectionInWords, today: string): CorrectionInWords {
  if (part.kind !== 'word') return part;
  const to = dayOnly(part.to, today);
  if (to === undefined || dayOnly(part.from, today) === undefined) return part;
  const { from: _from, to: _to, kind: _kind, ...rest } = part;
  return { ...rest, kind: 'day', date: to.date, said: to.said };
}

/**
 * `parts` with each day swap read (daySwapCorrection), and a swap from a day to a bare week (不是昨天 是上周的) dropped when
 * another part says the day (上周四): one day change, not a day and a name. `today` is YYYY-MM-DD in Shanghai.
 */
export function daySwapParts(parts: CorrectionInWords[], today: string): CorrectionInWords[] {
  const read = parts.map((p) => daySwapCorrection(p, today));
  const hasDay = read.some((p) => p.kind === 'day');
  return read.filter((p) => !(hasDay && p.kind === 'word' && SPAN_ONLY.test(p.to.trim()) && dayOnly(p.from, today) !== undefined));
}
