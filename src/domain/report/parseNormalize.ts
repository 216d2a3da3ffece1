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
  const known = normalized.get(text);
  if (known !== undefined) return known;
  if (text.length > MEMO_LONGEST) return normalizedLong(text);
  const made = normalizedAnew(text);
  if (normalized.size >= MEMO_SIZE) normalized.clear();
  normalized.set(text, made);
  return made;
}

/**
 * A text longer than MEMO_LONGEST (a pasted table, a long 工作动态) normalised once while it is read: its last LONG_SLOTS
 * results are kept apart from the memo (issue 14, r53 fkhh: not kept at all, a 400-row table, 17,000 characters, was
 * normalised anew by the readers of each of its clauses, ~1 s of the bot thread per message).
 */
function normalizedLong(text: string): string {
  for (const [was, made] of long) if (was === text) return made;
  const made = normalizedAnew(text);
  if (text.length <= LONG_LONGEST) {
    long.unshift([text, made]);
    if (long.length > LONG_SLOTS) long.pop();
  }
  return made;
}

// A message is normalised again by nearly every reader (~100 callers, many per reading, and a message is read many
// times over): the last texts' results are kept (issue 14, r50 fxh: normalizeText and OpenCC's conversion under it were
// the parser's largest allocation). The function is pure and strings are immutable, so a kept result is the same result.
/** How many texts are kept before the memo starts over, and the longest text kept: at most ~4 MB held (256 × 4,000 two-byte
 * characters, text and result), a few hundred KB with messages of a few hundred characters. */
const MEMO_SIZE = 256;
const MEMO_LONGEST = 4000;
const normalized = new Map<string, string>();
/** The long texts kept (whole message, a clause of it, its text as read): at most ~2.5 MB (4 × 80,000 two-byte characters, twice). */
const LONG_SLOTS = 4;
const LONG_LONGEST = 80_000;
const long: [string, string][] = [];

function normalizedAnew(text: string): string {
  return dayPointerDropped(spokenAdverbsJoined(toSimplified(plainItemMarkers(text))))
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

/**
 * Replace every match of `re` (must be global) with the mask, handing each match to `onMatch`: false keeps the match as
 * written, a string stands in its place (the mask and a word the sentence still needs, round 54 fjgg), else the mask.
 */
export function maskMatches(text: string, re: RegExp, onMatch?: (m: RegExpExecArray) => boolean | string | void): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const said = onMatch?.(m);
    if (said === false) continue;
    out += text.slice(last, m.index) + (typeof said === 'string' ? said : MASK);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** 还 · 也 · 又 spoken apart from the 和/与/跟/找 after them (赵书记 还 和 王磊): compiled once. */
const SPOKEN_ADVERB = /(?<=[\u4e00-\u9fa5]) ?(还|也|又) (?=[和与跟同找])/g;

/**
 * `text` with 还 · 也 · 又 spoken apart before 和/与/跟/找 joined to them (赵书记 还 和 王磊 部长 签了 → 赵书记还和 王磊 部长 签了):
 * round 60, fbe — voice input left 赵敏 and 王磊 both the sender's counterparts; typed, the subject before 还和 is the doer.
 * Applied before every reader, the voice readers that see the message as written included.
 */
export function spokenAdverbsJoined(text: string): string {
  return text.includes(' ') ? text.replace(SPOKEN_ADVERB, '$1') : text;
}

/** 那天 · 这天 right after a written day (12月1日那天 · 11.26那天): compiled once. */
const DAY_POINTER = /(?<=\d\s*[日号]|\d[./]\d{1,2})(?:那天|那一天|这天|这一天)/g;

/**
 * `text` with 那天 · 这天 after a written day dropped (12月1日那天张书记… → 12月1日张书记…): round 60, fbe (t62a B-F2: 张伟–王芳
 * and 李明–王芳 on a card) — they only point back at the day, as 当天 does; left there, the subject after them was not read
 * as the doer. Applied before every reader, as spokenAdverbsJoined is.
 */
export function dayPointerDropped(text: string): string {
  return text.includes('天') ? text.replace(DAY_POINTER, '').replace(OPENING_POINTER, '当天') : text;
}

/** 那天 opening the message before its subject (那天张书记还和李明…): read as 当天, which the readers know for no subject. */
const OPENING_POINTER = /^(?:那天|那一天)(?=[\u4e00-\u9fa5])/;
