// 今天和孙丽进行了廉政谈话，不对，是和王强 · …谈心谈话，哦不，是廉政谈话: a person or a type the member took back in the
// same message; the correction replaces what it corrects (a newcomer and round 13: both were recorded, at once).
import { findKinds } from './parseKind.js';

/**
 * `head` (what was said before the words taking back) and `tail` (what follows them) read as one text with the
 * correction in place: a tail opening with a name of `names` (after 和/与/跟/同/对) replaces the last of `names` in
 * `head`; a tail opening with a type word replaces the last type word of `head`. Undefined when the tail corrects
 * neither, or `head` holds nothing of the kind to replace.
 */
export function withCorrectedWord(head: string, tail: string, names: readonly string[]): string | undefined {
  const lead = /^(?:和|与|跟|同|对)?/.exec(tail)![0];
  const opened = tail.slice(lead.length);
  const named = names.filter((n) => opened.startsWith(n)).sort((a, b) => b.length - a.length)[0];
  if (named !== undefined) {
    let at = -1;
    let said = '';
    for (const n of names) {
      const i = head.lastIndexOf(n);
      if (i > at || (i === at && n.length > said.length)) {
        at = i;
        said = n;
      }
    }
    if (at < 0) return undefined;
    return `${head.slice(0, at)}${named}${head.slice(at + said.length)}${rest(opened.slice(named.length))}`;
  }
  const kind = findKinds(tail).find((k) => k.start === 0);
  const before = findKinds(head).at(-1);
  if (kind === undefined || before === undefined) return restated(head, tail);
  return `${head.slice(0, before.start)}${kind.text}${head.slice(before.end)}${rest(tail.slice(kind.end))}`;
}

/** 找 · 与 · 和…: a single character a restated deed may start from (找我和王强？不对，是找我谈了话). */
const ONE_CHAR_START = /^[找与和跟同对给约]$/;

/**
 * 「冯部长昨天下午找我和王强？不对，是找我谈了话」 (round 36, t36b F3: the talk dropped with the 「question」): a tail that
 * restates the deed from a word of the last clause of `head` (找我 · 和王强…) replaces that clause from there on, so the
 * subject and day said before stay. The longest start of the tail (two characters at least, or one of 找/与/和…) found in
 * that clause is where; undefined when there is none.
 */
function restated(head: string, tail: string): string | undefined {
  const clauseAt = Math.max(...[',', ';', '。', '!', '?', '\n'].map((c) => head.lastIndexOf(c))) + 1;
  const clause = head.slice(clauseAt);
  for (let k = Math.min(6, tail.length); k >= 1; k--) {
    const start = tail.slice(0, k);
    if (!/^[\u4e00-\u9fa5]+$/.test(start) || (k === 1 && !ONE_CHAR_START.test(start))) continue;
    const at = clause.lastIndexOf(start);
    if (at >= 0) return `${head.slice(0, clauseAt + at)}${tail}`;
  }
  return undefined;
}

/** What follows the corrected word, kept unless it is only the end of the sentence. */
function rest(text: string): string {
  return /^[\s。.!！,，]*$/.test(text) ? '' : text;
}
