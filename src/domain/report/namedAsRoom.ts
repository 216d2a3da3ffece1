// 「把冯雪叫到办公室…」 (round 20, fault 6: 「办公室」 named on the card as a department no record is in): a room someone is
// called into is where a talk took place, not the department 办公室.
// 「…进行了廉政谈话在组联部办公室」 · 「在书记办公室」 · 「在三楼办公室」 (round 54, fje; t56b F10: 「办公室」没有对应到任何记录 on
// the card): a room named by whose it is — a unit written right before it (组联部办公室 · 财务科办公室 · 中心办公室), a post
// (书记 · 部长 · 理事长办公室) or a floor or number (三楼 · 302) — is a place, not the department 办公室.

/** 叫到 · 请进 · 喊来 · 带到我 · 在我: what puts a room name after it. */
const INTO_ROOM = /(?:(?:叫|请|喊|找|约|带|领)(?:到|进|来|去)了?|[在到进]了?)(?:我|他|她|书记|主任|部长|科长)?的?$/;

/**
 * Whose room it is, written right before the room word with no 、/和 between: a unit's name ending (…部 · …科 · …中心 ·
 * …支部), a post (书记 · 主任 · 部长 · 科长 · 理事长), a floor or room number (三楼 · 2层 · 302).
 */
const ROOM_OWNER = /(?:[\u4e00-\u9fa5](?:部|科|中心)|书记|主任|部长|科长|理事长|[楼层]|\d)的?$/;

/** Whether every place `word` stands in `text` is a room (叫到办公室 · 在我办公室 · 组联部办公室 · 书记办公室). */
export function namedAsRoom(text: string, word: string): boolean {
  let at = text.indexOf(word);
  if (at < 0) return false;
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 8), at);
    // Only a room word (办公室 · 财务室) has an owner before it: 组联部康复部 is two departments, no room.
    if (!INTO_ROOM.test(before) && !(word.endsWith('室') && ROOM_OWNER.test(before))) return false;
    at = text.indexOf(word, at + word.length);
  }
  return true;
}
