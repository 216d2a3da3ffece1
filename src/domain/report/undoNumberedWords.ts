// Round 34b §3b (issue 10): right after the bot listed the latest report's records (「您最近一次上报记录了 N 项…请在要撤销的
// 那一项下点「撤销」」), 「撤销第3条」 was 没看懂 — the bot itself had just numbered them. A record of that list asked by number.
import { normalizeText } from './parseNormalize.js';

/** Withdraw: the words of a single 撤销 (undo.ts). */
// 删 alone (第4条删了 · 删第4条): round 66, gfi (t69a FB1: 「那就把第4条删掉」 after the receipt was 没看懂).
const VERB = '(?:撤销|撤回|删除|删掉|作废|删)';
/** The record by its place in the list: 第3条 · 第三项 · 第2个 (记录). */
const NTH = '第(\\d{1,2}|[一二两三四五六七八九十]{1,2})(?:条|项|个)(?:记录)?';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3 · 三 · 十 · 十二 · 二十 as a number (NaN for what is none). */
export function numberOf(said: string): number {
  if (/^\d+$/.test(said)) return Number(said);
  if (said.length === 1 && said !== '十') return DIGITS[said] ?? NaN;
  const m = /^([二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(said);
  if (!m) return NaN;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
}
// 刚才那条第2条 · 刚才报的第二条 (t53a F4): the latest report pointed at as the member says it, before its number.
// 那就 · 那 · 那么 before it (round 66, gfi; t69a FB1: 「那就把第4条删掉」, the member's reply to the bot's answer).
const THEN = '(?:那就|那么|那还是|那|就)?[,，]?';
const LEAD = `^${THEN}(?:请|麻烦)?(?:帮我)?(?:把)?(?:(?:刚才|上面|最近一次上报)(?:那条|那次|报的|发的|上报的|那条消息)?)?(?:的|里的|中的)?`;
const TAIL = '(?:掉|了|吧|啦|一下)*$';
/** 撤销第3条 · 请帮我删除第二项 · 撤回刚才的第2条. */
const VERB_FIRST = new RegExp(`^${THEN}(?:请|麻烦)?(?:帮我)?${VERB}(?:刚才|上面)?(?:的|里的|中的)?${NTH}${TAIL}`);
/** 第3条撤销 · 把第二项撤回 · 上面的第2条删掉吧. */
const NTH_FIRST = new RegExp(`${LEAD}${NTH}(?:请|要|帮我)?${VERB}${TAIL}`);
/**
 * 第2条不要了 · 刚才那条第2条不算 · 第二项去掉 (t53a F4: 「第2条不要」 after recording was 「没看懂」): with nothing waiting, the
 * latest report's record by number is what 不要 drops (on a waiting card the same words are its item's, cardItemChoice).
 */
const NTH_NOT_WANTED = new RegExp(`${LEAD}${NTH}(?:请|就)?(?:不要|不用记|不用|不算|去掉|拿掉)${TAIL}`);

/**
 * Reads a request to withdraw one record of the latest report by its number in the receipt's list: 撤销第3条 → 3 ·
 * 第二项撤回 → 2. Undefined for anything else: 撤销 alone and 撤回刚才那条 (undo.ts), 撤销刚才那两条 (undoSeveralWords),
 * a number 0. 第3条不要 is read too: the intent asks it only with nothing waiting (on a card it is cardItemChoice's).
 */
export function undoNumberedWords(text: string): number | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const m = VERB_FIRST.exec(t) ?? NTH_FIRST.exec(t) ?? NTH_NOT_WANTED.exec(t);
  if (!m) return undefined;
  const n = numberOf(m[1]!);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
