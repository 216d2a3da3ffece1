// 找我们科室几个人谈了话 · 和部里几位同志聊了聊: a talk with people counted but never named, whose names are asked.

/** 和/与/跟/同/找, a unit or 我们/他们 at most, then 几/一些/好几 people: those talked to are said to be several, not who. */
const UNNAMED_GROUP = /(?:和|与|跟|同|找)(?:我们|他们|咱们)?[\u4e00-\u9fa5]{0,6}?(?:好几|几|一些|部分)(?:个|位|名)?(?:年轻)?(?:人|同志|干部|党员|职工|负责人)?/;

/**
 * Whether `rest` tells of a talk with a group it does not name (l20: 「上周五找我们科室几个人谈了话」 got 没看懂; a typed
 * talk with 我们几个 was already asked 「和谁…」). Such a talk is asked who, never guessed and never dropped.
 */
export function unnamedGroupTalk(rest: string): boolean {
  return UNNAMED_GROUP.test(rest) || UNIT_COLLEAGUES.test(rest);
}

/**
 * 和科里同志谈了谈 · 和财务科同志谈了谈 from its head (round 38, fke: 没看懂 — the head's own department was no counterpart,
 * so the talk had no one and was dropped): the people of a unit, named by the unit only, are someone talked to, asked who.
 */
const UNIT_COLLEAGUES = /(?:和|与|跟|同|找)(?:我们|咱们|本)?(?:科里|科室|部里|部门|室里|处里|中心|[\u4e00-\u9fa5]{1,6}?(?:部|科|室|中心))(?:的)?(?:同志|同事|人员|科员|干部|职工)们?/;
