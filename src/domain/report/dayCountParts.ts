// 「11月20日2篇，11月27日1篇」「20号两篇 27号一篇」 to 「共 3 次信息报送，分别是哪几天？」 (round 51 fzb, t53b F6: read as
// the one day 11-20, its 2篇 and the 27th dropped and two papers asked again): an answer giving each day its own number of
// papers (or times) is that many deeds on each day.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';

/** One day of such an answer and how many deeds it holds. */
export interface DayCount {
  /** YYYY-MM-DD. */
  date: string;
  /** Deeds on that day, 1 or more. */
  n: number;
}

/** After the day: 2篇 · 报送了2篇 · 报了一条 · 各1篇 · 发了2篇信息 · 1次. */
const COUNT_AFTER_DAY = /^[\s\u0000]*(?:是|有|共|报送了?|上报了?|报了|发了?|写了|投了|各)?[\s\u0000]*(\d{1,3}|[一两二三四五六七八九十])[\s\u0000]*(?:篇|条|份|次|期|个)(?:信息|稿件|简报|稿子)?$/;

// 「一篇28号 一篇30号」 to 「共 2 次信息报送，分别是哪几天？」 (round 62, gbi; t65a F7: only 28号 taken, the second asked again):
// the count may stand before its day (一篇28号 · 另一篇是30号报的), one item a part.
/** Before the day: 一篇 · 另一篇是 · 其中一条 · 两篇. */
const COUNT_BEFORE_DAY = /^(?:其中|另外?|还有)?(\d{1,3}|[一两二三四五六七八九十])[\s\u0000]*(?:篇|条|份|次|期)(?:是|在|为)?[\s\u0000]*/;
/** After a day that a count opened: nothing, or 报的 · 报送的 · 发的. */
const DONE_AFTER_DAY = /^[\s\u0000]*(?:报的|报送的|上报的|发的|写的|交的|的)?$/;

/** 两篇 · 一篇: the small numbers arabicizeNumerals leaves before 篇/条. */
const SMALL: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The days of `answer` (split at ，；。、 and spaces), each with its count (D N篇 · D报送了N篇), in the order written, or
 * undefined unless there are two parts or more and every part is one day and one count. `today` is YYYY-MM-DD.
 */
export function dayCountParts(answer: string, today: string): DayCount[] | undefined {
  const text = arabicizeNumerals(normalizeText(answer)).replace(/[。.!！]+$/, '');
  const chunks = text.split(/[,，;；。、\s]+/).map((c) => c.trim()).filter((c) => c !== '');
  if (chunks.length < 2) return undefined;
  const parts: DayCount[] = [];
  for (const chunk of chunks) {
    const before = COUNT_BEFORE_DAY.exec(chunk);
    const day = parseDay(before ? chunk.slice(before[0].length) : chunk, today);
    const m = day.date === undefined ? null : before ? (DONE_AFTER_DAY.test(day.rest) ? before : null) : COUNT_AFTER_DAY.exec(day.rest);
    const n = m ? (SMALL[m[1]!] ?? Number(m[1])) : 0;
    if (!(n >= 1)) return undefined;
    parts.push({ date: day.date!, n });
  }
  return parts;
}

/** Whether `text` names two different days (11月20日…11月27日 · 李明是20号 孙丽是27号), read one after the other. */
export function namesTwoDays(text: string, today: string): boolean {
  const first = parseDay(text, today);
  if (first.date === undefined) return false;
  const second = parseDay(first.rest, today);
  return second.date !== undefined && second.date !== first.date;
}
