// 黄书记今天上午带我去组联部抽查了考勤，下午又去了维权部 (round 40, t39a F29: one check stored at both places): a later
// clause that only goes again to another place (下午/随后/接着 + 又去了/又到了 + place) repeats the check of the clause
// before it there; it is written out here (，下午又去维权部抽查了考勤) so the reader sees a second check at a place of its own,
// as 下午又去维权部查了考勤 written out already was (round 33b read the elided one as the first check's second place).

/**
 * 下午 · 随后 · 接着 · 之后: the later time the second visit opens with. Without one (昨天去组联部抽查了在岗情况，又去了康复部)
 * the going on is the same check's, one record at both places, as round 33b read it.
 */
const LATER = '(?:中午|下午|晚上|随后|接着|之后|然后|后来|紧接着)';
/** 组联部 · 财务科 · 康复中心 · 办公室: a place of the organisation. */
const PLACE = '[\\u4e00-\\u9fa5]{1,8}?(?:部|科|室|中心|处|局|站|所|院)';
/** ，下午又去了维权部 — a clause of a later time and only another place gone to again, ending there. */
const AGAIN_TO = new RegExp(`([,，]\\s*)(${LATER}[,，]?\\s*(?:又|再)(?:去|到|赴|前往|来到|深入)了?)(${PLACE})(?=\\s*(?:[,，。;；!！]|$))`, 'g');
/** 去组联部抽查了考勤 · 到财务科检查了报销凭证: the check the clause before held at its place, up to the clause end. */
const CHECK_AT = new RegExp(`(?:去|到|赴|前往|来到|深入)(?:了)?${PLACE}((?:开展|进行)?了?[^,，。;；]{0,4}?(?:检查|督查|抽查|暗访|巡查|查看|查阅|查了)[^,，。;；]{0,16})$`);

/** 周三 · 昨天 · 11月26日 · 26号 (上午/下午 after it): a day of its own, opening the clause that goes on to another place. */
const DAY = '(?:(?:上上|上|这|本)?个?(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|大?前天|昨天|今天)(?:上午|下午|晚上)?';
/**
 * 本周二去组联部督查了作风纪律 周三去康复部 · …，周三去了康复部 (round 48, fte: the second check only named as a day
 * unmatched): a clause of another day that only goes to another place, after a comma or voice input's space, is the same
 * check there on that day (又 or not: a day of its own is a visit of its own).
 */
const ON_DAY_TO = new RegExp(`([,，]\\s*|\\s+)(${DAY}[,，]?\\s*(?:又|再|还)?(?:去|到|赴|前往|来到|深入)了?)(${PLACE})(?=\\s*(?:[,，。;；!！]|$))`, 'g');

/**
 * `text` with each clause that only goes again to another place (，下午又去了维权部) given the check of the clause before it
 * in the same sentence (，下午又去维权部抽查了考勤); `text` itself when there is none, or the clause before held no check at
 * a place (昨天到组联部调研，下午又去了维权部 stays as written). A clause of its own day that goes on to another place
 * (…，周三去了康复部 · spaced: 周三去康复部) is given the check too (round 48, fte).
 */
export function withElidedVisitDeed(text: string): string {
  const given = text.replace(AGAIN_TO, (whole, sep: string, go: string, place: string, offset: number) => {
    const before = text.slice(0, offset).split(/[,，。;；\n]/).at(-1) ?? '';
    const deed = CHECK_AT.exec(before)?.[1];
    return deed ? `${sep}${go.replace(/了$/, '')}${place}${deed}` : whole;
  });
  return given.replace(ON_DAY_TO, (whole, sep: string, go: string, place: string, offset: number) => {
    const before = given.slice(0, offset).split(/[,，。;；\n]|\s+(?=\S)/).at(-1) ?? '';
    const deed = CHECK_AT.exec(before.trim())?.[1];
    return deed ? `,${go.replace(/了$/, '')}${place}${deed}` : whole;
  });
}
