// 「昨天和刘洋进行了谈心谈话，不对」: a report that says itself it is wrong or unsure is never stored at once (round 29 q).
import { normalizeText } from './parseNormalize.js';

/**
 * Doubt written anywhere in the message: the member does not vouch for what was read (待核实 · 不确定 · 记不清 · 记错了).
 * Said of the report as a whole, so a single word anywhere is enough; 「未发现不确定因素」 is guarded by the look-behind.
 */
const DOUBT_ANYWHERE = /(?<![未没无])(?:(?:不太?|不大|不是很|不是太|不很)确定(?!因素|性|的因素)|核实后再|拿不准|说不准|待核实|有待核实|需要?核实|还要核实|待确认|有待确认|记不(?:太)?清|记错了|可能记错|好像记错|怕记错)/;

/**
 * A bare denial or question at the very END (周涛 「…谈心谈话，不对」 · 「…，好像不是」 · 「…吧？」 · 「…对吗」): the member
 * took back or questioned what they just wrote. A denial followed by the right value (「不是廉政谈话，是谈心谈话」) is a
 * correction the text passes read, not a bare one, so only the end is looked at.
 */
const DOUBT_AT_END = /(?:[,，。;；、~～…\s]|^)(?:好像|可能|似乎|应该|估计|也许)?(?:(?:不对|不是|有误|错了|不准确)[,，\s]*)+(?:吧|吗|啊|哦|呢)?[?？。.!！~～…\s]*$|(?:对吗|对不对|是吗|是不是|吧)[?？][?？\s]*$/;

/**
 * A day given as a guess (round 43, t44a F7: 「具体几号记不清了，大概20号左右」): 大概/大约/好像/估计/应该是 before a day, or 左右/
 * 前后 after one. The day is read, but the member does not vouch for it. 可能是11月5号 · 也许是周三 (round 49, fvd: stored at
 * once) are guesses too.
 */
const GUESSED_DAY = /(?:大概|大约|好像|估计|差不多|应该|可能|也许|印象中)(?:是|在)?(?:(?:上|本|这)?(?:周|星期)[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}[日号]?(?:左右|前后)|(?:\d{1,2}月)?\d{1,2}[日号])|(?:\d{1,2}月)?\d{1,2}[日号](?:左右|前后)/;

/**
 * True when `text` (a whole report message, as sent) says it is wrong or unsure: 不对 / 不是 / 好像不对 at the end, or
 * 不确定 · 待核实 · 记错了 · a trailing 吧？ anywhere. Such a report goes to the 确认 card (reason `unsure`) or is asked.
 */
export function saysUnsure(text: string): boolean {
  // 不對 · 待核實 pasted in traditional characters read as simplified, as the rest of the message is.
  const t = normalizeText(text).trim();
  return DOUBT_ANYWHERE.test(t) || DOUBT_AT_END.test(t) || GUESSED_DAY.test(t);
}
