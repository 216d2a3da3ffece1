// 跟我们几个谈了心，我、陈静都谈了 · 我和郑部长都谈了 · 张颖和我都谈了 (round 19 #8: the sender, said as 我 in the list of
// those talked to, was left off the card): 我 listed beside others who all had the deed is one of its counterparts.

/**
 * 我 opening a list (我、陈静都…) or closing one (张颖和我都…), before a talk or a signing; 都/均 says they all had it, since
 * 我和她谈了谈心 alone is the sender talking.
 */
const LISTED_ME = /(?:^|[,;。!?\s\u0000])(?:我|本人)(?:、|和|及|与)(?![他她])[^,;。!?]{0,12}?(?:都|均|也|一起)(?:谈|签|聊)|(?:、|和|及)(?:我|本人)(?:都|均|也|一起|分别)(?:谈|签|聊)/;

/** 找我们几个医生 · 跟我们科室几个人 · 找我们俩: a group the sender belongs to was turned to. */
const OUR_GROUP = /(?:与|和|跟|同|对|找|给|叫|把)了?(?:我们|咱们)/;
/**
 * 我和徐辉都在 · 我和徐辉都参加了 · 包括我和徐辉 · 徐辉和我也在 (round 43, t44a F3: 「找我们几个医生谈了心，我和徐辉都在」 kept
 * 徐辉 and dropped the sender): after 我们… was turned to, who was there is who the 我们 were, the sender one of them.
 */
const LISTED_ME_THERE = /(?:^|[,;。!?，；\s\u0000])(?:包括|其中有|有)?(?:我|本人)(?:、|和|及|与)(?![他她])[^,;。!?，；]{1,12}?(?:都|均|也)(?:在|在场|参加|参与|去)|包括(?:我|本人)(?:、|和|及|与)|(?:、|和|及)(?:我|本人)(?:都|均|也)(?:在|在场|参加|参与|去)/;

/** The rest of someone else's talk or signing names the sender among those it was with. */
export function senderInList(rest: string): boolean {
  return LISTED_ME.test(rest) || (OUR_GROUP.test(rest) && LISTED_ME_THERE.test(rest));
}
