// 「还有办公室李明主任，漏了」「对象加上李明」「把孙丽科长也加上」 while a 确认 card of talks or signings waits (round 61, gaf;
// t63a/t63b: 「这条消息没有记录，下面的卡片仍在等您确认」, the person dropped): one more person said as an addition to the card —
// 还有 … 漏了, 加上 …, 把 … 加上, 漏了 … — not only with 也 (addedPerson). The card's reader adds the record like its others.

/** The person's words: a name, with a department before it or a post after it (办公室李明主任 · 孙丽科长), read by the caller. */
const WHO = '([\\u4e00-\\u9fa5]{2,10}?)(?:同志)?';
/** 漏了 · 忘了 · 落下了 · 没写上: the addition owned as left out. */
const LEFT_OUT = '(?:漏了|漏掉了|漏写了|忘了|忘写了|忘加了|落下了|少了|少写了|没写上|没加上|没加)(?:吧|啊|哈)?';
/** 还有办公室李明主任，漏了 · 另外还有孙丽 也漏了. */
const MORE_LEFT_OUT = new RegExp(`^(?:另外)?还有[,;\\s]*(?:和|与|跟|同)?${WHO}[,;\\s]*(?:也)?${LEFT_OUT}$`);
/** 对象加上李明 · 谈话对象再加一个孙丽 · 加上李明主任吧. */
const ADD_TO = new RegExp(`^(?:谈话|签订)?(?:对象|人员|名单)?(?:里|中)?(?:还要|还得|还)?(?:再|也)?(?:加上|添上|补上|加一个|加一位|加|添|增加|补充)[,;\\s]*${WHO}(?:吧|啊|哈)?$`);
/** 把孙丽科长也加上 · 把李明加进去. */
const BA_ADD = new RegExp(`^把${WHO}(?:也)?(?:加上|加进去|加进来|添上|补上|补进去|加到对象里|加进对象)(?:吧|啊|哈)?$`);
/** 漏了李明主任 · 还漏了孙丽. */
const LEFT_OUT_FIRST = new RegExp(`^(?:还)?(?:漏了|漏掉了|落下了|少了)[,;\\s]*${WHO}$`);

/**
 * 吴晶就是吴静 也跟她一起谈的 · 是吴静，也和她谈了 (round 63, gch; t66a F2/B-F14: on a card that said 吴晶 was read as 吴静 who
 * only came along, no change): a name put right, then that the sender talked with (or signed with) that person too.
 */
const NAMED_THEN_ALSO = new RegExp(`^(?:[\\u4e00-\\u9fa5]{2,3}?)?(?:就是|其实是|应该是|是|指的是)${WHO}[,;\\s]*(?:我)?(?:也|还|同时)(?:跟|和|与|同|找)(?:她|他)(?:一起|一块儿?)?(?:谈|签|聊)(?:心|话|了)?(?:了|的|过)?$`);

/**
 * The words naming the person `text` adds to a waiting card (办公室李明主任 · 李明), or undefined when it says no such
 * addition. `text` is normalised; its closing mark is set aside here. A name alone is an answer or a report, never this.
 */
export function cardPersonAddedWords(text: string): string | undefined {
  const t = text.trim().replace(/[。.!！~～]+$/, '');
  const named = NAMED_THEN_ALSO.exec(t);
  if (named) return named[1]!;
  if (!/还有|加|添|补|漏|落下|少/.test(t)) return undefined;
  const m = MORE_LEFT_OUT.exec(t) ?? ADD_TO.exec(t) ?? BA_ADD.exec(t) ?? LEFT_OUT_FIRST.exec(t);
  return m ? m[1]! : undefined;
}
