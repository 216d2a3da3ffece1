// 中心组织全体医护人员签订廉洁行医承诺书，共签了36份 (t45a F4): the copies signed, a signing's head count written in 份.
import { chineseNumber } from './chineseNumber.js';

/** 36份 · 共计签订12份 · 三十份: a number right before 份 (11月份 has 月 between, so is no count). */
const COPIES = /(\d{1,4}|[一二两三四五六七八九十百]{1,5})\s*份(?!额)/;

/** How many copies `text` says were signed, when it writes a count in 份; undefined otherwise. */
export function signedCopies(text: string): number | undefined {
  const m = COPIES.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  return n !== undefined && n > 0 ? n : undefined;
}
