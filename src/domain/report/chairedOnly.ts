// 邀请市纪委同志讲授廉政党课，张伟书记主持: the one named chaired the guest's lecture; they did not give it.

const TITLE = '(?:[\\u4e00-\\u9fa5]{0,6}?(?:书记|理事长|主任|科长|部长))?';
/** Giving the lecture oneself after chairing (主持并讲授 · 主持并讲了党课): then the chair is the lecturer too. */
const LECTURED_TOO = '并?(?:讲授|主讲|讲课|授课|宣讲|讲[了过]?(?:一堂|一次)?(?:专题)?(?:廉政)?党课)';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CHAIRED_BY = new Map<string, RegExp>();
/** 主持 right after `name`, with no lecturing of their own; compiled once per name (bounded). */
function chairedBy(name: string): RegExp {
  let re = CHAIRED_BY.get(name);
  if (re === undefined) {
    if (CHAIRED_BY.size >= 4096) CHAIRED_BY.clear();
    re = new RegExp(`${escape(name)}(?:同志)?${TITLE}(?:同志)?[\\s\\u0000]*主持(?!${LECTURED_TOO})`);
    CHAIRED_BY.set(name, re);
  }
  return re;
}

/**
 * Whether the doer named by any of `names` (张伟 · 张书记 · 党组书记张伟) only chaired: 主持 right after their name, with no
 * lecturing of their own. Round 16 #14, P7b: 「市残联邀请…主任…讲授廉政党课…，党组书记张伟主持」 recorded as 张伟's 廉政党课,
 * which would meet 书记讲廉政党课 falsely.
 */
export function chairedOnly(text: string, names: string[]): boolean {
  // Every name's pattern needs 主持: without it none can match, and no pattern is compiled or run.
  if (!text.includes('主持')) return false;
  return names
    .filter((n) => n !== '')
    .some((n) => chairedBy(n).test(text));
}
