// 和单位签了 · 与党组签订 · 和分管的同志签了: a 责任书 signed *with* someone the directory cannot tell is a pair with no one on
// the other side, asked whom, never stored at once as one's own pledge (round 19 #1: stored with nobody, no card).

/** A connective (not 同时/同日) before something unread, in what is left once the people, the day and the kind are masked. */
const WITH_UNREAD = /(?:和|与|跟|同(?![时日天样期一步]))[^\s\u0000,;。!?:]/;

/**
 * 让我写了承诺书 · 要求我们签了… (round 37, fjb: stored at once as the sender's own with no one): someone had the sender (or
 * them all) sign, so it was signed with that someone, who is asked.
 */
const HAD_SIGN = /(?:让|要求|叫|安排)(?:我们两人|我们俩|我俩|我们|我|大家)[\s\u0000]*(?:各自|分别|每人|都|也)?[\s\u0000]*(?:签|写)/;

/** The rest of a signing with no counterpart still says it was signed with someone. */
export function signedWithSomeone(rest: string): boolean {
  return WITH_UNREAD.test(rest) || HAD_SIGN.test(rest);
}
