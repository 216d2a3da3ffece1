// 「本月签订责任书2份、开展廉政谈话1次」 (round 59, fca; fda's left-alone: the talk dropped, only the signings kept): two
// counted deeds of different kinds joined by 、/和/及 in one clause are two deeds. Written apart with a comma, the shape
// 「签订责任书2份，开展廉政谈话1次」 already gives each its records (days and whom asked).
import { isTalkType } from '../activityTypes.js';
import { findKinds } from './parseKind.js';

const COUNT = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})\\s*(?:次|份|场|人次)';
/** A count closing a deed, the joining word after it, and (looked at, not taken) a clause of words and a count after it. */
const COUNTED_JOIN = new RegExp(`(${COUNT})\\s*(?:、|和|及|以及|与)\\s*(?=([^,，、；;。:：\\s]{2,14}?)\\s*${COUNT})`, 'g');
/** Where the deed before a count opens: after the last separator. */
const OPENS = /[,，、；;。:：\s][^,，、；;。:：\s]*$/;

/**
 * `text` with the 、/和/及 between two counted deeds of different kinds (签订责任书2份、开展廉政谈话1次) written as a comma;
 * `text` itself when there is no such join. Two talk kinds (其中廉政谈话2次、谈心谈话1次: a tally split by type, read by
 * typeSplitTally) and two study kinds keep their join. Pure.
 */
export function withCountedDeedsApart(text: string): string {
  if (!/[、和及与]/.test(text) || !/[次份场]/.test(text)) return text;
  return text.replace(COUNTED_JOIN, (whole: string, count: string, after: string, at: number) => {
    const head = text.slice(0, at);
    const before = head.slice((head.match(OPENS)?.index ?? -1) + 1);
    const left = findKinds(before).map((k) => k.code);
    const right = findKinds(after).map((k) => k.code);
    if (left.length !== 1 || right.length !== 1 || left[0] === right[0]) return whole;
    const [a, b] = [left[0]!, right[0]!];
    if ((isTalkType(a) && isTalkType(b)) || (a.startsWith('edu_') && b.startsWith('edu_'))) return whole;
    return `${count}，`;
  });
}
