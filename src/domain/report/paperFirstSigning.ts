// 康复部的承诺书吴静昨天签了 · 承诺书吴静也签了 (round 50, fxe #49: from 刘芳, read as 吴静's own signing — with 周涛 even —
// the unit named first made its head the doer): a 承诺书/责任书 put first, then who signed it, is the same signing as
// 「吴静昨天签了（康复部的）承诺书」, which reads as the sender's signing with 吴静.

/**
 * The paper opening the segment (its kind masked as \u0000, maybe a unit's: 康复部的 · 组联部的), then one named (a post
 * after the name allowed), a day masked, 也/都/已经, and 签了 · 签好了 · 签过了 · 签字了.
 */
const PAPER_FIRST = /^[\s,，、]*(?:[\u4e00-\u9fa5]{2,8}的)?\u0000[\s,，、]*([\u4e00-\u9fa5]{2,4}?(?:同志|副?(?:主任|部长|科长|理事长|书记))?[\s\u0000]*(?:也|都|均|已经|已)?[\s\u0000]*)签(?:了|好了|过了|完了|字了|订了|署了)/;

/**
 * `rest` (a signing's segment, day and kind masked) with the paper put first read in the usual order (「\u0000吴静\u0000签了」
 * → 「吴静\u0000\u0000」, as 「吴静昨天签了承诺书」 masks: the signing with its paper is one kind); undefined when the paper is
 * not put first. The unit before the paper goes: the one who signed names it.
 */
export function signerFirst(rest: string): string | undefined {
  const m = PAPER_FIRST.exec(rest);
  if (!m) return undefined;
  return `${m[1]!}\u0000${rest.slice(m[0].length)}`;
}
