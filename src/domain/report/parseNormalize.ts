// Text normalisation shared by the report parser: one spelling for characters, punctuation, digits and the mask.
import { toSimplified } from './toSimplified.js';
import { plainItemMarkers } from './itemMarkers.js';

/**
 * Stages of the parser replace what they understood with this character, so a
 * later stage neither re-reads it nor glues the words on either side together.
 */
export const MASK = '\u0000';

/** Clause boundaries after normalisation (full-width punctuation is already ASCII). */
export const CLAUSE_BREAK = /[,;。!?]/;

/**
 * Traditional characters become simplified and full-width ASCII (Ｆ１，？；：)
 * becomes ASCII, so every regex deals with one spelling; Chinese-only marks
 * (、。《》“”) stay as they are; enclosed item markers (⑴ ⒈ ❶ ㈠) are written the plain way ((1) ① （一）).
 */
export function normalizeText(text: string): string {
  return toSimplified(plainItemMarkers(text))
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    // 分别与李明、孙丽…，时间分别是11月2日、11月16日: the second 分别 only repeats the first; read as 时间是, which pairs
    // the days with the people in order (round 11: both people lost, then paired wrongly after the answer).
    .replace(/(时间|日期)分别(是|为|在)/g, '$1$2')
    // 张书记依次与王建国、刘芳开展廉政谈话 (round 50, fxf: talks of the sender's with 张伟 and of 王建国's with her, after one
    // tap): 依次 · 挨个 · 逐个 · 一一 before 与/和/同/跟 say one by one, as 逐一 does.
    .replace(/(?:依次|挨个儿?|逐个|一一)(?=[与和同跟])/g, '逐一')
    // 王理事长跟我跟王强跟李娟挨个谈了话 (round 41, t41a F21: 我 dropped without a word): 跟 repeated as the list's joiner, as
    // 跟王强跟李娟 already reads; 我 beside it is one of those talked to. 王理事长和我跟李娟谈 (a pair as the subject) is left.
    .replace(/(?<=(?:跟|同)我)(?:跟|同)(?=[\u4e00-\u9fa5]{2,4}(?:跟|同|、|和|挨个|逐一|分别|一起|都|谈|签|进行|开展|[,，。]))/g, '、')
    .replace(/(?<=(?:跟|同)[\u4e00-\u9fa5]{2,3})(?:跟|同)(?=我(?:跟|同|、|和|挨个|逐一|分别|一起|都|谈|签|进行|开展|[,，。]))/g, '、');
}

/** Replace every match of `re` (must be global) with the mask, handing each match to `onMatch`. */
export function maskMatches(text: string, re: RegExp, onMatch?: (m: RegExpExecArray) => boolean | void): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (onMatch && onMatch(m) === false) continue;
    out += text.slice(last, m.index) + MASK;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}
