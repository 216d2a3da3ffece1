// 昨天和王磊进行了廉政谈话，不对，是前天: a day the member corrected in the same message; the corrected day wins.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { withCorrectedWord } from './correctedWord.js';
import { isDeedTail } from './deedTail.js';

/** 不对，是 · 哦不， · 说错了，应该是 · ，应该是: words that take back what was just said. */
// 哦不对 · 噢不对 · 呃不对 · 不对不对 (round 45 frf, members' phone chat): the interjection with 不对 is one word; read as
// 哦不 alone, 「周二跟赵磊谈心，哦不对，是周一」 left 对 before the day and kept 周二 (wrong on the card).
const CORRECTION = /[,;]?\s*(?:(?:(?:哦|噢|呃|额|啊|哎|诶)?不对(?:[,\s]*不对)*|哦不|噢不|错了|说错了|写错了|更正一下|更正|纠正一下|纠正)[,:]?\s*(?:应该是|应为|是)?|[,;]\s*(?:应该是|应为))\s*/;

/**
 * 「不是昨天是前天」「不是周四，是周三」 (round 45 frf): the day said before, named again only to deny it, then the right
 * one; the denied words must read as that same day (a person or type denied is deniedApart's).
 */
const DAY_DENIED = /[,;]?\s*(?:哦|噢|呃|啊)?(?:不是|并非)([^,;。\s是]{1,10}?)[,;\s]*(?:而|应该|应)?(?:是|为)\s*/;

/**
 * 「，不对，是和王强」: the stricter form for a person or type taken back, after a comma and with 是: 更正/纠正 alone
 * are words of 工作动态 too (「对发现的问题立即纠正」), never read as taking back a name.
 */
// 冯部长昨天下午找我和王强？不对，是找我谈了话 (round 36, t36b F3): a doubt written as a question, then taken back, is the same.
// 「…廉政谈话 哦不对是谈心谈话」「…，哦不对，是谈心谈话」「… 不对不对 是谈心」 (round 46 frg K2, voice input: a 廉政谈话 with
// 刘洋 and a second 谈心谈话 with nobody, asked): 哦不对 is one word as in CORRECTION, and a space parts it as a comma does.
const WORD_CORRECTION =
  /(?:[,;?]|\s)\s*(?:(?:(?:哦|噢|呃|额|啊|哎|诶)[,\s]?)?不对(?:[,\s]*不对)*|哦不|噢不|说错了|写错了|搞错了|记错了|口误|错了|(?<=\?\s*)不是(?=,))[,\s]?\s*(?:应该是|应为|是)\s*/;

/**
 * `text` (normalised) with a corrected day put in place of the day it corrects: 「昨天和王磊进行了廉政谈话，不对，是前天」
 * reads as 「前天和王磊进行了廉政谈话」 (a newcomer's finding: recorded on 昨天). Only a correction that starts with a
 * day, after a day said before it, is applied; anything else is left as written (and the leftover day is asked about).
 */
export function withCorrectedDay(text: string, today: string): string {
  const m = dayDenial(text, today) ?? CORRECTION.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index);
  const tail = text.slice(m.index + m[0].length);
  const said = parseDay(arabicizeNumerals(head), today);
  const fixed = parseDay(arabicizeNumerals(tail), today);
  if (said.date === undefined || fixed.date === undefined || !said.text || !fixed.text || !arabicizeNumerals(tail).startsWith(fixed.text)) return text;
  const at = head.indexOf(said.text);
  if (at < 0) return text;
  const rest = arabicizeNumerals(tail).slice(fixed.text.length).replace(/^[\s。.!]+$/, '');
  return `${head.slice(0, at)}${fixed.text}${head.slice(at + said.text.length)}${rest}`;
}

/** The words 「不是昨天(，)是」 when the day they deny is the day said before them, else undefined. */
function dayDenial(text: string, today: string): { index: number; 0: string } | undefined {
  const m = DAY_DENIED.exec(text);
  if (!m) return undefined;
  const denied = parseDay(arabicizeNumerals(m[1]!), today);
  const said = parseDay(arabicizeNumerals(text.slice(0, m.index)), today);
  if (denied.date === undefined || denied.text !== arabicizeNumerals(m[1]!) || denied.date !== said.date) return undefined;
  return { index: m.index, 0: m[0] };
}

/**
 * `text` read with its day corrected, and whether a correction was applied: 「11月3号，不对，是4号…」 within a message, or
 * 「不对，是前天」 answering 是哪一天 (the day after the words taking back); inside a message, a person or type taken back
 * too (correctedWord.ts, names: the directory's full names). Whatever was corrected is shown for a tap before it is
 * recorded (issue 10: recorded at once, the slip never shown).
 */
export function readCorrection(text: string, today: string, names: readonly string[] = []): { text: string; corrected: boolean } {
  const fixed = withCorrectedDay(text, today);
  if (fixed !== text) return { text: fixed, corrected: true };
  const m = CORRECTION.exec(text);
  // 「今天和孙丽进行了廉政谈话，不对，是和王强」: the person (or the type) taken back is replaced; a correction that
  // cannot be placed still sends the message to the card, never into the ledger at once (both were recorded).
  const w = WORD_CORRECTION.exec(text);
  if (w && !/^[\s,;。]*$/.test(text.slice(0, w.index))) {
    const word = withCorrectedWord(text.slice(0, w.index), text.slice(w.index + w[0].length), names);
    return { text: word ?? text, corrected: true };
  }
  if (!m || !/^[\s,;。]*$/.test(text.slice(0, m.index))) return { text, corrected: false };
  const tail = text.slice(m.index + m[0].length);
  return parseDay(arabicizeNumerals(tail), today).date !== undefined ? { text: tail, corrected: true } : { text, corrected: false };
}

/**
 * The day of a message that only takes back a day (「不对，是前天」「说错了，应该是11月4日」), as written, or undefined.
 * Sent with nothing waiting, it corrects a record already made, which only 修改 can change.
 */
export function dayTakenBack(text: string, today: string): { text: string; date: string } | undefined {
  const m = CORRECTION.exec(text);
  if (!m || !/^[\s,;。]*$/.test(text.slice(0, m.index))) return undefined;
  const day = parseDay(arabicizeNumerals(text.slice(m.index + m[0].length)), today);
  // 不对，是昨天谈的 (round 20): the verb closing the day is no more than the day.
  return day.date !== undefined && day.text && isDeedTail(day.rest) ? { text: day.text, date: day.date } : undefined;
}
