// 李主任昨天分别找胡军和我谈心谈话 (round 20 #2: only 胡军 on the card, the sender dropped): 我 among several a third
// person talked to or signed with, wherever it stands in the list and whatever joins it.

/** 找胡军和我… · 找了我和张颖… · 和刘洋还有我签订… (我 last or first, 了 after the verb, 还有/以及 as the joiner). */
const ME_IN_LIST = new RegExp(
  '(?:与|和|跟|同|对|找|约|叫|把)了?[^,;。!?\\u0000我]{1,12}?(?:、|和|及|与|还有|以及)(?:我|本人)(?![们的])(?=[\\s\\u0000,;。!?]|$|分别|两人|二人|都|均|进行|开展|谈|签|聊|做|作)' +
    '|(?:与|和|跟|同|对|找|约|叫|把)了?(?:我|本人)(?:、|和|及|与|还有|以及)(?![他她])',
);
/**
 * 跟我们俩谈心谈话 · 找我们两个谈了话 · 跟俩…: the sender and one more. Without 我们 the count must stand alone before the deed:
 * 与两个部门负责人郑华、冯雪 · 与两位同志 count others (round 45, frg: the clerk who sent it was a third one talked to).
 */
const THE_TWO_OF_US = /(?:与|和|跟|同|对|找|约|叫|把)了?(?:(?:我们|咱们)(?:俩|两个|两人|二人|两位)|俩|(?:两个|两人|二人|两位)(?![\u4e00-\u9fa5]{0,3}?(?:部门|科室|部室|负责人|同志|干部|领导|班子|单位|职工|人员|成员|科长|部长|主任|书记)))|(?:与|和|跟|同|对|找|约|叫|把)了?我俩/;

/** The rest of someone else's talk or signing names the sender as one of several it was with. */
export function senderAmongOthers(rest: string): boolean {
  return ME_IN_LIST.test(rest) || THE_TWO_OF_US.test(rest);
}
