// 和单位签了 · 与党组签订 · 和分管的同志签了: a 责任书 signed *with* someone the directory cannot tell is a pair with no one on
// the other side, asked whom, never stored at once as one's own pledge (round 19 #1: stored with nobody, no card).

/** A connective (not 同时/同日) before something unread, in what is left once the people, the day and the kind are masked. */
const WITH_UNREAD = /(?:和|与|跟|同(?![时日天样期一步]))[^\s\u0000,;。!?:]/;

/** The rest of a signing with no counterpart still says it was signed with someone. */
export function signedWithSomeone(rest: string): boolean {
  return WITH_UNREAD.test(rest);
}
