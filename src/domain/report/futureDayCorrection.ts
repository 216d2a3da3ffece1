// 「刚才那条王建国和孙丽的谈话日期写错了，是12月4号」 read on 11-30 (round 60, fbc; t62a B-F6: a day still ahead was no day a
// correction reads, so the words became a new talk of 王建国 and 孙丽 asked its day, or 没看懂): a record's day said wrong,
// and the right one is still to come. Read here so the member is told the day has not come and nothing was changed.
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { parseDay } from './parseDay.js';

/** The day said (YYYY-MM-DD, after `today`) and as written. */
export interface FutureDayCorrection {
  date: string;
  said: string;
}

/** 日期写错了 · 时间不对 · 日子记错了: the day of a record owned as wrong. */
const DAY_WRONG = /(?:日期|时间|日子)(?:写|填|记|报|弄|搞|打|输)?(?:错了?|不对|有误)/;
/** 那条 · 刚才 · 上一条 · X那次 + 改成/应该是: a record pointed at and its day put right. */
const POINTED_CHANGE = /(?:刚才|刚刚|上一?条|那一?条|那一?次|那个).{0,20}?(?:日期|时间)?(?:改成|改为|改到|应该?是|应为)/;
/** The value last: 是12月4号 · 应该是4号 · 改成下周一 (the deed's verb and 的 after it allowed). */
const VALUE = /(?:应该?是|应为|应当是|其实是|实际是|改成|改为|改到|是)\s*([^,;，；。\s]{1,10}?)(?:[谈开签讲做办查]的|的)?(?:吧|哈|啊)?$/;

/**
 * The future day a correction of a stored record's day asks for, or undefined: when `text` owns no day as wrong (日期写错了)
 * and points at no record with 改成/应该是, when its last value is no day, or when the day is not after `today` (then the
 * correction readers take it). `today` is YYYY-MM-DD in Shanghai. Pure.
 */
export function futureDayCorrection(text: string, today: string): FutureDayCorrection | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~～\s]+$/g, '');
  if (!DAY_WRONG.test(t) && !POINTED_CHANGE.test(t)) return undefined;
  const value = VALUE.exec(t);
  if (!value) return undefined;
  const day = parseDay(arabicizeNumerals(value[1]!), today);
  if (day.date === undefined || day.date <= today || !/^[\s\u0000]*$/.test(day.rest)) return undefined;
  return { date: day.date, said: value[1]! };
}
