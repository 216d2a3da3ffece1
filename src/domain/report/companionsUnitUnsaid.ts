// 上周三带着办公室两个同志到财务科检查 (round 66, gfh; t69a F5a's variant: the check put at 办公室 as well as 财务科, or at 办公室
// alone while its kind was asked): the unit of the people the sender took along (带着办公室两个同志 · 带领康复部的同志) is who went,
// not a place checked; the place is where they went (到财务科). The unit is left out, the people kept, as selfLeadingCompanion
// leaves out 带办公室李明's.

/**
 * 带/带着/带领/率领, a unit (…部 · …科 · …室 · …中心), 的 at most, then a count of people (两个 · 3名) and 同志/同事/干部/人员 — and
 * they go on to a place checked (到/对/赴/去… then a check verb within the clause; 到康复部开展调研 is no check, its unit may be the paper's). Group 1 the verb kept. Without a count
 * (带领办公室的同志到财务科…) the readers already read the place right, and 带领同志 alone would read as a name: left.
 */
const UNIT_PEOPLE_LED = /(带领|带着|带|率领)[\s\u3000]*[\u4e00-\u9fa5]{1,6}?(?:部|科|室|中心)的?(?=[\s\u3000]*[0-9一二两三四五六七八九十几]+[\s\u3000]*(?:个|名|位)(?:同志|同事|干部|工作人员|人员)们?[\s\u0000]*(?:一起|一同)?(?:到|对|赴|深入|前往|去)[^,，;；。!?！？]{1,16}?(?:检查|督查|抽查|暗访|巡查|查))/g;

/** `text` with the unit of the people led to a check written away (带着办公室两个同志到财务科 → 带着两个同志到财务科); else `text`. */
export function withCompanionsUnitUnsaid(text: string): string {
  if (!text.includes('带') && !text.includes('率领')) return text;
  return text.replace(UNIT_PEOPLE_LED, '$1');
}
