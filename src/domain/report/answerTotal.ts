// 「12月1日 一共谈了3人次」 to 「是哪一天？」 of a talk with 孙杰 (round 65, ged): the day was taken and the 3 dropped without a word
// — a member who says three were talked with, of whom the record holds one, must hear that the two are not recorded. The
// total is read here; the dialog weighs it against the records the answer made (countDiffers), never inventing records.
import { chineseNumber } from './chineseNumber.js';

/**
 * A total said in an answer: a total word (一共 · 总共 · 共计 · 共 · 合计 · 累计), a verb at most (谈了 · 签了 · 查了 · 开展了),
 * the count and its measure (人次 · 次 · 个人 · 人 · 份 · 场). Groups: the count.
 */
const TOTAL = /(?:一共|总共|共计|合计|累计|共)\s*(?:谈了?|签了?|签订了?|查了?|检查了?|开展了?|进行了?|组织了?)?\s*(\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:人次|次|个人|人|份|场)/;

/** A total said in an answer: as written, its count. */
export interface AnswerTotal {
  said: string;
  count: number;
}

/**
 * The total `answer` says beside what it answers (「12月1日 一共谈了3人次」 → 一共谈了3人次, 3), or undefined when it says none.
 * 参加12人 (a sitting's attendees, no total word) is none. Pure.
 */
export function answerTotal(answer: string): AnswerTotal | undefined {
  if (!/[共计]/.test(answer)) return undefined;
  const m = TOTAL.exec(answer);
  if (!m) return undefined;
  const count = /^\d/.test(m[1]!) ? Number(m[1]) : (chineseNumber(m[1]!) ?? 0);
  return count > 0 ? { said: m[0].trim(), count } : undefined;
}
