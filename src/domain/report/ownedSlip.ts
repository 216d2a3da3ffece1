// 「不好意思，刚才那条记错了，应该是谈心谈话」「刚才那条不对，是谈心谈话」「抱歉，上一条弄错了，应该是和李娟谈的」: a slip
// owned on the latest record, then the right type, day or person (round 19, fault 2: read as a new report, asked 和谁,
// stored a second record dated today while the wrong one stood).

/** 不好意思 · 抱歉 · 对不起 · 等等 (round 27d): an apology or a pause before the correction, no part of it. */
const APOLOGY = /^(?:(?:不好意思|抱歉|对不起|sorry|哎呀|哎|等等|等一下|等下|稍等)[,;。!\s]*)+/i;

/** The latest record, pointed at: 刚才那条 · 上一条 · 刚才的 · 刚才报的那条. */
const POINTER = /^(?:我)?(?:刚才|刚刚|上一条|上条|上一个|最后一条|最近一条)(?:[^,;。!?\s]{0,6}?(?:那一?条|那个|的))?(?:记录|上报)?[,;\s]*/;

/**
 * The slip owned (记错了 · 搞错了 · 弄错了 · 写错了 · 发错了 · 输错了 · 不对 · 错了 · 有误), then the words that bring the right
 * value. 发错了 · 输错了 (round 56, the merge; t59a F8: the record looked for by the name 「发错了」).
 */
const SLIP = /^(?:(?:记|搞|弄|写|填|报|说|录|发|输|打)错了?|不对|错了|有误)[,;。!\s]*(?:应该?是|应为|应当是|其实是|实际是|改为|改成|是)\s*(.+)$/;

/** `text` (normalised) without an apology before it: 「不好意思，刚才那条日期错了…」 reads as the correction it holds. */
export function withoutApology(text: string): string {
  return text.replace(APOLOGY, '');
}

/**
 * What a pointed, owned slip says is right (「刚才那条记错了，应该是谈心谈话」 → 「谈心谈话」), or undefined when `text`
 * (normalised, apology removed) is not one. The caller reads the value as a type, a day or a person.
 */
export function ownedSlip(text: string): string | undefined {
  const ref = POINTER.exec(text);
  if (!ref) return undefined;
  return SLIP.exec(text.slice(ref[0].length))?.[1];
}
