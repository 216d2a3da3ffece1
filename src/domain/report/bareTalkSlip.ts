// 今天和冯雪淡话 (round 28, n28: 没看懂): a slip of 谈话 with no type word before it, read as the untyped talk it stands for.

/**
 * 淡话 · 淡了话 · 谈活 · 谈化 right after someone talked with (和/与/跟/同/找/对 + up to eight characters), and not after 廉政/廉洁/
 * 谈心, whose slips parseKindPatterns already reads as a guessed type (so shown on a card). 平淡话语 and 谈活动 are no talk.
 */
const SLIP = /((?:和|与|跟|同|找|对)[\u4e00-\u9fa5、,，]{1,8}?)(?<![政洁正证症心新])(?:淡(了)?话|谈[活化画](?!动))/g;

/**
 * 跟我淡了淡心 · 和张颖淡淡心 · 淡了会儿心 (round 41, t41b F3: alone 没看懂, in a longer message dropped without a word): 谈心 split
 * by 了/一 or doubled, with 淡 for 谈, right after someone talked with.
 */
const SPLIT_HEART_SLIP = /((?:和|与|跟|同|找|对)[\u4e00-\u9fa5、,，]{1,8}?)淡(了|一)?淡(?=心)|((?:和|与|跟|同|找|对)[\u4e00-\u9fa5、,，]{1,8}?)淡(了一?会儿?)(?=心)/g;

/**
 * `text` with a talk's bare slip (和冯雪淡话 · 与郑华谈活了 · 跟我淡了淡心) written as 谈话 (谈了谈心), so the talk is read and its type asked as
 * for 和郑华谈话了; `text` unchanged when there is none. Pure: the people are read afterwards.
 */
export function withBareTalkSlip(text: string): string {
  return text
    .replace(SLIP, (_m, lead: string, done: string | undefined) => `${lead}谈${done ?? ''}话`)
    .replace(SPLIT_HEART_SLIP, (_m, lead: string | undefined, mid: string | undefined, lead2: string | undefined, mid2: string | undefined) => (lead !== undefined ? `${lead}谈${mid ?? ''}谈` : `${lead2}谈${mid2}`));
}
