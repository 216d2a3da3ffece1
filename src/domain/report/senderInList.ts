// 跟我们几个谈了心，我、陈静都谈了 · 我和郑部长都谈了 · 张颖和我都谈了 (round 19 #8: the sender, said as 我 in the list of
// those talked to, was left off the card): 我 listed beside others who all had the deed is one of its counterparts.

/**
 * 我 opening a list (我、陈静都…) or closing one (张颖和我都…), before a talk or a signing; 都/均 says they all had it, since
 * 我和她谈了谈心 alone is the sender talking.
 */
const LISTED_ME = /(?:^|[,;。!?\s\u0000])(?:我|本人)(?:、|和|及|与)(?![他她])[^,;。!?]{0,12}?(?:都|均|也|一起)(?:谈|签|聊)|(?:、|和|及)(?:我|本人)(?:都|均|也|一起|分别)(?:谈|签|聊)/;

/** The rest of someone else's talk or signing names the sender among those it was with. */
export function senderInList(rest: string): boolean {
  return LISTED_ME.test(rest);
}
