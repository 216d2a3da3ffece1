// 「昨天和陈静谈了心，前天又谈了一次，两次都是谈心」 · 「…前天也谈了一次 都是谈心」 (round 48, fte: the second talk asked 和谁,
// though its person was the first talk's): a closing clause that only says the kind of every deed told before it (两次都是
// 谈心 · 都是廉政谈话 · 均为警示教育), a kind already written there, says nothing new, and read as the last deed's own words
// it kept that deed from being the one before it again.
import { findKinds } from './parseKind.js';

/** …，两次都是谈心 · 这两次都是廉政谈话 · 均为…: the closing clause (after a comma or voice input's space). Group 1: the kind's words. */
const SUMMED_UP = /(?:[,，;；]\s*|\s+)(?:这|以上)?(?:[两二三四五六七八九]|[2-9])?(?:次|场|回)?(?:都|均|全都|全部)(?:是|为|属于?)([\u4e00-\u9fa5]{2,8})[\s。.!！]*$/;

/**
 * `text` without a closing clause saying the kind of every deed before it, when that kind is written before it and is the
 * only one there; `text` itself otherwise.
 */
export function withSummedKindDropped(text: string): string {
  const m = SUMMED_UP.exec(text);
  if (!m) return text;
  const said = [...new Set(findKinds(m[1]!).map((k) => k.code))];
  const before = [...new Set(findKinds(text.slice(0, m.index)).map((k) => k.code))];
  if (said.length !== 1 || before.length !== 1 || before[0] !== said[0]) return text;
  return text.slice(0, m.index);
}
