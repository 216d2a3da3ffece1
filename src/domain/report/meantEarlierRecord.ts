// 「不是新报的，是要改之前那条」 right after a correction was taken as a new report (round 61, gae; t63a Part B: 没看懂): the
// member says the record just made was meant as a change of one stored before.
import { normalizeText } from './parseNormalize.js';

/** 不是新报的/新记的/新的 … 是要改/改的是 之前/前面/原来/上次 那条/那次: group-free, whole message. */
const MEANT_EARLIER =
  /^(?:刚才那条)?(?:不是|不要|不用)(?:新报|新记|新增|新加|再记|新上报|新)?的?(?:一条|记录)?[,;。\s]*(?:我)?(?:是)?(?:要|想)?(?:改|修改|更正)(?:的是)?(?:一下)?(?:之前|前面|原来|上次|以前|早先)(?:的|报的|记的)?那(?:一)?[条次个](?:记录)?(?:吧|啊|哈)?$/;

/** Whether `text` (as typed) says the record just made was meant to change an earlier one. */
export function meantEarlierRecord(typed: string): boolean {
  const text = normalizeText(typed).trim();
  return text.includes('之前') || text.includes('前面') || text.includes('原来') || text.includes('上次') || text.includes('以前') || text.includes('早先')
    ? MEANT_EARLIER.test(text.replace(/[。.!！~～]+$/, ''))
    : false;
}
