// 「刚才那条日期错了，应该是11月19日」「上一条日期错了，应是20号」「刚才那条不是王强，是李娟」: a correction of the
// member's latest record written in words (round 14: read as a report of no activity, 「…未记录」, the day left wrong).
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** What the member asks to change on their latest record; names and type words are resolved by the caller. */
export type LatestCorrection =
  /** The day it happened, as a date (YYYY-MM-DD), and the words that said it. */
  | { kind: 'day'; date: string; said: string }
  /** 「不是王强，是李娟」: one word (a person or a type) put in place of another. */
  | { kind: 'word'; from: string; to: string };

/** The latest record, pointed at: 刚才那条 · 上一条 · 刚才报的那条 · 最后一条. */
// 哦，刚才说的是… · 刚才 说的是… (round 54, fja): an interjection before, a voice-input space after the pointer.
export const LATEST = /^(?:(?:哦|噢|喔|啊|嗯|呃|额)[,;\s]*)?(?:我)?(?:刚才|刚刚|上一条|上条|上一个|最后一条|最近一条)(?:\s?[^,;。!?\s]{0,6}(?:那一?条|那个|的))?(?:记录|上报)?[,;\s]*/;
/** The day named as what was wrong: 日期错了 · 时间写错了 · 日子填错了 · 日期搞错了. */
// 日期搞错了 · 日期弄错了 (round 18, H: 「…未记录」 where 日期错了 worked): the whole 搞/弄/写/填/记错 family.
const DAY_WRONG = /^(?:的)?(?:日期|时间|日子|那天|哪天|天)(?:写|填|报|记|搞|弄|说)?(?:错了?|有误|不对)[,;。\s]*/;
/** The words that bring the right value: 应该是 · 应是 · 应为 · 改为 · 改成 · 是. */
const SHOULD_BE = /^(?:应该?是|应为|应当是|改为|改成|改到|其实是|实际是|是)\s*/;
/** 不是王强，是李娟 · 对象不是王强而是李娟 · 不是警示教育，应该是廉政教育. */
const NOT_BUT = /^(?:[^,;。\s]{0,4}?)不是([^,;。\s]{2,12}?)[,;\s]*(?:而|应该|应)?是([^,;。!\s]{2,12}?)[。.!\s]*$/;

/**
 * The correction `text` asks of the sender's latest record, or null when it is none (a report, a question, or a
 * correction of something else). `today` (YYYY-MM-DD, Shanghai) resolves 20号 and 前天; a day after today is no
 * correction of a deed already done.
 */
export function latestCorrection(text: string, today: string): LatestCorrection | null {
  const t = normalizeText(text).trim();
  const ref = LATEST.exec(t);
  // Without 刚才/上一条 only 「日期错了，应该是…」 is taken: the day is the only field named as wrong.
  const body = ref ? t.slice(ref[0].length) : t;
  const dayWrong = DAY_WRONG.exec(body);
  if (!ref && !dayWrong) return null;
  if (dayWrong || SHOULD_BE.test(body)) {
    const rest = (dayWrong ? body.slice(dayWrong[0].length) : body).replace(SHOULD_BE, '');
    const digits = arabicizeNumerals(rest);
    const day = parseDay(digits, today);
    // The whole rest is the day (and a closing word or two): 「应该是11月19日下午」, not a report with a day in it.
    const left = day.text ? digits.replace(day.text, '').replace(/[上下]午|晚上|[。.!\s]|才对|吧|的/g, '') : digits;
    if (day.date !== undefined && day.date <= today && left.length === 0) return { kind: 'day', date: day.date, said: day.text ?? rest };
    return null;
  }
  const m = NOT_BUT.exec(body);
  if (ref && m) return { kind: 'word', from: m[1]!, to: m[2]! };
  return null;
}
