// An outside body checking our unit (市纪委…到我会检查, 区委巡察组进驻, 上级督查组来中心): not our own 作风纪律检查.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';

/**
 * A body above ours as the clause's subject (a day may stand before it), then coming to us: 市纪委第三监督检查室到…,
 * 区委巡察组进驻…, 上级督查组来…. 陪同市纪委检查组… (our staff with it) has our own subject first, so it is not this.
 */
const OUTSIDE_BODY =
  /^[\s\u0000,]*(?:(?:上级|中央|省|市|区|县)[\u4e00-\u9fa5]{0,12}?(?:纪委|监委|巡视组|巡察组|督查组|检查组|督导组|考核组|工作组|检查室|巡察办)|巡视组|巡察组)[\u4e00-\u9fa5]{0,8}?[\s\u0000]*(?:一行)?[\s\u0000]*(?:到|来|进驻|莅临|赴|对)/;
/** What the body came to do. */
const CHECKING = /检查|督查|巡察|巡视|暗访|考核|抽查|考勤/;

/**
 * The words naming the outside body when `clause` tells of it checking our unit, else undefined. duties.md counts only the
 * checks our own leaders and 纪检 carry out, so such a clause is never recorded as the sender's (found by helpers, round 15).
 */
export function outsideInspection(clause: string, today: string): string | undefined {
  const rest = parseDay(arabicizeNumerals(extractTitles(clause).rest), today).rest;
  const m = OUTSIDE_BODY.exec(rest);
  return m && CHECKING.test(rest.slice(m[0].length)) ? m[0].replace(/^[\s\u0000,]+/, '').replace(/[\s\u0000]*(?:一行)?[\s\u0000]*(?:到|来|进驻|莅临|赴|对)$/, '') : undefined;
}

/** The remark on the card of a message that also told of such a check. */
export const OUTSIDE_INSPECTION_REMARK = '上级来本单位检查不计入本单位的检查台账，未记录';
