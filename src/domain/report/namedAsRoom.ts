// 「把冯雪叫到办公室…」 (round 20, fault 6: 「办公室」 named on the card as a department no record is in): a room someone is
// called into is where a talk took place, not the department 办公室.

/** 叫到 · 请进 · 喊来 · 带到我 · 在我: what puts a room name after it. */
const INTO_ROOM = /(?:(?:叫|请|喊|找|约|带|领)(?:到|进|来|去)了?|[在到进]了?)(?:我|他|她|书记|主任|部长|科长)?的?$/;

/** Whether every place `word` stands in `text` is a room someone was called to (叫到办公室 · 在我办公室). */
export function namedAsRoom(text: string, word: string): boolean {
  let at = text.indexOf(word);
  if (at < 0) return false;
  while (at >= 0) {
    if (!INTO_ROOM.test(text.slice(Math.max(0, at - 8), at))) return false;
    at = text.indexOf(word, at + word.length);
  }
  return true;
}
