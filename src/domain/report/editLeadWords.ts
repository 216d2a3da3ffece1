// 「日期都错了 第1条是11月24号 第2条是26号」 (round 63, gcb; t65a: not understood): words before the numbered changes that only
// say something is wrong — a lead, not a change of its own.

/**
 * 日期都错了 · 不对 · 时间写错了 · 有两处要改 · 都不对: a whole clause (normalised, commas and spaces at its ends taken off) that
 * only says the card is wrong, with nothing to change to. Matches the clause, nothing else.
 */
export const EDIT_LEAD =
  /^(?:不对|不是|错了|搞错了|有误|改一下|更正(?:一下)?|修改(?:一下)?)?[，,\s]*(?:(?:日期|时间|对象|人数|类型|活动人|谈话人|名字|人名)?(?:都|也|全|全都)?(?:错了|不对|写错了|记错了|搞错了|有误|要改|需要改)|有(?:两|几|[2-9二三四])(?:处|个地方)(?:要改|不对|错了|有误)|不对|错了|搞错了)(?:了|啊|哈|呀)*$/;
