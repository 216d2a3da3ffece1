// 维权部上月底组织观看警示片，后面又开了一次以案促改专题组织生活会 (t48a F2: the 组织生活会 merged into the film, never shown,
// asked or named): a clause told as coming later is a deed of its own, even of the same type.

/**
 * 后面 · 后来 · 再后来 · 过了几天 · 过段时间: later, on a day not said. 几天后 and 隔了一天 (one day between, or the day after?)
 * too (round 49, t51a F3's kind b: the check put on the talk's day).
 */
export const LATER_UNSAID = '(?:后面|后来|再后来|过了?几天|过了?一段时间|过段时间|隔了?几天|几天(?:后|之后|以后)|隔了一天)';
/** 之后 · 此后 · 然后 · 随后 · 接着: next, which alone may still be the same sitting (随后学习了典型案例). */
const NEXT = '(?:之后|此后|然后|随后|接着|紧接着)';
/** Holding a deed: 开了一次 · 召开 · 组织 · 开展 · 举办 · 进行 · 观看 · 学习 · 签订 · 报送 · 约谈 · 与…谈 … */
const HOLDS = '(?:开了|召开|组织|开展|举办|举行|进行|观看|收看|学习|签订|签署|报送|上报|提交|讲授|讲了|到|赴|深入|对|约谈|找|与|和|跟|同)';

/**
 * Holding a deed of one's own after 之后/随后又: not 进行 or 与/和 (签了责任书，随后又进行了提醒谈话 · 随后又与王强进行了廉政谈话
 * go on with the people of the clause before, as they always did).
 */
const HOLDS_NEXT = '(?:开了|召开|组织|开展|举办|举行|观看|收看|学习|签订|签署|报送|上报|提交|讲授|讲了|到|赴|深入|对)';

/**
 * 然后组联部还观看了警示片 · 随后财务科组织… (round 53, fkd; t55a F3: the film put at 宣文部, the unit of the clause before): a
 * unit named as the next clause's subject (not 在/到… a room) opens a deed of its own, held where it says.
 */
const UNIT_AHEAD = '(?![在到于去])[\\u4e00-\\u9fa5]{1,6}?(?:部|科|室|中心)';

/** 后面又开了… · 后来组织… · 之后又召开… · 随后还开展…: the clause's opening words, the day masked or spaced at most. */
const LATER_DEED = new RegExp(`^[\\s\\u0000,]*(?:${LATER_UNSAID}[\\s\\u0000,]*(?:又|还|再|也)?(?:[\\u4e00-\\u9fa5]{0,6}?(?:部|科|室|中心))?[\\s\\u0000]*${HOLDS}|${NEXT}[\\s\\u0000,]*(?:又|还|再)(?:[\\u4e00-\\u9fa5]{0,6}?(?:部|科|室|中心))?[\\s\\u0000]*${HOLDS_NEXT}|${NEXT}[\\s\\u0000,]*${UNIT_AHEAD}[\\s\\u0000]*(?:又|还|再|也)?[\\s\\u0000]*${HOLDS_NEXT})`);
const LATER_DAY = new RegExp(`^[\\s\\u0000,]*${LATER_UNSAID}`);

/**
 * Whether `piece` (a clause) opens by telling a deed done after the one before (后面又开了一次… · 后来组织… · 之后又召开…):
 * a deed of its own, never more words of the clause before, whatever its type (t48a F2). 之后/随后 alone (随后学习了
 * 典型案例通报) may be the same sitting and is left as before; with 又/还/再 it is another deed.
 */
export function opensLaterDeed(piece: string): boolean {
  return LATER_DEED.test(piece);
}

/**
 * Whether `piece` opens with a later time that names no day (后面 · 后来 · 过了几天): its deed is not on the day of the
 * clause before, so that day is not lent to it; the day is asked (t48a F2).
 */
export function laterOnUnsaidDay(piece: string): boolean {
  return LATER_DAY.test(piece);
}
